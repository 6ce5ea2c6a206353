package tcps.health.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import tcps.database.control.SchemaMigrator;
import tcps.health.entity.ServiceStart;
import tcps.health.entity.ServiceStartStore;
import tcps.storage.entity.Timestamps;

/** This running instance: its version, when it started and how many starts the database has seen. */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@Lock(LockType.READ)
public class ServiceInstance {

    private static final Logger LOG = Logger.getLogger(ServiceInstance.class.getName());
    private static final String BUILD_PROPERTIES = "/META-INF/tcps-build.properties";

    @EJB
    SchemaMigrator migrator;

    @Inject
    ServiceStartStore starts;

    private final Instant startedAt = Timestamps.now();
    private final String version = readVersion();
    private final String host = hostName();
    private volatile long startCount;
    private volatile Instant firstStart;

    @PostConstruct
    void recordStart() {
        if (!migrator.status().current()) {
            LOG.warning("Schema not current: this start is not recorded");
            return;
        }
        try {
            starts.record(new ServiceStart(startedAt, version, host));
            startCount = starts.count();
            firstStart = starts.firstStart().orElse(startedAt);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record this start", e);
        }
    }

    public String version() {
        return version;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Duration uptime() {
        return Duration.between(startedAt, Timestamps.now());
    }

    public String host() {
        return host;
    }

    /** Starts recorded in the database, this one included; 0 when it could not be recorded. */
    public long startCount() {
        return startCount;
    }

    public Instant firstStart() {
        return firstStart;
    }

    private static String readVersion() {
        try (InputStream in = ServiceInstance.class.getResourceAsStream(BUILD_PROPERTIES)) {
            Properties build = new Properties();
            if (in != null) {
                build.load(in);
            }
            return build.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
