package tcps.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The exporter of each format, found among the exporter beans by the format each says it writes; and the file name
 * an export is offered under.
 */
@ApplicationScoped
public class Exporters {

    @Inject
    @Any
    Instance<Exporter> exporters;

    public Exporter of(ExportFormat format) {
        return exporters.stream()
                .filter(exporter -> exporter.format() == format)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No exporter writes " + format.label()));
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
