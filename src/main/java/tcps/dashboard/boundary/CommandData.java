package tcps.dashboard.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.OptionalLong;
import tcps.andon.control.DetailsReader;
import tcps.andon.control.ResolveAndon;
import tcps.andon.control.TriggerAndon;
import tcps.problems.control.MisshapenJson;
import tcps.problems.control.StrictScalars;
import tcps.workorders.boundary.CreateWorkOrderRequest;

/**
 * Reads a command's {@code data} (snake_case) into the very request types the REST API takes, so both are validated
 * by the same constraints. Only the JSON types are checked here; values are left to Bean Validation.
 */
final class CommandData {

    private CommandData() {}

    static TriggerAndon triggerAndon(JsonObject data) {
        return new TriggerAndon(
                text(data, "failure_type"),
                text(data, "sku_id"),
                number(data, "work_order_id"),
                text(data, "stage"),
                details(data));
    }

    static ResolveAndon resolveAndon(JsonObject data) {
        return new ResolveAndon(
                text(data, "root_cause"),
                text(data, "fix_applied"),
                text(data, "prevention_added"),
                text(data, "resolver"));
    }

    static CreateWorkOrderRequest createWorkOrder(JsonObject data) {
        CreateWorkOrderRequest request = new CreateWorkOrderRequest();
        request.description = text(data, "description");
        request.priority = text(data, "priority");
        request.bucket = text(data, "bucket");
        request.skuId = text(data, "sku_id");
        return request;
    }

    /** A string field, {@code null} when absent or null. */
    static String text(JsonObject data, String field) {
        JsonValue value = data.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw MessageRefused.invalidField(field, "must be a string");
    }

    /** A whole-number field, {@code null} when absent or null. */
    static Long number(JsonObject data, String field) {
        JsonValue value = data.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        OptionalLong number = StrictScalars.exact(value);
        if (number.isPresent()) {
            return number.getAsLong();
        }
        throw MessageRefused.invalidField(field, "must be a whole number");
    }

    /** An object of strings, {@code null} when absent or null. */
    static Map<String, String> details(JsonObject data) {
        try {
            return DetailsReader.read(data.get("details"));
        } catch (MisshapenJson e) {
            throw MessageRefused.invalidField(e.field(), e.reason());
        }
    }
}
