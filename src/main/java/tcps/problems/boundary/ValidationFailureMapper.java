package tcps.problems.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Needed beside {@link FailureMapper}: the runtimes ship their own, nearer mapper for validation failures. */
@Provider
public class ValidationFailureMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        return ProblemResponses.of(ProblemClassifier.validationProblem(failure, ProblemResponses.pathOf(uri)));
    }
}
