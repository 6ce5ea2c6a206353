package tcps.kanban.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The buckets {@code tcps.kanban.buckets} names, with their WIP limits: the only ones that take new work. A bucket
 * dropped from the setting keeps its rows, and the work already in it carries on.
 */
@ApplicationScoped
public class ConfiguredBuckets {

    @Inject
    @ConfigProperty(name = "tcps.kanban.buckets", defaultValue = "reliability:5,security:3,cost:3,compliance:2")
    String setting;

    private Map<String, Integer> limits;

    @PostConstruct
    void parse() {
        limits = BucketLimits.parse(setting);
    }

    /** In the setting's order. */
    public Map<String, Integer> limits() {
        return limits;
    }

    public boolean takeNewWork(String bucket) {
        return limits.containsKey(bucket);
    }
}
