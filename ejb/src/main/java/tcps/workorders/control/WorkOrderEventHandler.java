package tcps.workorders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import tcps.ingestion.control.EventFields;
import tcps.ingestion.control.EventHandler;
import tcps.workorders.entity.Priority;
import tcps.workorders.entity.WorkOrder;

/** The work-order events a pipeline can post. */
@ApplicationScoped
public class WorkOrderEventHandler implements EventHandler {

    private static final String PREFIX = "work_order.";

    @Inject
    WorkOrderService service;

    @Override
    public Set<String> types() {
        return Set.of("create", "advance", "complete", "fail", "cancel", "block", "unblock").stream()
                .map(PREFIX::concat)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public Object handle(EventFields event) {
        WorkOrder changed =
                switch (event.type().substring(PREFIX.length())) {
                    case "create" -> service.create(new CreateWorkOrder(
                            event.text("description", 1000),
                            priority(event),
                            event.text("bucket", 64),
                            event.text("skuId", 128)));
                    case "advance" -> service.advance(event.id("workOrderId"));
                    case "complete" -> service.complete(event.id("workOrderId"));
                    case "fail" -> service.fail(event.id("workOrderId"), event.optionalText("reason", 1000));
                    case "cancel" -> service.cancel(event.id("workOrderId"), event.optionalText("reason", 1000));
                    case "block" -> service.block(event.id("workOrderId"), event.optionalText("reason", 1000));
                    case "unblock" -> service.unblock(event.id("workOrderId"));
                    default -> throw event.invalid("unknown work-order event");
                };
        return Map.of(
                "workOrderId", changed.getId(), "status", changed.getStatus().name());
    }

    private static Priority priority(EventFields event) {
        try {
            return Priority.parse(event.text("priority", 16));
        } catch (IllegalArgumentException e) {
            throw event.invalid("priority must be critical, high, medium, low or 1-4");
        }
    }
}
