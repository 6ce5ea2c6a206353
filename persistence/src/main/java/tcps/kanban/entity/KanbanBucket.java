package tcps.kanban.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A Kanban bucket: its WIP limit, the slots in use, and the running figures of its pull signal. Changed only under a
 * row lock, so {@code wip} never passes {@code wipLimit} however many requests start work at once.
 */
@Entity
@Table(name = "kanban_bucket")
public class KanbanBucket {

    @Id
    private String name;

    @Column(name = "wip_limit", nullable = false)
    private int wipLimit;

    @Column(nullable = false)
    private int wip;

    @Column(name = "intake_paused", nullable = false)
    private boolean intakePaused;

    @Column(nullable = false)
    private long pulls;

    @Column(name = "pull_latency_total_ms", nullable = false)
    private long pullLatencyTotalMs;

    @Column(name = "last_pull_latency_ms")
    private Long lastPullLatencyMs;

    /** Set while a slot is free and work is waiting: the pull signal is raised and not yet answered. */
    @Column(name = "slot_freed_at")
    private Instant slotFreedAt;

    protected KanbanBucket() {}

    public KanbanBucket(String name, int wipLimit) {
        this.name = name;
        this.wipLimit = wipLimit;
    }

    public boolean hasFreeSlot() {
        return wip < wipLimit;
    }

    /** Takes a slot; returns the pull-signal latency when a freed slot was waiting for this pull. */
    public Duration takeSlot(Instant at) {
        wip++;
        if (slotFreedAt == null) {
            return null;
        }
        Duration latency = Duration.between(slotFreedAt, at);
        pulls++;
        pullLatencyTotalMs += latency.toMillis();
        lastPullLatencyMs = latency.toMillis();
        slotFreedAt = null;
        return latency;
    }

    /** Frees a slot; the pull signal counts from now if work is waiting for it. */
    public void releaseSlot(Instant at, boolean workWaiting) {
        wip = Math.max(0, wip - 1);
        if (workWaiting && slotFreedAt == null) {
            slotFreedAt = at;
        }
    }

    /** No work waits any more: a free slot is no longer a pending pull signal. */
    public void queueEmptied() {
        slotFreedAt = null;
    }

    public void setWipLimit(int wipLimit) {
        this.wipLimit = wipLimit;
    }

    public void setIntakePaused(boolean paused) {
        this.intakePaused = paused;
    }

    public String getName() {
        return name;
    }

    public int getWipLimit() {
        return wipLimit;
    }

    public int getWip() {
        return wip;
    }

    public boolean isIntakePaused() {
        return intakePaused;
    }

    public long getPulls() {
        return pulls;
    }

    public long getPullLatencyTotalMs() {
        return pullLatencyTotalMs;
    }

    public Long getLastPullLatencyMs() {
        return lastPullLatencyMs;
    }

    public Instant getSlotFreedAt() {
        return slotFreedAt;
    }
}
