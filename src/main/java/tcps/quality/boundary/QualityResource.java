package tcps.quality.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import tcps.quality.control.QualitySummary;
import tcps.quality.control.QualitySummaryReport;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;
import tcps.storage.entity.InvalidTimeWindow;

/** The quality figures. */
@Requires(Role.VIEWER)
@Path("quality")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QualityResource {

    @Inject
    QualitySummaryReport report;

    @GET
    @Path("summary")
    public QualitySummary summary(
            @QueryParam("skuId") String skuId, @QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            return report.summary(
                    skuId == null || skuId.isBlank() ? null : skuId,
                    QueryParameters.instant("from", from),
                    QueryParameters.instant("to", to));
        } catch (InvalidTimeWindow e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
