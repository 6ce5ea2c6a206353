package tcps.ontology.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import tcps.andon.entity.AndonEvent;
import tcps.receipts.entity.Receipt;
import tcps.workorders.entity.WorkOrder;

/** The newest facts of each kind, as the ontology check validates them: a bounded sample, newest first. */
@ApplicationScoped
public class LineFactsStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public List<WorkOrder> newestWorkOrders(int max) {
        return em.createQuery("SELECT w FROM WorkOrder w ORDER BY w.id DESC", WorkOrder.class)
                .setMaxResults(max)
                .getResultList();
    }

    public List<AndonEvent> newestAndonEvents(int max) {
        return em.createQuery("SELECT a FROM AndonEvent a ORDER BY a.id DESC", AndonEvent.class)
                .setMaxResults(max)
                .getResultList();
    }

    public List<Receipt> newestReceipts(int max) {
        return em.createQuery("SELECT r FROM Receipt r ORDER BY r.id DESC", Receipt.class)
                .setMaxResults(max)
                .getResultList();
    }
}
