package tcps.andon.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One pull of the Andon cord: a failure that stops the line for a SKU until someone resolves it, saying what the root
 * cause was, what fixed it and what prevents it next time. Instants are kept to the millisecond, so the resolution
 * time stored beside them is exactly {@code resolvedAt - triggeredAt}.
 */
@Entity
@Table(name = "andon_event")
public class AndonEvent {

    @Id
    @SequenceGenerator(name = "andon_event_seq", sequenceName = "andon_event_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "andon_event_seq")
    private Long id;

    @Column(name = "failure_type", nullable = false, length = 64)
    private String failureType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Column(name = "sku_id", nullable = false, length = 128)
    private String skuId;

    @Column(name = "work_order_id")
    private Long workOrderId;

    @Column(length = 64)
    private String stage;

    @Column(name = "details", length = 100000)
    private String detailsJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AndonStatus status;

    @Column(name = "triggered_at", nullable = false)
    private Instant triggeredAt;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolution_ms")
    private Long resolutionMillis;

    @Column(name = "root_cause", length = 2000)
    private String rootCause;

    @Column(name = "fix_applied", length = 2000)
    private String fixApplied;

    @Column(name = "prevention_added", length = 2000)
    private String preventionAdded;

    @Column(length = 128)
    private String resolver;

    protected AndonEvent() {}

    public AndonEvent(
            String failureType,
            Severity severity,
            String skuId,
            Long workOrderId,
            String stage,
            Map<String, String> details,
            Instant triggeredAt) {
        this.failureType = Objects.requireNonNull(failureType, "failureType");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.skuId = Objects.requireNonNull(skuId, "skuId");
        this.workOrderId = workOrderId;
        this.stage = stage;
        this.detailsJson = DetailsJson.write(details);
        this.status = AndonStatus.OPEN;
        this.triggeredAt = toMillis(triggeredAt);
    }

    /** Raises the escalation level by one; the caller checks that the event is still open. */
    public void escalate(Instant at) {
        escalationLevel++;
        escalatedAt = toMillis(at);
    }

    /** Closes the event; the caller checks that it is still open. A clock behind the trigger counts as zero time. */
    public void resolve(Instant at, String rootCause, String fixApplied, String preventionAdded, String resolver) {
        Instant resolved = toMillis(at);
        this.resolvedAt = resolved.isBefore(triggeredAt) ? triggeredAt : resolved;
        this.resolutionMillis = Duration.between(triggeredAt, resolvedAt).toMillis();
        this.rootCause = rootCause;
        this.fixApplied = fixApplied;
        this.preventionAdded = preventionAdded;
        this.resolver = resolver;
        this.status = AndonStatus.RESOLVED;
    }

    public boolean isOpen() {
        return status == AndonStatus.OPEN;
    }

    /** How long the line has been (or was) stopped: until {@code now} while open, until the resolution after. */
    public Duration openDuration(Instant now) {
        if (!isOpen()) {
            return Duration.ofMillis(resolutionMillis);
        }
        Duration open = Duration.between(triggeredAt, toMillis(now));
        return open.isNegative() ? Duration.ZERO : open;
    }

    public Optional<Duration> resolutionTime() {
        return Optional.ofNullable(resolutionMillis).map(Duration::ofMillis);
    }

    static Instant toMillis(Instant instant) {
        return Objects.requireNonNull(instant, "instant").truncatedTo(ChronoUnit.MILLIS);
    }

    public Long getId() {
        return id;
    }

    public String getFailureType() {
        return failureType;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getSkuId() {
        return skuId;
    }

    public Long getWorkOrderId() {
        return workOrderId;
    }

    public String getStage() {
        return stage;
    }

    public Map<String, String> getDetails() {
        return DetailsJson.read(detailsJson);
    }

    public AndonStatus getStatus() {
        return status;
    }

    public Instant getTriggeredAt() {
        return triggeredAt;
    }

    public int getEscalationLevel() {
        return escalationLevel;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getRootCause() {
        return rootCause;
    }

    public String getFixApplied() {
        return fixApplied;
    }

    public String getPreventionAdded() {
        return preventionAdded;
    }

    public String getResolver() {
        return resolver;
    }
}
