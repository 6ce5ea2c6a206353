package tcps.ingestion.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tcps.problems.control.InvalidCommand;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.UnknownEntity;

/**
 * Applies events from CI/CD pipelines in one transaction: a batch lands whole or not at all, and a failure names the
 * event that caused it.
 */
@Stateless
public class EventIngestion {

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    Validator validator;

    private Map<String, EventHandler> byType;

    @PostConstruct
    void index() {
        byType = new TreeMap<>();
        handlers.forEach(handler -> handler.types().forEach(type -> byType.put(type, handler)));
    }

    public List<String> types() {
        return List.copyOf(byType.keySet());
    }

    public List<IngestedEvent> ingest(List<JsonObject> events) {
        List<IngestedEvent> results = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            results.add(apply(i, events.get(i)));
        }
        return results;
    }

    private IngestedEvent apply(int index, JsonObject event) {
        String type = event.get("type") instanceof JsonString text ? text.getString() : null;
        EventHandler handler = type == null ? null : byType.get(type);
        if (handler == null) {
            throw new InvalidCommand("Event " + index + ": type must be one of " + byType.keySet() + ".");
        }
        try {
            return new IngestedEvent(index, type, handler.handle(new EventFields(index, type, event, validator)));
        } catch (InvalidStateTransition e) {
            throw new InvalidStateTransition("Event " + index + " (" + type + "): " + e.getMessage());
        } catch (UnknownEntity e) {
            throw new InvalidCommand("Event " + index + " (" + type + "): " + e.getMessage());
        }
    }
}
