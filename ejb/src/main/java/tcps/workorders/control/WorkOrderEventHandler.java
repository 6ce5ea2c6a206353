package tcps.workorders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tcps.ingestion.control.EventFields;
import tcps.ingestion.control.EventHandler;
import tcps.kanban.control.ConfiguredBuckets;
import tcps.workorders.entity.Priority;
import tcps.workorders.entity.WorkOrder;

/** The work-order events a pipeline can post. */
@ApplicationScoped
public class WorkOrderEventHandler implements EventHandler {

    private static final String PREFIX = "work_order.";

    @Inject
    WorkOrderService service;

    @Inject
    ConfiguredBuckets configured;

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
                    case "create" -> service.create(createCommand(event));
                    case "advance" -> service.advance(event.id("workOrderId"));
                    case "complete" -> service.complete(event.id("workOrderId"));
                    case "fail" -> service.fail(event.id("workOrderId"), event.optionalText("reason", 1000));
                    case "cancel" -> service.cancel(event.id("workOrderId"), event.optionalText("reason", 1000));
                    case "block" -> service.block(event.id("workOrderId"), event.optionalText("reason", 1000));
                    case "unblock" -> service.unblock(event.id("workOrderId"));
                    default -> throw event.invalid("unknown work-order event");
                };
        return result(changed);
    }

    /**
     * A run of creates is one call: ids come in blocks, and each bucket is looked at and pulled once per run. Buckets
     * are checked first, so one that takes no new work names its event.
     */
    @Override
    public List<Object> handleAll(List<EventFields> run) {
        if (run.size() == 1 || !run.get(0).type().equals(PREFIX + "create")) {
            return EventHandler.super.handleAll(run);
        }
        List<CreateWorkOrder> commands = new ArrayList<>(run.size());
        for (EventFields event : run) {
            CreateWorkOrder command = createCommand(event);
            if (!configured.takeNewWork(command.bucket())) {
                throw event.invalid("no Kanban bucket named '" + command.bucket() + "' takes new work");
            }
            commands.add(command);
        }
        return service.createAll(commands).stream()
                .map(WorkOrderEventHandler::result)
                .toList();
    }

    /** {@code skuId} is optional, as over REST: work created without one gets {@code SKU-<bucket>-<id>}. */
    private static CreateWorkOrder createCommand(EventFields event) {
        String sku = event.optionalText("skuId", 128);
        if (sku != null && sku.isBlank()) {
            throw event.invalid("skuId must not be blank; leave it out to have one assigned");
        }
        return new CreateWorkOrder(event.text("description", 1000), priority(event), event.text("bucket", 64), sku);
    }

    private static Object result(WorkOrder changed) {
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
