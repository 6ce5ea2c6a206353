package tcps.notifications.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The few nodes of the Atlassian Document Format that Jira's rich text fields (an issue's description, a comment)
 * need here: a {@code doc} of version 1 holding paragraphs and bullet lists, text with the strong and link marks.
 * ADF refuses an empty text node, so empty text is written as one space.
 */
final class Adf {

    private Adf() {}

    static JsonObject doc(List<JsonObject> blocks) {
        return Json.createObjectBuilder()
                .add("type", "doc")
                .add("version", 1)
                .add("content", array(blocks))
                .build();
    }

    static JsonObject doc(String text) {
        return doc(List.of(paragraph(List.of(text(text)))));
    }

    static JsonObject paragraph(List<JsonObject> inline) {
        return node("paragraph", inline);
    }

    /** One list item a paragraph of the given inline nodes. */
    static JsonObject bulletList(List<List<JsonObject>> items) {
        return node(
                "bulletList",
                items.stream()
                        .map(item -> node("listItem", List.of(paragraph(item))))
                        .toList());
    }

    static JsonObject text(String text) {
        return textNode(text).build();
    }

    static JsonObject strong(String text) {
        return textNode(text)
                .add(
                        "marks",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "strong")))
                .build();
    }

    static JsonObject link(String text, String href) {
        return textNode(text)
                .add(
                        "marks",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "link")
                                        .add("attrs", Json.createObjectBuilder().add("href", href))))
                .build();
    }

    private static JsonObjectBuilder textNode(String text) {
        return Json.createObjectBuilder().add("type", "text").add("text", text == null || text.isEmpty() ? " " : text);
    }

    private static JsonObject node(String type, List<JsonObject> content) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("content", array(content))
                .build();
    }

    private static JsonArrayBuilder array(List<JsonObject> nodes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        nodes.forEach(array::add);
        return array;
    }
}
