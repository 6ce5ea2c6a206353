package tcps.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV (CRLF, fields quoted when they hold a comma, quote or line break) in sections a spreadsheet shows one
 * under the other: a line naming the section, its column names, its rows, then an empty line. Values are written
 * as they are stored.
 */
@ApplicationScoped
public class CsvExporter implements Exporter {

    public static final String REPORT = "Report";
    public static final String HEALTH = "Health";
    public static final String METRICS = "Key metrics";
    public static final String ANDONS = "Open Andons";
    public static final String WORK_ORDERS = "Work orders";

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(ExportReport report, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            summary(csv, report);
            health(csv, report.health());
            metrics(csv, report);
            andons(csv, report.openAndons());
            workOrders(csv, report.workOrders());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void summary(CSVPrinter csv, ExportReport report) throws IOException {
        section(csv, REPORT, "field", "value");
        WorkOrderRows rows = report.workOrders();
        OpenAndons andons = report.openAndons();
        csv.printRecord("title", report.title());
        csv.printRecord("from", report.window().from());
        csv.printRecord("to", report.window().to());
        csv.printRecord("generatedAt", report.generatedAt());
        csv.printRecord("healthCheckedAt", report.health().checkedAt());
        csv.printRecord("openAndonsTotal", andons.total());
        csv.printRecord("openAndonsListed", andons.items().size());
        csv.printRecord("workOrdersTotal", rows.total());
        csv.printRecord("workOrdersLimit", rows.limit());
        csv.printRecord("workOrdersTruncated", rows.truncated());
        if (rows.truncated()) {
            csv.printRecord("note", rows.truncationNote());
        }
        csv.println();
    }

    private static void health(CSVPrinter csv, HealthSummary health) throws IOException {
        section(csv, HEALTH, "component", "status", "reason");
        csv.printRecord("overall", health.status(), "");
        for (HealthSummary.Component component : health.components()) {
            csv.printRecord(component.component(), component.status(), orEmpty(component.reason()));
        }
        csv.println();
    }

    private static void metrics(CSVPrinter csv, ExportReport report) throws IOException {
        section(csv, METRICS, "category", "metric", "value");
        for (MetricLines.Line line : MetricLines.of(report.metrics())) {
            csv.printRecord(line.category(), line.metric(), line.value());
        }
        csv.println();
    }

    private static void andons(CSVPrinter csv, OpenAndons andons) throws IOException {
        section(
                csv,
                ANDONS,
                "id",
                "severity",
                "failureType",
                "skuId",
                "workOrderId",
                "stage",
                "triggeredAt",
                "escalationLevel");
        for (OpenAndons.Row andon : andons.items()) {
            csv.printRecord(
                    andon.id(),
                    andon.severity(),
                    andon.failureType(),
                    andon.skuId(),
                    orEmpty(andon.workOrderId()),
                    orEmpty(andon.stage()),
                    andon.triggeredAt(),
                    andon.escalationLevel());
        }
        csv.println();
    }

    private static void workOrders(CSVPrinter csv, WorkOrderRows rows) throws IOException {
        section(csv, WORK_ORDERS, (Object[]) WorkOrderRow.COLUMNS);
        rows.forEach(row -> {
            try {
                csv.printRecord((Object[]) row.cells());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void section(CSVPrinter csv, String name, Object... columns) throws IOException {
        csv.printRecord(name);
        csv.printRecord(columns);
    }

    private static Object orEmpty(Object value) {
        return value == null ? "" : value;
    }
}
