package tcps.ingestion.control;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Single events that arrived together, applied in one transaction. When the transaction fails, each event is applied
 * again in one of its own, so an event fails only for its own fault (or a lost race of its own), never for another
 * client's.
 */
final class EventGroup {

    /** One client's event and the answer it waits for. */
    record Pending(JsonObject event, CompletableFuture<IngestedEvent> answer) {}

    private EventGroup() {}

    /** {@code apply} commits the events it is given in one transaction, or throws and commits none. */
    static void commit(List<Pending> group, Function<List<JsonObject>, List<IngestedEvent>> apply) {
        if (group.size() > 1) {
            try {
                List<IngestedEvent> results =
                        apply.apply(group.stream().map(Pending::event).toList());
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).answer().complete(alone(results.get(i)));
                }
                return;
            } catch (RuntimeException groupFailed) {
                // Applied one by one below: the failure names the event at fault, with its own index
            }
        }
        for (Pending pending : group) {
            try {
                pending.answer().complete(apply.apply(List.of(pending.event())).get(0));
            } catch (RuntimeException failed) {
                pending.answer().completeExceptionally(failed);
            }
        }
    }

    // Each client posted one event: its result is the first of its request, whatever its place in the group
    private static IngestedEvent alone(IngestedEvent result) {
        return new IngestedEvent(0, result.type(), result.result());
    }
}
