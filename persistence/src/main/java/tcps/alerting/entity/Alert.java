package tcps.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;

/**
 * One alert: a rule's condition holding for one label set (its fingerprint) from when it started until it resolved,
 * or an alert an external system raised ({@code origin} api). Silenced and inhibited alerts are kept like any other;
 * the marks only decide what is notified.
 */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    private Long id;

    private String fingerprint;

    @Column(name = "rule_id")
    private String ruleId;

    @Column(name = "rule_name")
    private String ruleName;

    private String component;
    private String severity;

    @Convert(converter = LabelsConverter.class)
    private Map<String, String> labels;

    @Convert(converter = LabelsConverter.class)
    private Map<String, String> annotations;

    @Enumerated(EnumType.STRING)
    private AlertState state;

    private String origin;

    @Column(name = "alert_value")
    private Double value;

    private Double threshold;

    private boolean simulated;

    @Column(name = "silenced_by")
    private String silencedBy;

    @Column(name = "inhibited_by")
    private Long inhibitedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "fired_at")
    private Instant firedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledge_comment")
    private String acknowledgeComment;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected Alert() {}

    public Alert(AlertKey key, String origin, Instant at) {
        this.fingerprint = key.fingerprint();
        this.ruleId = key.ruleId();
        this.ruleName = key.ruleName();
        this.component = key.component();
        this.severity = key.severity();
        this.labels = key.labels();
        this.origin = origin;
        this.state = AlertState.PENDING;
        this.startedAt = at;
        this.updatedAt = at;
    }

    public void observed(Double value, boolean simulated, Map<String, String> annotations, Instant at) {
        this.value = value;
        this.simulated = this.simulated || simulated;
        this.annotations = annotations;
        this.updatedAt = at;
    }

    /** The rule's threshold the value is read against, when the rule has one. */
    public void setThreshold(Double threshold) {
        this.threshold = threshold;
    }

    public Double getThreshold() {
        return threshold;
    }

    public void fire(Instant at) {
        state = AlertState.FIRING;
        firedAt = at;
        updatedAt = at;
    }

    public void acknowledge(String by, String comment, Instant at) {
        state = AlertState.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgeComment = comment;
        acknowledgedAt = at;
        updatedAt = at;
    }

    public void resolve(String by, Instant at) {
        state = AlertState.RESOLVED;
        resolvedBy = by;
        resolvedAt = at;
        updatedAt = at;
    }

    public void mute(String silence, Long inhibitor, Instant at) {
        silencedBy = silence;
        inhibitedBy = inhibitor;
        updatedAt = at;
    }

    public void endsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public Long getId() {
        return id;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getRuleName() {
        return ruleName;
    }

    public String getComponent() {
        return component;
    }

    public String getSeverity() {
        return severity;
    }

    public Map<String, String> getLabels() {
        return labels;
    }

    public Map<String, String> getAnnotations() {
        return annotations;
    }

    public AlertState getState() {
        return state;
    }

    public String getOrigin() {
        return origin;
    }

    public Double getValue() {
        return value;
    }

    public boolean isSimulated() {
        return simulated;
    }

    public String getSilencedBy() {
        return silencedBy;
    }

    public Long getInhibitedBy() {
        return inhibitedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFiredAt() {
        return firedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public String getAcknowledgeComment() {
        return acknowledgeComment;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
