package tcps.health.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One start of the service: the restart history operators read in {@code /api/health}. */
@Entity
@Table(name = "service_start")
public class ServiceStart {

    @Id
    @SequenceGenerator(name = "service_start_seq", sequenceName = "service_start_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_start_seq")
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false, length = 64)
    private String version;

    @Column(nullable = false)
    private String host;

    protected ServiceStart() {}

    public ServiceStart(Instant startedAt, String version, String host) {
        this.startedAt = startedAt;
        this.version = version;
        this.host = host;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getVersion() {
        return version;
    }

    public String getHost() {
        return host;
    }
}
