package tcps.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an alert's story: from which state to which, when, by whom (a person or the rule), and why. */
@Entity
@Table(name = "alert_transition")
public class AlertTransition {

    @Id
    @SequenceGenerator(name = "alert_transition_seq", sequenceName = "alert_transition_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_transition_seq")
    private Long id;

    @Column(name = "alert_id")
    private long alertId;

    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private AlertState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private AlertState to;

    private String actor;
    private String note;

    @Column(name = "alert_value")
    private Double value;

    protected AlertTransition() {}

    public AlertTransition(
            long alertId, AlertState from, AlertState to, String actor, String note, Double value, Instant at) {
        this.alertId = alertId;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.note = note;
        this.value = value;
        this.at = at;
    }

    public long getAlertId() {
        return alertId;
    }

    public Instant getAt() {
        return at;
    }

    public AlertState getFrom() {
        return from;
    }

    public AlertState getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }

    public Double getValue() {
        return value;
    }
}
