package tcps.metrics.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered category snapshots (JSON, and the Prometheus text) by key, for {@code tcps.metrics.cache-ttl-seconds} at
 * most; the aggregator invalidates every key whenever its aggregates change, so a hit is never staler than them.
 */
@ApplicationScoped
public class MetricsCache {

    public static final String PROMETHEUS = "prometheus";

    @Inject
    @ConfigProperty(name = "tcps.metrics.cache-ttl-seconds", defaultValue = "60")
    long ttlSeconds;

    private Cache<String, String> rendered;
    private final Jsonb json = JsonbBuilder.create();

    @PostConstruct
    void create() {
        rendered = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(ttlSeconds))
                .maximumSize(100)
                .recordStats()
                .build();
    }

    /** The category rendered as JSON; {@code category} must be a known one. */
    public String json(String key, Supplier<Object> category) {
        return rendered.get(key, ignored -> json.toJson(category.get()));
    }

    public String text(String key, Supplier<String> text) {
        return rendered.get(key, ignored -> text.get());
    }

    public void invalidate(String key) {
        rendered.invalidate(key);
    }

    public void invalidateAll() {
        rendered.invalidateAll();
    }

    public CacheStatistics statistics() {
        CacheStats stats = rendered.stats();
        return new CacheStatistics(
                stats.hitCount(),
                stats.missCount(),
                stats.evictionCount(),
                stats.hitRate(),
                rendered.estimatedSize(),
                ttlSeconds);
    }
}
