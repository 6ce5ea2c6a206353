package tcps.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A rule and label set over time: the row every transition of its alerts locks first, so that two evaluations (on
 * one instance or on several sharing the database) never open two alerts for one fingerprint, and the last time it
 * fired, which its cooldown counts from.
 */
@Entity
@Table(name = "alert_series")
public class AlertSeries {

    @Id
    private String fingerprint;

    @Column(name = "rule_id")
    private String ruleId;

    @Column(name = "active_alert_id")
    private Long activeAlertId;

    @Column(name = "last_fired_at")
    private Instant lastFiredAt;

    protected AlertSeries() {}

    public AlertSeries(String fingerprint, String ruleId) {
        this.fingerprint = fingerprint;
        this.ruleId = ruleId;
    }

    public Long getActiveAlertId() {
        return activeAlertId;
    }

    public void setActiveAlertId(Long activeAlertId) {
        this.activeAlertId = activeAlertId;
    }

    public Instant getLastFiredAt() {
        return lastFiredAt;
    }

    public void fired(Instant at) {
        lastFiredAt = at;
    }
}
