package tcps.kaizen.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import tcps.kaizen.control.KaizenSummary;
import tcps.kaizen.control.KaizenSummaryReport;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/** The Kaizen figures. */
@Requires(Role.VIEWER)
@Path("kaizen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KaizenResource {

    @Inject
    KaizenSummaryReport report;

    @GET
    @Path("summary")
    public KaizenSummary summary() {
        return report.summary();
    }
}
