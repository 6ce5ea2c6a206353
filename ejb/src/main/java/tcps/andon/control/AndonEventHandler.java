package tcps.andon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import tcps.andon.entity.AndonEvent;
import tcps.ingestion.control.EventFields;
import tcps.ingestion.control.EventHandler;

/** Andon events a pipeline can post: the same commands and rules as {@code /api/andon}. */
@ApplicationScoped
public class AndonEventHandler implements EventHandler {

    @Inject
    AndonLine andons;

    @Override
    public Set<String> types() {
        return Set.of("andon.trigger", "andon.escalate", "andon.resolve");
    }

    @Override
    public Object handle(EventFields event) {
        AndonEvent andon =
                switch (event.type()) {
                    case "andon.trigger" -> andons.trigger(event.as(TriggerAndon.class));
                    case "andon.escalate" -> andons.escalate(event.id("andonId"));
                    case "andon.resolve" -> andons.resolve(event.id("andonId"), event.as(ResolveAndon.class));
                    default -> throw event.invalid("unknown Andon event");
                };
        return Map.of(
                "andonId",
                andon.getId(),
                "severity",
                andon.getSeverity().name(),
                "status",
                andon.getStatus().name());
    }
}
