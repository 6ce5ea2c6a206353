package tcps.dashboard.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The dashboard page also answers at {@code /dashboard} (an alias of {@code /}): the same file, served by the
 * container as at the root, so both addresses give 200 with the page rather than a redirect.
 */
@WebServlet(name = "DashboardPage", urlPatterns = "/dashboard")
public class DashboardPageServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher("/index.html").forward(request, response);
    }
}
