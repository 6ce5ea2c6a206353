package tcps.tpm.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Slice;
import tcps.storage.entity.Timestamps;
import tcps.tpm.entity.ComponentFailure;
import tcps.tpm.entity.ComponentFailureStore;

/** Component breakdowns and recoveries: the raw material of uptime, MTBF and MTTR. */
@Stateless
public class FailureLog {

    @Inject
    ComponentFailureStore failures;

    @Inject
    Event<ComponentFailed> failed;

    @Inject
    Event<ComponentRecovered> recovered;

    public ComponentFailure record(RecordFailure command) {
        Instant at = command.failedAt() != null ? command.failedAt() : Timestamps.now();
        ComponentFailure failure = failures.save(new ComponentFailure(command.component(), command.cause(), at));
        failed.fire(new ComponentFailed(failure.getId(), failure.getComponent(), failure.getCause(), at));
        return failure;
    }

    /** Ends the failure at {@code recoveredAt} (now when null); it cannot end before it began, nor end twice. */
    public ComponentFailure recover(long failureId, Instant recoveredAt) {
        ComponentFailure failure = failure(failureId);
        if (failure.isRecovered()) {
            throw new InvalidStateTransition(
                    "Failure " + failureId + " was already recovered at " + failure.getRecoveredAt() + ".");
        }
        Instant at = recoveredAt != null ? recoveredAt : Timestamps.now();
        if (at.isBefore(failure.getFailedAt())) {
            throw new InvalidStateTransition(
                    "Failure " + failureId + " began at " + failure.getFailedAt() + "; it cannot recover before.");
        }
        failure.recover(at);
        recovered.fire(new ComponentRecovered(
                failureId, failure.getComponent(), at, Duration.between(failure.getFailedAt(), at)));
        return failure;
    }

    public ComponentFailure failure(long failureId) {
        return failures.find(failureId).orElseThrow(() -> new UnknownEntity("component failure", failureId));
    }

    public Slice<ComponentFailure> failures(String component, Boolean recovered, int limit, int offset) {
        return failures.list(component, recovered, limit, offset);
    }
}
