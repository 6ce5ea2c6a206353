package tcps.problems.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How request bodies are bound (one JSON-B for REST bodies and ingested events), and what a client reads when one
 * does not bind: the field at fault and why, where that is known.
 */
public final class RequestBinding {

    /** Strict numbers, booleans and strings ({@link StrictScalars}); otherwise JSON-B's defaults, so answers read as before. */
    public static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(
                    new StrictScalars.Ints(),
                    new StrictScalars.Longs(),
                    new StrictScalars.Doubles(),
                    new StrictScalars.Booleans(),
                    new StrictScalars.Strings(),
                    new StrictScalars.Instants()));

    // Yasson, the JSON-B of Payara and WildFly, names each property it was reading when a value did not fit
    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");

    private RequestBinding() {}

    /** "workOrderId must be a whole number ...", or empty when the failure names no field. */
    public static Optional<String> describeFailure(Throwable failure) {
        String property = propertyPath(failure);
        Optional<MisshapenJson> misshapen = MisshapenJson.within(failure);
        if (misshapen.isPresent()) {
            String field = misshapen.get().field() != null ? misshapen.get().field() : property;
            return Optional.of(
                    (field == null ? "A value" : field) + " " + misshapen.get().reason() + ".");
        }
        if (property == null) {
            return Optional.empty();
        }
        String hint = causes(failure).stream().anyMatch(DateTimeParseException.class::isInstance)
                ? " (an ISO-8601 time such as 2026-01-31T12:00:00Z)"
                : "";
        return Optional.of(property + " has the wrong type or format" + hint + ".");
    }

    // Nested objects give nested messages: 'gate', then 'details' inside it, read as gate.details
    private static String propertyPath(Throwable failure) {
        List<String> names = new ArrayList<>();
        for (Throwable cause : causes(failure)) {
            Matcher matcher = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (matcher.lookingAt()) {
                names.add(matcher.group(1));
            }
        }
        return names.isEmpty() ? null : String.join(".", names);
    }

    static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && chain.size() < 20; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
