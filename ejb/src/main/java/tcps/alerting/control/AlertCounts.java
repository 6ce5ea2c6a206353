package tcps.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tcps.alerting.entity.AlertStore;
import tcps.metrics.control.MetricFamily;
import tcps.metrics.control.MetricFamilySource;

/**
 * The alerting series of the Prometheus scrape: {@code tcps_alerts_active{severity,rule}} (firing and acknowledged
 * alerts, zero for every enabled rule without one) and {@code tcps_alerts_fired_total{rule}} (counted from the kept
 * history at start-up, then on every committed firing).
 */
@ApplicationScoped
public class AlertCounts implements MetricFamilySource {

    @Inject
    AlertEngine engine;

    @Inject
    RuleBook book;

    @Inject
    AlertStore store;

    private volatile Map<String, AtomicLong> fired;

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged change) {
        if (AlertChanged.FIRED.equals(change.kind())) {
            fired().computeIfAbsent(change.alert().rule(), rule -> new AtomicLong())
                    .incrementAndGet();
        }
    }

    @Override
    public List<MetricFamily> families() {
        Map<String, Long> active = new TreeMap<>();
        book.rules().stream()
                .filter(rule -> rule.definition().enabled())
                .forEach(rule -> active.put(
                        key(rule.definition().severity(), rule.definition().name()), 0L));
        engine.active().stream()
                .filter(AlertFacts::raised)
                .forEach(alert -> active.merge(key(alert.severity(), alert.rule()), 1L, Long::sum));
        List<MetricFamily.Sample> activeSamples = new ArrayList<>();
        active.forEach((labels, count) -> activeSamples.add(new MetricFamily.Sample(labels, count.doubleValue())));
        List<MetricFamily.Sample> firedSamples = new ArrayList<>();
        new TreeMap<>(fired())
                .forEach((rule, count) -> firedSamples.add(
                        new MetricFamily.Sample("rule=\"" + escape(rule) + "\"", (double) count.get())));
        return List.of(
                new MetricFamily("tcps_alerts_active", "gauge", "Alerts firing or acknowledged now.", activeSamples),
                new MetricFamily("tcps_alerts_fired_total", "counter", "Alerts fired, per rule.", firedSamples));
    }

    private Map<String, AtomicLong> fired() {
        Map<String, AtomicLong> current = fired;
        if (current == null) {
            synchronized (this) {
                if (fired == null) {
                    Map<String, AtomicLong> loaded = new ConcurrentHashMap<>();
                    for (Object[] row : store.firedPerRule()) {
                        loaded.put((String) row[0], new AtomicLong(((Number) row[1]).longValue()));
                    }
                    fired = loaded;
                }
                current = fired;
            }
        }
        return current;
    }

    private static String key(String severity, String rule) {
        return "severity=\"" + escape(severity) + "\",rule=\"" + escape(rule) + "\"";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
