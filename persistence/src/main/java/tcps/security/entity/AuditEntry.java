package tcps.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One write as the audit keeps it: who, how they signed in, what, how it ended, when. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false, length = 16)
    private String via;

    @Column(nullable = false, length = 16)
    private String action;

    @Column(nullable = false, length = 2000)
    private String target;

    @Column(nullable = false)
    private int status;

    protected AuditEntry() {}

    public AuditEntry(Instant at, String actor, String via, String action, String target, int status) {
        this.at = at;
        this.actor = actor;
        this.via = via;
        this.action = action;
        this.target = target;
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getVia() {
        return via;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public int getStatus() {
        return status;
    }
}
