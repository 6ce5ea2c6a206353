package tcps.ontology.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import tcps.andon.entity.AndonEvent;
import tcps.receipts.entity.Receipt;
import tcps.workorders.entity.WorkOrder;

/**
 * The facts the ontology check validates, in bounded reads: the newest of each kind, the next ones of a sweep by id,
 * and given ones by id.
 */
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

    public List<WorkOrder> workOrdersAfter(long afterId, int max) {
        return after("WorkOrder", WorkOrder.class, afterId, max);
    }

    public List<AndonEvent> andonEventsAfter(long afterId, int max) {
        return after("AndonEvent", AndonEvent.class, afterId, max);
    }

    public List<Receipt> receiptsAfter(long afterId, int max) {
        return after("Receipt", Receipt.class, afterId, max);
    }

    public List<WorkOrder> workOrders(Collection<Long> ids) {
        return byIds("WorkOrder", WorkOrder.class, ids);
    }

    public List<AndonEvent> andonEvents(Collection<Long> ids) {
        return byIds("AndonEvent", AndonEvent.class, ids);
    }

    public List<Receipt> receipts(Collection<Long> ids) {
        return byIds("Receipt", Receipt.class, ids);
    }

    private <T> List<T> after(String entity, Class<T> type, long afterId, int max) {
        return em.createQuery("SELECT e FROM " + entity + " e WHERE e.id > :after ORDER BY e.id", type)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
    }

    private <T> List<T> byIds(String entity, Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM " + entity + " e WHERE e.id IN :ids", type)
                .setParameter("ids", ids)
                .getResultList();
    }
}
