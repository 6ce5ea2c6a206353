package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import tcps.alerting.control.AlertFacts;

/**
 * Each channel's grouping: its own default, overridden key by key by {@code tcps.notifications.<channel>.group-by},
 * {@code .group-wait}, {@code .group-interval} and {@code .repeat-interval}; and the key that puts an alert in its
 * group.
 */
@ApplicationScoped
public class Groupings {

    @Inject
    Config config;

    // The outbox keeps a group's key in 512 characters; longer label values are hashed
    private static final int MAX_KEY = 500;

    private final Map<String, Grouping> known = new ConcurrentHashMap<>();

    public Grouping of(Notifier notifier) {
        return known.computeIfAbsent(notifier.name(), name -> configured(name, notifier.defaultGrouping()));
    }

    private Grouping configured(String name, Grouping defaults) {
        String prefix = "tcps.notifications." + name + ".";
        List<String> groupBy = config.getOptionalValue(prefix + "group-by", String.class)
                .map(text -> Arrays.stream(text.split(","))
                        .map(String::trim)
                        .filter(label -> !label.isEmpty())
                        .toList())
                .orElse(defaults.groupBy());
        return new Grouping(
                groupBy,
                duration(prefix + "group-wait", defaults.groupWait()),
                duration(prefix + "group-interval", defaults.groupInterval()),
                duration(prefix + "repeat-interval", defaults.repeatInterval()));
    }

    private Duration duration(String key, Duration fallback) {
        return config.getOptionalValue(key, String.class)
                .map(DurationText::parse)
                .orElse(fallback);
    }

    /** The group an alert belongs to on a channel: its fingerprint alone, or the values of the grouping labels. */
    public static String keyOf(AlertFacts alert, Grouping grouping) {
        if (grouping.eachAlertAlone()) {
            return alert.fingerprint();
        }
        String key = labelsOf(alert, grouping).entrySet().stream()
                .map(label -> label.getKey() + "=\"" + label.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
        return key.length() <= MAX_KEY ? key : "sha256:" + sha256(key);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The grouping labels' values of this alert (all its labels when each alert is alone). */
    public static Map<String, String> labelsOf(AlertFacts alert, Grouping grouping) {
        Map<String, String> labels = new TreeMap<>();
        for (Map.Entry<String, String> label : alert.labels().entrySet()) {
            if (grouping.eachAlertAlone() || grouping.groupBy().contains(label.getKey())) {
                labels.put(label.getKey(), label.getValue());
            }
        }
        return labels;
    }
}
