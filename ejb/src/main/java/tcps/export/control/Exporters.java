package tcps.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The exporter of each format, and the file name an export is offered under. */
@ApplicationScoped
public class Exporters {

    private final JsonExporter json = new JsonExporter();
    private final CsvExporter csv = new CsvExporter();
    private final PdfExporter pdf = new PdfExporter();

    public Exporter of(ExportFormat format) {
        return switch (format) {
            case JSON -> json;
            case CSV -> csv;
            case PDF -> pdf;
        };
    }

    /** {@code tcps-report-20260131T120000Z.csv}: safe in any file system, sorts by time. */
    public static String fileName(Instant generatedAt, Exporter exporter) {
        String stamp = generatedAt
                .truncatedTo(ChronoUnit.SECONDS)
                .toString()
                .replace("-", "")
                .replace(":", "");
        return "tcps-report-" + stamp + "." + exporter.extension();
    }
}
