package tcps.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    @Test
    void fieldsWithCommasQuotesAndLineBreaksComeBackEqual() throws IOException {
        WorkOrderRow awkward = SampleReports.workOrder(7, SampleReports.AWKWARD);
        WorkOrderRow alsoAwkward = new WorkOrderRow(
                8,
                awkward.createdAt(),
                "SKU,with,commas",
                "\"quoted\"",
                "low",
                "IN_PROGRESS",
                "testing",
                awkward.startedAt(),
                null,
                "  leading spaces, trailing ones  ");

        Map<String, List<List<String>>> sections =
                sections(write(SampleReports.report(WorkOrderRows.of(List.of(awkward, alsoAwkward), 2, 10))));

        List<List<String>> workOrders = sections.get(CsvExporter.WORK_ORDERS);
        assertThat(workOrders.get(0)).containsExactly(WorkOrderRow.COLUMNS);
        assertThat(workOrders.get(1)).containsExactly(awkward.cells());
        assertThat(workOrders.get(2)).containsExactly(alsoAwkward.cells());
        assertThat(workOrders.get(1).get(9)).isEqualTo(SampleReports.AWKWARD);
        assertThat(workOrders.get(2).get(2)).isEqualTo("SKU,with,commas");
        assertThat(workOrders).hasSize(3);
    }

    @Test
    void sectionsCarryTheReportHealthMetricsAndAndons() throws IOException {
        String csv = write(SampleReports.report(WorkOrderRows.of(SampleReports.workOrders(3), 3, 10)));

        Map<String, List<List<String>>> sections = sections(csv);

        assertThat(sections.keySet())
                .containsExactly(
                        CsvExporter.REPORT,
                        CsvExporter.HEALTH,
                        CsvExporter.METRICS,
                        CsvExporter.ANDONS,
                        CsvExporter.WORK_ORDERS);
        assertThat(sections.get(CsvExporter.REPORT))
                .contains(
                        List.of("from", "2026-01-30T12:00:00Z"),
                        List.of("to", "2026-01-31T12:00:00Z"),
                        List.of("workOrdersTotal", "3"),
                        List.of("workOrdersTruncated", "false"));
        assertThat(sections.get(CsvExporter.HEALTH))
                .containsExactly(
                        List.of("component", "status", "reason"),
                        List.of("overall", "degraded", ""),
                        List.of("kanban", "healthy", ""),
                        List.of("andon", "degraded", "1 critical Andon open"));
        assertThat(sections.get(CsvExporter.METRICS))
                .contains(
                        List.of("overview", "totalWorkOrders", "1234"),
                        List.of("overview", "averageLeadTimeMs", ""),
                        List.of("kanban", "wipByBucket.security", "3"));
        assertThat(sections.get(CsvExporter.ANDONS).get(1))
                .containsExactly(
                        "41", "CRITICAL", "test_failure", "SKU-ANDON-7", "5", "testing", "2026-01-31T11:50:00Z", "1");
        assertThat(sections.get(CsvExporter.WORK_ORDERS)).hasSize(4);
        assertThat(csv).contains("\r\n");
    }

    @Test
    void aTruncatedExportSaysSoAndStopsAtTheLimit() throws IOException {
        Map<String, List<List<String>>> sections =
                sections(write(SampleReports.report(WorkOrderRows.of(SampleReports.workOrders(30), 30, 20))));

        assertThat(sections.get(CsvExporter.REPORT))
                .contains(List.of("workOrdersTruncated", "true"), List.of("workOrdersLimit", "20"));
        assertThat(sections.get(CsvExporter.REPORT).stream()
                        .filter(row -> row.get(0).equals("note")))
                .singleElement()
                .satisfies(note -> assertThat(note.get(1)).contains("first 20 of 30"));
        assertThat(sections.get(CsvExporter.WORK_ORDERS)).hasSize(21);
    }

    static String write(ExportReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Section name → its records (column names first), as a spreadsheet would read them. */
    static Map<String, List<List<String>>> sections(String csv) throws IOException {
        Map<String, List<List<String>>> sections = new LinkedHashMap<>();
        List<List<String>> current = null;
        boolean sectionStarts = true;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (values.size() == 1 && values.get(0).isEmpty()) {
                    sectionStarts = true;
                } else if (sectionStarts) {
                    assertThat(values).hasSize(1);
                    current = new ArrayList<>();
                    sections.put(values.get(0), current);
                    sectionStarts = false;
                } else {
                    current.add(values);
                }
            }
        }
        return sections;
    }
}
