package tcps.andon.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.andon.entity.AndonEvent;
import tcps.andon.entity.AndonEventStore;
import tcps.andon.entity.AndonFilter;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Slice;
import tcps.storage.entity.Timestamps;

/**
 * Stops and restarts the line. Each command runs in one transaction (the caller's, when it has one, as a batch does)
 * and fires its event synchronously inside it, so observers such as the work order that stops join the same
 * transaction: either the Andon and everything that follows from it is committed, or nothing is.
 */
@Stateless
public class AndonLine {

    static final String KIND = "Andon event";

    @Inject
    AndonEventStore store;

    @Inject
    SeverityPolicy severities;

    @Inject
    @ConfigProperty(name = "tcps.andon.escalation.max-level", defaultValue = "3")
    int maxEscalationLevel;

    @Inject
    Event<AndonTriggered> triggered;

    @Inject
    Event<AndonEscalated> escalated;

    @Inject
    Event<AndonResolved> resolved;

    public AndonEvent trigger(@NotNull @Valid TriggerAndon command) {
        String failureType = SeverityMapping.normalize(command.failureType());
        AndonEvent event = store.save(new AndonEvent(
                failureType,
                severities.severityOf(failureType),
                command.skuId().strip(),
                command.workOrderId(),
                blankToNull(command.stage()),
                command.details(),
                Timestamps.now()));
        triggered.fire(new AndonTriggered(
                event.getId(),
                event.getWorkOrderId(),
                event.getSkuId(),
                event.getFailureType(),
                event.getSeverity(),
                event.getStage(),
                event.getTriggeredAt()));
        return event;
    }

    public AndonEvent escalate(long id) {
        AndonEvent event = lockOpen(id, "escalated");
        if (event.getEscalationLevel() >= maxEscalationLevel) {
            throw new InvalidStateTransition(
                    KIND + " " + id + " is already at the highest escalation level (" + maxEscalationLevel + ").");
        }
        event.escalate(Timestamps.now());
        escalated.fire(new AndonEscalated(id, event.getEscalationLevel(), event.getEscalatedAt()));
        return event;
    }

    public AndonEvent resolve(long id, @NotNull @Valid ResolveAndon command) {
        AndonEvent event = lockOpen(id, "resolved");
        event.resolve(
                Timestamps.now(),
                command.rootCause().strip(),
                command.fixApplied().strip(),
                command.preventionAdded().strip(),
                command.resolver().strip());
        Duration resolutionTime = event.resolutionTime().orElseThrow();
        resolved.fire(new AndonResolved(
                id, event.getWorkOrderId(), event.getSeverity(), event.getResolvedAt(), resolutionTime));
        return event;
    }

    public AndonEvent find(long id) {
        return store.find(id).orElseThrow(() -> new UnknownEntity(KIND, id));
    }

    /** A page of matching events, newest first, and how many match in all. */
    public Slice<AndonEvent> list(AndonFilter filter, int offset, int limit) {
        return store.list(filter, offset, limit);
    }

    private AndonEvent lockOpen(long id, String verb) {
        AndonEvent event = store.findForUpdate(id).orElseThrow(() -> new UnknownEntity(KIND, id));
        if (!event.isOpen()) {
            throw new InvalidStateTransition(
                    KIND + " " + id + " is " + event.getStatus() + " and cannot be " + verb + ".");
        }
        return event;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
