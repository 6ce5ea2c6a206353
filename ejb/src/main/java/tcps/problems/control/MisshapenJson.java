package tcps.problems.control;

import jakarta.json.bind.JsonbException;
import java.util.Optional;

/**
 * Valid JSON of the wrong shape for one field, with a reason fit for the client (answered as malformed JSON). The
 * field is null when the reader does not know its name (JSON-B names the property around it, see
 * {@link RequestBinding}).
 */
public class MisshapenJson extends JsonbException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public MisshapenJson(String field, String reason) {
        super((field == null ? "The value" : field) + " " + reason + ".");
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    /** The one among {@code failure} and its causes, if any: JSON-B wraps what a deserializer throws. */
    public static Optional<MisshapenJson> within(Throwable failure) {
        return RequestBinding.causes(failure).stream()
                .filter(MisshapenJson.class::isInstance)
                .map(MisshapenJson.class::cast)
                .findFirst();
    }
}
