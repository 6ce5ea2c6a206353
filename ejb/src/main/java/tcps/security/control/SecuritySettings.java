package tcps.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The access-control switches operators set; each key is listed with its default in microprofile-config.properties. */
@ApplicationScoped
public class SecuritySettings {

    private static final Logger LOG = Logger.getLogger(SecuritySettings.class.getName());

    @Inject
    @ConfigProperty(name = "tcps.security.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "tcps.security.anonymous-read", defaultValue = "false")
    boolean anonymousRead;

    @Inject
    @ConfigProperty(name = "tcps.security.scrape-requires-viewer", defaultValue = "false")
    boolean scrapeRequiresViewer;

    /** Browser origins besides the server's own that may send writes and open the WebSocket; CORS answers them. */
    @Inject
    @ConfigProperty(name = "tcps.security.allowed-origins")
    Optional<String> allowedOrigins;

    @PostConstruct
    void warnWhenOff() {
        if (!enabled) {
            LOG.warning("Access control is OFF (tcps.security.enabled=false): anyone who reaches the port is admin");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean anonymousRead() {
        return anonymousRead;
    }

    public boolean scrapeRequiresViewer() {
        return scrapeRequiresViewer;
    }

    public List<String> allowedOrigins() {
        return allowedOrigins.stream()
                .flatMap(listed -> Arrays.stream(listed.split(",")))
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .toList();
    }
}
