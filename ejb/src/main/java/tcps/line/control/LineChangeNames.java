package tcps.line.control;

import java.util.Locale;

/** The source and kind a change type is known by, worked out once per type from its package and its name. */
final class LineChangeNames {

    private static final ClassValue<String> SOURCES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            String[] segments = type.getPackageName().split("\\.");
            if (segments.length < 3 || !segments[0].equals("tcps")) {
                throw new IllegalStateException(type.getName() + " is not in a component (tcps.<component>.control)");
            }
            return segments[1];
        }
    };

    private static final ClassValue<String> KINDS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        }
    };

    private LineChangeNames() {}

    static String sourceOf(Class<?> type) {
        return SOURCES.get(type);
    }

    static String kindOf(Class<?> type) {
        return KINDS.get(type);
    }
}
