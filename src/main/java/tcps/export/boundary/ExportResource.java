package tcps.export.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.export.control.ExportFormat;
import tcps.export.control.ExportReport;
import tcps.export.control.Exporter;
import tcps.export.control.Exporters;
import tcps.export.control.ReportAssembler;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;
import tcps.storage.entity.InvalidTimeWindow;
import tcps.storage.entity.TimeWindow;
import tcps.storage.entity.Timestamps;

/**
 * The line's report as a download: health, key metrics, open Andons and the work orders created in [{@code from},
 * {@code to}) (default: the configured hours up to now). The body is written while the work orders are read.
 */
@Requires(Role.VIEWER)
@Path("export")
@RequestScoped
public class ExportResource {

    private static final int MAX_ECHOED = 40;

    @Inject
    ReportAssembler assembler;

    @Inject
    Exporters exporters;

    @Inject
    @ConfigProperty(name = "tcps.export.default-range-hours", defaultValue = "24")
    long defaultRangeHours;

    @GET
    @Path("{format}")
    public Response export(
            @PathParam("format") String format, @QueryParam("from") String from, @QueryParam("to") String to) {
        Exporter exporter = exporters.of(ExportFormat.of(format).orElseThrow(() -> unknown(format)));
        ExportReport report = assembler.assemble(window(from, to));
        StreamingOutput body = out -> exporter.write(report, out);
        return Response.ok(body, exporter.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + Exporters.fileName(report.generatedAt(), exporter) + "\"")
                .build();
    }

    private TimeWindow window(String from, String to) {
        try {
            return TimeWindow.resolve(
                    QueryParameters.instant("from", from),
                    QueryParameters.instant("to", to),
                    Duration.ofHours(defaultRangeHours),
                    Timestamps.now());
        } catch (InvalidTimeWindow e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static NotFoundException unknown(String format) {
        String shown = format.length() > MAX_ECHOED ? format.substring(0, MAX_ECHOED) + "..." : format;
        return new NotFoundException(
                "There is no export format '" + shown + "'; the formats are " + ExportFormat.labels() + ".");
    }
}
