package tcps.ingestion.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import tcps.problems.control.FieldPath;
import tcps.problems.control.InvalidCommand;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.RequestBinding;
import tcps.problems.control.StrictScalars;
import tcps.problems.control.TextFaults;

/** An ingested event's fields, read with messages that name the event and the field at fault. */
public final class EventFields {

    private final int index;
    private final String type;
    private final JsonObject fields;
    private final Validator validator;

    public EventFields(int index, String type, JsonObject fields, Validator validator) {
        this.index = index;
        this.type = type;
        this.fields = fields;
        this.validator = validator;
    }

    /** The event bound to a component's command record and validated by its Bean Validation rules. */
    public <T> T as(Class<T> command) {
        T bound;
        try {
            bound = RequestBinding.JSONB.fromJson(fields.toString(), command);
        } catch (JsonbException e) {
            throw invalid(RequestBinding.describeFailure(e)
                    .map(detail -> detail.replaceFirst("\\.$", ""))
                    .orElse("fields do not fit " + command.getSimpleName()));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(bound);
        if (!violations.isEmpty()) {
            throw invalid(violations.stream()
                    .map(v -> FieldPath.of(v) + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", ")));
        }
        return bound;
    }

    public String type() {
        return type;
    }

    public String text(String name, int maxLength) {
        String value = optionalText(name, maxLength);
        if (value == null || value.isBlank()) {
            throw invalid(name + " is required");
        }
        return value;
    }

    public String optionalText(String name, int maxLength) {
        JsonValue value = fields.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw invalid(name + " must be a string");
        }
        if (text.getString().length() > maxLength) {
            throw invalid(name + " is longer than " + maxLength + " characters");
        }
        String fault = TextFaults.reasonOf(text.getString());
        if (fault != null) {
            throw invalid(name + " " + fault);
        }
        return text.getString();
    }

    public long id(String name) {
        OptionalLong id = StrictScalars.exact(fields.get(name));
        if (id.isEmpty() || id.getAsLong() < 1) {
            throw invalid(name + " must be a positive integer");
        }
        return id.getAsLong();
    }

    public Instant optionalInstant(String name) {
        String value = optionalText(name, 64);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be an ISO-8601 instant");
        }
    }

    /** A command's failure, naming this event: a state conflict stays a 409, an unknown reference is a 400. */
    public RuntimeException failed(RuntimeException failure) {
        String message = named(failure.getMessage());
        return failure instanceof InvalidStateTransition
                ? new InvalidStateTransition(message)
                : new InvalidCommand(message);
    }

    public InvalidCommand invalid(String problem) {
        return new InvalidCommand(named(problem + "."));
    }

    private String named(String message) {
        return "Event " + index + " (" + type + "): " + message;
    }
}
