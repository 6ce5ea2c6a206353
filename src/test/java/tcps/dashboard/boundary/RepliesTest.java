package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcps.dashboard.control.LiveEvent;
import tcps.problems.boundary.Problem;
import tcps.problems.boundary.ProblemKind;

class RepliesTest {

    @Test
    void aReplyCarriesItsTypeTheEchoedRequestIdAndRawJsonMembers() {
        JsonObject reply = parse(Replies.reply(
                "andon_triggered", Json.createValue("r-1"), "result", "{\"success\":true,\"andon_id\":5}"));

        assertThat(reply.getString("type")).isEqualTo("andon_triggered");
        assertThat(reply.getString("request_id")).isEqualTo("r-1");
        assertThat(reply.getJsonObject("result").getInt("andon_id")).isEqualTo(5);
        assertThat(parse(Replies.reply("pong", null))).doesNotContainKey("request_id");
    }

    @Test
    void aLiveEventKeepsItsIdChannelAndPayload() {
        LiveEvent event = new LiveEvent(
                12,
                "work_order_update",
                LiveEvent.WORK_ORDER,
                Instant.EPOCH,
                () -> "{\"workOrderId\":3,\"change\":\"x\"}");

        JsonObject message = parse(Replies.event(event));

        assertThat(message.getString("type")).isEqualTo("work_order_update");
        assertThat(message.getJsonNumber("id").longValue()).isEqualTo(12);
        assertThat(message.getString("channel")).isEqualTo("work_order");
        assertThat(message.getJsonObject("data").getInt("workOrderId")).isEqualTo(3);
    }

    @Test
    void anErrorCarriesTheProblemWithFieldsNamedAsTheClientWroteThem() {
        Problem problem = new Problem(
                ProblemKind.VALIDATION_FAILED.type(),
                ProblemKind.VALIDATION_FAILED.title(),
                400,
                "2 field(s) failed validation.",
                "/ws",
                List.of(
                        new Problem.Violation("failureType", "must not be blank"),
                        new Problem.Violation("details[buildId].<map value>", "size must be at most 500")));

        JsonObject error = parse(Replies.error(problem, Json.createValue(9)));

        assertThat(error.getString("type")).isEqualTo("error");
        assertThat(error.getInt("request_id")).isEqualTo(9);
        JsonObject body = error.getJsonObject("error");
        assertThat(body.getString("type")).isEqualTo("urn:tcps:problem:validation-failed");
        assertThat(body.getInt("status")).isEqualTo(400);
        assertThat(body.getString("detail")).isEqualTo("2 field(s) failed validation.");
        assertThat(body.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("failure_type", "details[buildId].<map value>");
    }

    @Test
    void aPlainProblemLeavesOutWhatItDoesNotKnow() {
        JsonObject body = parse(Replies.error(Problem.plain(404, "No Andon event with id 9.", "/ws"), null))
                .getJsonObject("error");

        assertThat(body.getString("type")).isEqualTo("about:blank");
        assertThat(body.getString("title")).isEqualTo("Not Found");
        assertThat(body).doesNotContainKey("errors");
    }

    @Test
    void snakeCaseSplitsEveryHump() {
        assertThat(Replies.snakeCase("preventionAdded")).isEqualTo("prevention_added");
        assertThat(Replies.snakeCase("resolver")).isEqualTo("resolver");
        assertThat(Replies.snakeCase("workOrderId")).isEqualTo("work_order_id");
    }

    private static JsonObject parse(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
