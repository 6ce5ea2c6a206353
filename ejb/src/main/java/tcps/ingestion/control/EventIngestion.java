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

    /** Runs of consecutive events of one type go to their handler together, so a handler may apply them in bulk. */
    public List<IngestedEvent> ingest(List<JsonObject> events) {
        List<IngestedEvent> results = new ArrayList<>(events.size());
        int start = 0;
        while (start < events.size()) {
            String type = typeOf(events.get(start));
            EventHandler handler = type == null ? null : byType.get(type);
            if (handler == null) {
                throw new InvalidCommand("Event " + start + ": type must be one of " + byType.keySet() + ".");
            }
            List<EventFields> run = new ArrayList<>();
            for (int i = start; i < events.size() && type.equals(typeOf(events.get(i))); i++) {
                run.add(new EventFields(i, type, events.get(i), validator));
            }
            List<Object> applied = handler.handleAll(run);
            for (int i = 0; i < run.size(); i++) {
                results.add(new IngestedEvent(start + i, type, applied.get(i)));
            }
            start += run.size();
        }
        return results;
    }

    private static String typeOf(JsonObject event) {
        return event.get("type") instanceof JsonString text ? text.getString() : null;
    }
}
