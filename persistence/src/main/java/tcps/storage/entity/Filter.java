package tcps.storage.entity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a list query, built once from optional filters and used for both the page and its count, so
 * the two never disagree.
 */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} with its parameter when {@code value} is given; a null value does not filter. */
    public Filter where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds a condition without parameters when {@code applies}. */
    public Filter where(boolean applies, String condition) {
        if (applies) {
            conditions.add(condition);
        }
        return this;
    }

    /**
     * One page and the total: {@code select} is "SELECT x FROM Entity x", {@code count} "SELECT COUNT(x) FROM Entity
     * x", {@code orderBy} the ORDER BY clause.
     */
    public <T> Slice<T> slice(
            EntityManager em, Class<T> type, String select, String count, String orderBy, int offset, int limit) {
        TypedQuery<T> page = bind(em.createQuery(select + clause() + " ORDER BY " + orderBy, type));
        TypedQuery<Long> total = bind(em.createQuery(count + clause(), Long.class));
        return new Slice<>(page.setFirstResult(offset).setMaxResults(limit).getResultList(), total.getSingleResult());
    }

    private String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private <Q extends TypedQuery<?>> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
