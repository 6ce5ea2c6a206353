package tcps.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A printable report: title, range and generation time, the health table, the key metrics, the open Andons and the
 * work orders, on as many numbered pages as they take. Pages beyond a few megabytes are kept in temporary files
 * until the document is written, so many rows do not need much memory.
 */
@ApplicationScoped
public class PdfExporter implements Exporter {

    private static final long MEMORY_BYTES = 8L << 20;
    // Short enough for a table column; the report says the times are UTC
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(ExportReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(MemoryUsageSetting.setupMixed(MEMORY_BYTES).streamCache)) {
            try (PdfPages pages = new PdfPages(document)) {
                pages.title(report.title());
                pages.line("Range: " + report.window().from() + " to "
                        + report.window().to());
                pages.line("Generated: " + report.generatedAt() + ". Times in the tables are UTC.");
                health(pages, report.health());
                metrics(pages, report);
                andons(pages, report.openAndons());
                workOrders(pages, report.workOrders());
                pages.footers(report.title() + ", " + report.window().from() + " to "
                        + report.window().to());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            document.save(out);
        }
    }

    private static void health(PdfPages pages, HealthSummary health) throws IOException {
        pages.heading("Health: " + health.status() + " (checked " + health.checkedAt() + ")");
        pages.table(new float[] {0.18f, 0.12f, 0.70f}, "Component", "Status", "Reason");
        pages.row("overall", health.status(), "");
        for (HealthSummary.Component component : health.components()) {
            pages.row(component.component(), component.status(), component.reason());
        }
    }

    private static void metrics(PdfPages pages, ExportReport report) throws IOException {
        pages.heading("Key metrics");
        pages.table(new float[] {0.15f, 0.45f, 0.40f}, "Category", "Metric", "Value");
        for (MetricLines.Line line : MetricLines.of(report.metrics())) {
            pages.row(line.category(), line.metric(), line.value());
        }
    }

    private static void andons(PdfPages pages, OpenAndons andons) throws IOException {
        pages.heading("Open Andons: " + andons.total()
                + (andons.truncated() ? " (the newest " + andons.items().size() + " listed)" : ""));
        if (andons.items().isEmpty()) {
            pages.line("None open.");
            return;
        }
        pages.table(
                new float[] {0.08f, 0.09f, 0.19f, 0.20f, 0.09f, 0.11f, 0.17f, 0.07f},
                "Id",
                "Severity",
                "Failure type",
                "SKU",
                "Work order",
                "Stage",
                "Triggered",
                "Level");
        for (OpenAndons.Row andon : andons.items()) {
            pages.row(
                    Long.toString(andon.id()),
                    andon.severity(),
                    andon.failureType(),
                    andon.skuId(),
                    WorkOrderRow.text(andon.workOrderId()),
                    WorkOrderRow.text(andon.stage()),
                    time(andon.triggeredAt()),
                    Integer.toString(andon.escalationLevel()));
        }
    }

    private static void workOrders(PdfPages pages, WorkOrderRows rows) throws IOException {
        pages.heading("Work orders created in the range: " + rows.total());
        if (rows.truncated()) {
            pages.line(rows.truncationNote());
        }
        if (rows.total() == 0) {
            pages.line("None.");
            return;
        }
        pages.table(
                new float[] {0.05f, 0.12f, 0.12f, 0.08f, 0.06f, 0.09f, 0.08f, 0.12f, 0.12f, 0.16f},
                "Id",
                "Created",
                "SKU",
                "Bucket",
                "Priority",
                "Status",
                "Stage",
                "Started",
                "Completed",
                "Description");
        rows.forEach(row -> {
            try {
                pages.row(
                        Long.toString(row.id()),
                        time(row.createdAt()),
                        row.skuId(),
                        row.bucket(),
                        row.priority(),
                        row.status(),
                        row.stage(),
                        time(row.startedAt()),
                        time(row.completedAt()),
                        row.description());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
