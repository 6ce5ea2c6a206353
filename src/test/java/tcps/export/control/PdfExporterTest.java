package tcps.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExporterTest {

    @Test
    void showsTitleRangeHealthMetricsAndonsAndWorkOrders() throws IOException {
        List<WorkOrderRow> rows = List.of(
                SampleReports.workOrder(1, "upgrade the TLS library"), SampleReports.workOrder(2, "rotate keys"));

        try (PDDocument pdf = Loader.loadPDF(write(SampleReports.report(WorkOrderRows.of(rows, 2, 100))))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text)
                    .contains(ExportReport.TITLE)
                    .contains("Range: 2026-01-30T12:00:00Z to 2026-01-31T12:00:00Z")
                    .contains("Generated: 2026-01-31T12:00:00Z")
                    .contains("Health: degraded")
                    .contains("andon degraded 1 critical Andon open")
                    .contains("kanban healthy")
                    .contains("overview totalWorkOrders 1234")
                    .contains("kanban wipByBucket.security 3")
                    .contains("Open Andons: 1")
                    .contains("41 CRITICAL test_failure SKU-ANDON-7 5 testing 2026-01-31 11:50:00 1")
                    .contains("Work orders created in the range: 2")
                    .contains("1 2026-01-30 12:00:01 SKU-1 security high COMPLETED")
                    .contains("upgrade the TLS library")
                    .contains("rotate keys")
                    .contains("Page 1 of 1");
        }
    }

    @Test
    void manyRowsSpanNumberedPagesWithTheColumnNamesOnEach() throws IOException {
        int count = 1000;
        byte[] bytes = write(SampleReports.report(WorkOrderRows.of(SampleReports.workOrders(count), count, 10_000)));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(count / 50);
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(pdf);
            for (int i = 1; i <= count; i++) {
                assertThat(all).contains("work order number " + i);
            }
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(pdf);
            assertThat(last)
                    .contains("work order number " + count)
                    .contains("Id Created SKU Bucket")
                    .contains("Page " + pages + " of " + pages);
        }
    }

    @Test
    void aTruncatedExportSaysSo() throws IOException {
        byte[] bytes = write(SampleReports.report(WorkOrderRows.of(SampleReports.workOrders(50), 50, 10)));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Only the first 10 of 50 work orders")
                    .contains("work order number 10")
                    .doesNotContain("work order number 11");
        }
    }

    @Test
    void textTheFontCannotShowIsReplacedNotFatal() throws IOException {
        WorkOrderRow row = SampleReports.workOrder(3, "naïve café ✓ 漢字 line\nbreak\ttab");

        try (PDDocument pdf = Loader.loadPDF(write(SampleReports.report(WorkOrderRows.of(List.of(row), 1, 10))))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("naïve café ? ?? line break tab");
        }
    }

    @Test
    void aCellTooLongForItsColumnEndsInAnEllipsis() throws IOException {
        WorkOrderRow row = SampleReports.workOrder(4, "x".repeat(2000));

        try (PDDocument pdf = Loader.loadPDF(write(SampleReports.report(WorkOrderRows.of(List.of(row), 1, 10))))) {
            assertThat(new PDFTextStripper().getText(pdf)).containsPattern("x{10,}\\.\\.\\.");
        }
    }

    private static byte[] write(ExportReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().write(report, out);
        return out.toByteArray();
    }
}
