package tcps.ingestion.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.UnknownEntity;

/**
 * Applies a component's ingested events (by their {@code type}) to the line. Components contribute one handler each
 * as a CDI bean; it runs inside the batch's transaction and returns what it created or changed.
 */
public interface EventHandler {

    Set<String> types();

    Object handle(EventFields event);

    /**
     * Applies consecutive events of one type, in order, and returns one result per event. A handler that can apply
     * such a run in bulk overrides this; whatever fails must still name its event.
     */
    default List<Object> handleAll(List<EventFields> run) {
        List<Object> results = new ArrayList<>(run.size());
        for (EventFields event : run) {
            try {
                results.add(handle(event));
            } catch (InvalidStateTransition | UnknownEntity e) {
                throw event.failed(e);
            }
        }
        return results;
    }
}
