package tcps.line.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tcps.line.control.LineChange;

/**
 * Test-only observer of every committed {@link LineChange}, in the one form the alerting half will use, added to the
 * deployment by its IT: each change as "source kind event".
 */
@ApplicationScoped
@Path("line-change-probe")
@Produces(MediaType.APPLICATION_JSON)
public class LineChangeProbe {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LineChange change) {
        seen.add(change.source() + " " + change.kind() + " " + change);
    }

    /** The changes whose line contains {@code containing}, in the order they were observed. */
    @GET
    public List<String> seen(@QueryParam("containing") String containing) {
        return seen.stream().filter(line -> line.contains(containing)).toList();
    }

    @DELETE
    public void forget() {
        seen.clear();
    }
}
