package tcps.andon.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tcps.andon.control.AndonEscalated;
import tcps.andon.control.AndonResolved;
import tcps.andon.control.AndonTriggered;

/**
 * Test-only observer of the Andon events, added to the deployment by AndonIT: it records what it saw and whether a
 * transaction was active, and refuses triggers for SKUs starting with "REFUSE-", as a work order that cannot be
 * blocked would, to show that the trigger then rolls back.
 */
@ApplicationScoped
@Path("andon-probe")
@Produces(MediaType.APPLICATION_JSON)
public class AndonEventProbe {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    void onTriggered(@Observes AndonTriggered event) {
        record(event.andonId(), "triggered " + event.severity() + " " + event.failureType() + " " + event.skuId());
        if (event.skuId().startsWith("REFUSE-")) {
            throw new IllegalStateException("work order cannot be blocked");
        }
    }

    void onEscalated(@Observes AndonEscalated event) {
        record(event.andonId(), "escalated " + event.level());
    }

    void onResolved(@Observes AndonResolved event) {
        record(
                event.andonId(),
                "resolved " + event.severity() + " " + event.resolutionTime().toMillis() + " " + event.resolvedAt());
    }

    private void record(long andonId, String what) {
        boolean active = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        seen.add(andonId + " " + what + (active ? " in-transaction" : " outside-transaction"));
    }

    @GET
    @Path("{id}")
    public List<String> seen(@PathParam("id") long andonId) {
        String prefix = andonId + " ";
        return seen.stream()
                .filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()))
                .toList();
    }
}
