package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcps.problems.boundary.Problem;

class InboundMessageTest {

    private static final List<String> KNOWN = List.of("andon", "work_order", "health");

    @Test
    void readsTheTypeAndEchoesTheRequestIdAsSent() {
        InboundMessage message = InboundMessage.parse("{\"type\":\"ping\",\"request_id\":42}");

        assertThat(message.type()).isEqualTo("ping");
        assertThat(message.requestId()).isEqualTo(Json.createValue(42));
    }

    @Test
    void refusesTextThatIsNotJsonAsMalformed() {
        Problem problem = refusal(() -> InboundMessage.parse("{\"type\":"));

        assertThat(problem.type()).isEqualTo("urn:tcps:problem:malformed-json");
        assertThat(problem.status()).isEqualTo(400);
    }

    @Test
    void refusesNestingDeeperThanAParserTakesAsMalformed() {
        String deep = "{\"type\":\"ping\",\"x\":" + "[".repeat(60_000) + "]".repeat(60_000) + "}";

        assertThat(refusal(() -> InboundMessage.parse(deep)).type()).isEqualTo("urn:tcps:problem:malformed-json");
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        assertThat(refusal(() -> InboundMessage.parse("[\"ping\"]")).detail()).contains("JSON object");
        assertThat(refusal(() -> InboundMessage.parse("\"ping\"")).type()).isEqualTo("urn:tcps:problem:malformed-json");
    }

    @Test
    void refusesAMissingOrNonStringTypeNamingTheFieldAndKeepingTheRequestId() {
        for (String text : List.of("{\"request_id\":\"r1\"}", "{\"type\":3,\"request_id\":\"r1\"}")) {
            MessageRefused refused = catchThrowableOfType(MessageRefused.class, () -> InboundMessage.parse(text));

            assertThat(refused.problem().errors())
                    .extracting(Problem.Violation::field)
                    .containsExactly("type");
            assertThat(((InboundMessage.IdentifiedRefusal) refused).requestId()).isEqualTo(Json.createValue("r1"));
        }
    }

    @Test
    void channelsMustBeANonEmptyArrayOfKnownNames() {
        assertThat(parse("{\"type\":\"subscribe\",\"channels\":[\"work_order\",\"andon\",\"andon\"]}")
                        .channels(KNOWN))
                .containsExactly("work_order", "andon");
        for (String channels : List.of("[]", "\"andon\"", "[\"andon\",\"stock\"]", "[1]")) {
            Problem problem = refusal(() -> parse("{\"type\":\"subscribe\",\"channels\":" + channels + "}")
                    .channels(KNOWN));

            assertThat(problem.errors()).extracting(Problem.Violation::field).containsExactly("channels");
        }
    }

    @Test
    void unknownChannelsAreNamedInTheRefusal() {
        Problem problem = refusal(() -> parse("{\"type\":\"subscribe\",\"channels\":[\"andon\",\"stock\"]}")
                .channels(KNOWN));

        assertThat(problem.errors().get(0).message()).contains("\"stock\"").contains("andon, work_order, health");
    }

    @Test
    void andonIdIsAPositiveNumberGivenAsNumberOrDigits() {
        assertThat(parse("{\"type\":\"resolve_andon\",\"andon_id\":17}").andonId())
                .isEqualTo(17);
        assertThat(parse("{\"type\":\"resolve_andon\",\"andon_id\":\"18\"}").andonId())
                .isEqualTo(18);
        for (String id : List.of("0", "-3", "1.5", "\"ANDON-1\"", "null", "99999999999999999999", "\"0\"")) {
            Problem problem = refusal(() -> parse("{\"type\":\"resolve_andon\",\"andon_id\":" + id + "}")
                    .andonId());

            assertThat(problem.errors()).extracting(Problem.Violation::field).containsExactly("andon_id");
        }
        assertThat(refusal(() -> parse("{\"type\":\"resolve_andon\"}").andonId())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void dataIsRequiredWhereACommandNeedsItAndMustBeAnObject() {
        assertThat(refusal(() -> parse("{\"type\":\"trigger_andon\"}").data()).type())
                .isEqualTo("urn:tcps:problem:missing-body");
        assertThat(refusal(() -> parse("{\"type\":\"trigger_andon\",\"data\":[]}")
                                .data())
                        .errors())
                .extracting(Problem.Violation::field)
                .containsExactly("data");
        assertThat(parse("{\"type\":\"get_andons\"}").optionalData()).isEmpty();
    }

    private static InboundMessage parse(String text) {
        return InboundMessage.parse(text);
    }

    static Problem refusal(Runnable action) {
        MessageRefused refused = catchThrowableOfType(MessageRefused.class, action::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.problem();
    }
}
