package tcps.security.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tcps.problems.boundary.Problem;

/** Problems answered by the servlet filters, before JAX-RS sees the request. */
final class ServletProblems {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ServletProblems() {}

    static void send(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        JSONB.toJson(problem, response.getWriter());
    }
}
