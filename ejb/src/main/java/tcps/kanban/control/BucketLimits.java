package tcps.kanban.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code tcps.kanban.buckets}: "reliability:5,security:3" — bucket names with their WIP limits, in order. */
public final class BucketLimits {

    private BucketLimits() {}

    public static Map<String, Integer> parse(String text) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.trim().split(":");
            if (parts.length != 2 || !parts[0].trim().matches("[a-z0-9_-]+")) {
                throw new IllegalArgumentException("Bucket entry '" + entry.trim() + "' is not name:limit");
            }
            int limit = Integer.parseInt(parts[1].trim());
            if (limit < 1) {
                throw new IllegalArgumentException("Bucket " + parts[0].trim() + " needs a WIP limit of at least 1");
            }
            limits.put(parts[0].trim(), limit);
        }
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("At least one Kanban bucket must be configured");
        }
        return Collections.unmodifiableMap(limits);
    }
}
