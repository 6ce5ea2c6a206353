package tcps.andon.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import tcps.andon.entity.Severity;

/**
 * Which failure types are critical and which are warnings; every other type is informational. Types compare without
 * regard to case or surrounding blanks. A type listed under both is critical: when in doubt, stop the line.
 */
public final class SeverityMapping {

    private final Set<String> critical;
    private final Set<String> warning;

    private SeverityMapping(Set<String> critical, Set<String> warning) {
        this.critical = critical;
        this.warning = warning;
    }

    /** From comma-separated lists, as they stand in the configuration; null or blank lists are empty. */
    public static SeverityMapping of(String criticalTypes, String warningTypes) {
        return new SeverityMapping(parse(criticalTypes), parse(warningTypes));
    }

    public Severity severityOf(String failureType) {
        String type = normalize(failureType);
        if (critical.contains(type)) {
            return Severity.CRITICAL;
        }
        if (warning.contains(type)) {
            return Severity.WARNING;
        }
        return Severity.INFO;
    }

    /** The form failure types are stored and compared in: trimmed, lower case. */
    public static String normalize(String failureType) {
        return failureType == null ? "" : failureType.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> parse(String types) {
        if (types == null) {
            return Set.of();
        }
        return Arrays.stream(types.split(","))
                .map(SeverityMapping::normalize)
                .filter(type -> !type.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
