package tcps.export.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats {@code /api/export/{format}} writes. */
public enum ExportFormat {
    JSON,
    CSV,
    PDF;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format by its label in any case, or empty for one that is none. */
    public static Optional<ExportFormat> of(String label) {
        return Arrays.stream(values())
                .filter(format -> format.label().equalsIgnoreCase(label == null ? "" : label.strip()))
                .findFirst();
    }

    /** "json, csv, pdf". */
    public static String labels() {
        return Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "));
    }
}
