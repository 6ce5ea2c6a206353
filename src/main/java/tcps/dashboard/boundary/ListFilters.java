package tcps.dashboard.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;
import tcps.andon.entity.AndonFilter;
import tcps.andon.entity.AndonStatus;
import tcps.andon.entity.Severity;
import tcps.rest.boundary.QueryParameters;
import tcps.workorders.entity.WorkOrderFilter;
import tcps.workorders.entity.WorkOrderStatus;

/**
 * The filters and page of {@code get_work_orders} and {@code get_andons}: the REST lists' query parameters, snake_case,
 * read and bounded by the same {@link QueryParameters} rules (so a bad one is the same 400).
 */
record ListFilters(int offset, int limit) {

    static final int DEFAULT_LIMIT = 50;

    static ListFilters page(JsonObject data) {
        return new ListFilters(
                QueryParameters.offset(bounded(CommandData.number(data, "offset"), 0)),
                QueryParameters.limit(bounded(CommandData.number(data, "limit"), DEFAULT_LIMIT)));
    }

    static WorkOrderFilter workOrders(JsonObject data) {
        Window window = Window.of(data);
        return new WorkOrderFilter(
                QueryParameters.enumValue("status", CommandData.text(data, "status"), WorkOrderStatus.class),
                blankToNull(CommandData.text(data, "bucket")),
                blankToNull(CommandData.text(data, "sku_id")),
                window.from(),
                window.to());
    }

    static AndonFilter andons(JsonObject data) {
        Long workOrderId = CommandData.number(data, "work_order_id");
        if (workOrderId != null && workOrderId < 1) {
            throw MessageRefused.invalidField("work_order_id", "must be a positive number");
        }
        Window window = Window.of(data);
        return new AndonFilter(
                QueryParameters.enumValue("status", CommandData.text(data, "status"), AndonStatus.class),
                QueryParameters.enumValue("severity", CommandData.text(data, "severity"), Severity.class),
                blankToNull(CommandData.text(data, "sku_id")),
                workOrderId,
                window.from(),
                window.to());
    }

    /** A list's creation-time bounds, refused when reversed as the REST API refuses them. */
    private record Window(Instant from, Instant to) {
        static Window of(JsonObject data) {
            Instant from = QueryParameters.instant("from", CommandData.text(data, "from"));
            Instant to = QueryParameters.instant("to", CommandData.text(data, "to"));
            QueryParameters.requireOrdered(from, to);
            return new Window(from, to);
        }
    }

    /** Out-of-int values become ones the range checks refuse, rather than wrapping around. */
    private static int bounded(Long value, int absent) {
        return value == null ? absent : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
