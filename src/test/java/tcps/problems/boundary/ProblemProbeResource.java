package tcps.problems.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only resource, added to the deployment by ProblemDetailsIT, that fails in each way the API must report. */
@Path("problem-probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public static class Sample {
        @NotBlank
        public String name;

        @NotNull
        @Min(1)
        @Max(5)
        public Integer priority;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Sample echo(@Valid @NotNull Sample sample) {
        return sample;
    }

    @GET
    @Path("failure")
    public String failure() {
        throw new IllegalStateException("secret internal detail that must not leak");
    }
}
