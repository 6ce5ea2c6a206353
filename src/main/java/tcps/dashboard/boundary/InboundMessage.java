package tcps.dashboard.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tcps.problems.control.TextFaults;

/**
 * One command as a dashboard sends it: a JSON object with a {@code type}, an optional {@code request_id} echoed in
 * the reply, and the command's own fields (snake_case, as the dashboard protocol writes them).
 */
record InboundMessage(String type, JsonValue requestId, JsonObject body) {

    private static final int MAX_CHANNELS = 16;

    /** Parses a text message; refuses anything that is not a JSON object with a string {@code type}. */
    static InboundMessage parse(String text) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            // JsonException mostly; Parsson refuses nesting past its depth limit with a bare RuntimeException
            throw MessageRefused.malformed("The message is not valid JSON (or nests too deep).");
        } catch (StackOverflowError e) {
            // A parser without a depth limit recurses once per nesting level: tens of thousands fit in one message
            throw MessageRefused.malformed("The message nests too deep.");
        }
        if (!(value instanceof JsonObject body)) {
            throw MessageRefused.malformed("The message must be a JSON object with a 'type'.");
        }
        JsonValue requestId = body.get("request_id");
        Optional<TextFaults.Fault> fault = TextFaults.in(body);
        if (fault.isPresent()) {
            // Refused before acting, so a client that retries creates nothing twice; an id that is itself not text is
            // not echoed (the reply could not carry it).
            MessageRefused refused =
                    MessageRefused.invalidField(fault.get().field(), fault.get().reason());
            throw fault.get().field().startsWith("request_id") ? refused : withId(refused, requestId);
        }
        if (!(body.get("type") instanceof JsonString type) || type.getString().isBlank()) {
            throw withId(MessageRefused.invalidField("type", "must be a command name such as ping"), requestId);
        }
        return new InboundMessage(type.getString(), requestId, body);
    }

    /** The request id as sent (string or number), so a refusal after parsing can still carry it. */
    private static MessageRefused withId(MessageRefused refused, JsonValue requestId) {
        return requestId == null ? refused : new IdentifiedRefusal(refused, requestId);
    }

    /** The {@code data} object of a command that needs one. */
    JsonObject data() {
        JsonValue data = body.get("data");
        if (data == null || data == JsonValue.NULL) {
            throw MessageRefused.missing("The '" + type + "' command needs a 'data' object.");
        }
        if (!(data instanceof JsonObject object)) {
            throw MessageRefused.invalidField("data", "must be an object");
        }
        return object;
    }

    /** {@code data} when given, else an empty object (filters of the list commands). */
    JsonObject optionalData() {
        JsonValue data = body.get("data");
        return data == null || data == JsonValue.NULL ? JsonValue.EMPTY_JSON_OBJECT : data();
    }

    /** The channels of {@code subscribe}: a non-empty array of known channel names. */
    Set<String> channels(List<String> known) {
        if (!(body.get("channels") instanceof JsonArray array) || array.isEmpty()) {
            throw MessageRefused.invalidField("channels", "must be a non-empty array of channel names " + known);
        }
        if (array.size() > MAX_CHANNELS) {
            throw MessageRefused.invalidField("channels", "must name at most " + MAX_CHANNELS + " channels");
        }
        Set<String> channels = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (JsonValue channel : array) {
            if (channel instanceof JsonString name && known.contains(name.getString())) {
                channels.add(name.getString());
            } else {
                unknown.add(channel.toString());
            }
        }
        if (!unknown.isEmpty()) {
            throw MessageRefused.invalidField("channels", "unknown channel(s) " + unknown + "; known are " + known);
        }
        return channels;
    }

    /** The {@code andon_id} of {@code resolve_andon}: a positive number, given as a number or as digits. */
    long andonId() {
        JsonValue id = body.get("andon_id");
        if (id instanceof JsonNumber number
                && number.isIntegral()
                && number.bigIntegerValue().bitLength() < Long.SIZE
                && number.longValue() > 0) {
            return number.longValue();
        }
        if (id instanceof JsonString text && text.getString().matches("[0-9]{1,18}")) {
            long value = Long.parseLong(text.getString());
            if (value > 0) {
                return value;
            }
        }
        throw MessageRefused.invalidField("andon_id", "must be a positive number");
    }

    /** A refusal raised before the message was known, still carrying the request id it had. */
    static final class IdentifiedRefusal extends MessageRefused {

        private final transient JsonValue requestId;

        IdentifiedRefusal(MessageRefused refused, JsonValue requestId) {
            super(refused.problem());
            this.requestId = requestId;
        }

        JsonValue requestId() {
            return requestId;
        }
    }
}
