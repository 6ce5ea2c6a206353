package tcps.andon.entity;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The WHERE clause of an {@link AndonFilter}, with its parameters: only the criteria that were given. */
final class AndonQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private AndonQuery() {}

    static AndonQuery of(AndonFilter filter) {
        AndonQuery query = new AndonQuery();
        query.add("a.status = :status", "status", filter.status());
        query.add("a.severity = :severity", "severity", filter.severity());
        query.add("a.skuId = :skuId", "skuId", filter.skuId());
        query.add("a.workOrderId = :workOrderId", "workOrderId", filter.workOrderId());
        query.add("a.triggeredAt >= :from", "from", filter.from());
        query.add("a.triggeredAt < :to", "to", filter.to());
        return query;
    }

    private void add(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    void bind(TypedQuery<?> query) {
        parameters.forEach(query::setParameter);
    }
}
