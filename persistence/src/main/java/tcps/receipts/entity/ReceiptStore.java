package tcps.receipts.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ReceiptStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public Receipt add(Receipt receipt) {
        em.persist(receipt);
        return receipt;
    }

    /** The SKU's chain in order. */
    public List<Receipt> chainOf(String skuId) {
        return em.createQuery("SELECT r FROM Receipt r WHERE r.skuId = :sku ORDER BY r.position", Receipt.class)
                .setParameter("sku", skuId)
                .getResultList();
    }

    public Optional<Receipt> lastOf(String skuId) {
        return em.createQuery("SELECT r FROM Receipt r WHERE r.skuId = :sku ORDER BY r.position DESC", Receipt.class)
                .setParameter("sku", skuId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
