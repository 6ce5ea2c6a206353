package tcps.line.control;

import java.time.Instant;

/**
 * A committed change of the production line: the one type every component's change event shares, so that whoever
 * follows the line (metrics, the live feed, alerting) observes it in one method, whatever the component:
 *
 * <pre>
 * void changed(&#64;Observes(during = TransactionPhase.AFTER_SUCCESS) LineChange change)
 * </pre>
 *
 * Events are fired with their own type ({@code Event<AndonTriggered>}); CDI delivers them to observers of this
 * interface too. Most are fired inside the transaction that stores the change, so an {@code AFTER_SUCCESS} observer
 * hears of it once it is committed and never of one rolled back. Health changes ({@code source() == "health"}) are
 * fired outside any transaction, after the transition is recorded; CDI then notifies an {@code AFTER_SUCCESS} observer
 * at once, on the firing thread. An observer without a phase would hear of changes before their commit.
 */
public interface LineChange {

    /**
     * The component that committed the change: workorders, kanban, andon, tpm, quality, kaizen, receipts or health;
     * by default the component the event belongs to ({@code tcps.<component>.control}).
     */
    default String source() {
        return LineChangeNames.sourceOf(getClass());
    }

    /**
     * What happened, in snake case: {@code andon_triggered}, {@code maintenance_completed}, ...; by default the
     * event's name ({@code AndonTriggered} is {@code andon_triggered}).
     */
    default String kind() {
        return LineChangeNames.kindOf(getClass());
    }

    /** When it happened. */
    Instant at();
}
