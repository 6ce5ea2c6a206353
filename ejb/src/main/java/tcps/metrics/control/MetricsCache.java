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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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

    private Cache<String, Rendered> rendered;
    // Counts invalidations, to tell apart a rendering Caffeine stored although it was in flight during invalidateAll
    private final AtomicLong generation = new AtomicLong();
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
        return fresh(key, () -> json.toJson(category.get()));
    }

    public String text(String key, Supplier<String> text) {
        return fresh(key, text);
    }

    public void invalidate(String key) {
        rendered.invalidate(key);
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        rendered.invalidateAll();
    }

    /** The cached rendering, unless it was begun before an invalidation that came before this call. */
    private String fresh(String key, Supplier<String> render) {
        long asked = generation.get();
        Function<String, Rendered> load = ignored -> {
            long begun = generation.get();
            return new Rendered(begun, render.get());
        };
        Rendered hit = rendered.get(key, load);
        while (hit.generation() < asked) { // ends: a load begun now is of this generation or a later one
            rendered.asMap().remove(key, hit);
            hit = rendered.get(key, load);
        }
        return hit.text();
    }

    private record Rendered(long generation, String text) {}

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
