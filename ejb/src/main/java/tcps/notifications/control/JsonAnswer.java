package tcps.notifications.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/** Reads a service's 2xx answer that should be a JSON object. */
final class JsonAnswer {

    private JsonAnswer() {}

    /**
     * The answer as an object. Anything else is worth another try later: a ServiceNow instance that is waking from
     * hibernation, or a proxy in front of the service, answers 200 with an HTML page.
     */
    static JsonObject of(String body, String service) throws DeliveryFailure {
        if (body == null || body.isBlank()) {
            throw DeliveryFailure.transientFailure(service + " answered without a body");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw DeliveryFailure.transientFailure(service + " answered something other than a JSON object");
        }
    }
}
