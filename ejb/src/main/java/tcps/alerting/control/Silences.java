package tcps.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tcps.alerting.entity.LabelMatcher;
import tcps.alerting.entity.Silence;
import tcps.alerting.entity.SilenceStore;
import tcps.problems.control.InvalidCommand;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Timestamps;

/**
 * Silences: label matchers over a time range that mute notifications of the alerts they match, never their recording.
 * They end on time or when expired early; the ones not ended are kept in memory for every evaluation.
 */
@ApplicationScoped
@Transactional
public class Silences {

    @Inject
    SilenceStore store;

    private volatile List<Silence> notEnded;

    public List<Silence> all() {
        return store.all();
    }

    public Silence find(String id) {
        Silence silence = store.find(id);
        if (silence == null) {
            throw new UnknownEntity("silence", id);
        }
        return silence;
    }

    /** Creates a silence, or with an {@code id} replaces that silence's matchers, times and comment (as Alertmanager). */
    public Silence create(
            List<LabelMatcher> matchers, Instant startsAt, Instant endsAt, String createdBy, String comment) {
        Instant now = Timestamps.now();
        if (matchers.isEmpty()) {
            throw new InvalidCommand("A silence needs at least one matcher.", "matchers");
        }
        matchers.forEach(RuleCompiler::checkMatcher);
        if (matchers.stream().allMatch(m -> m.matches(java.util.Map.of()))) {
            throw new InvalidCommand(
                    "These matchers would match every alert; name at least one label value.", "matchers");
        }
        Instant start = startsAt == null ? now : startsAt;
        if (endsAt == null || !endsAt.isAfter(start) || !endsAt.isAfter(now)) {
            throw new InvalidCommand("A silence must end after it starts and in the future.", "endsAt");
        }
        Silence silence = new Silence(
                UUID.randomUUID().toString(), List.copyOf(matchers), start, endsAt, createdBy, comment, now);
        store.save(silence);
        notEnded = null;
        return silence;
    }

    /** Ends a silence now. */
    public Silence expire(String id) {
        Silence silence = store.lock(id);
        if (silence == null) {
            throw new UnknownEntity("silence", id);
        }
        Instant now = Timestamps.now();
        if ("expired".equals(silence.state(now))) {
            throw new InvalidStateTransition("Silence " + id + " has already expired.");
        }
        silence.expire(now);
        notEnded = null;
        return silence;
    }

    /** The silence that mutes these labels now, if any. */
    @Transactional(TxType.NOT_SUPPORTED)
    public String mutedBy(java.util.Map<String, String> labels, Instant now) {
        List<Silence> current = notEnded;
        if (current == null) {
            current = store.notEndedAt(now);
            notEnded = current;
        }
        for (Silence silence : current) {
            if (silence.mutes(labels, now)) {
                return silence.getId();
            }
        }
        return null;
    }

    /** Reads the silences again: another instance may have written some. */
    public void refresh() {
        notEnded = null;
    }

    public int purgeEndedBefore(Instant cutoff) {
        return store.purgeEndedBefore(cutoff);
    }
}
