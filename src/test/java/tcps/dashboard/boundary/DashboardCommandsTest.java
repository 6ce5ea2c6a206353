package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tcps.andon.control.AndonLine;
import tcps.andon.control.ResolveAndon;
import tcps.andon.entity.AndonEvent;
import tcps.metrics.control.MetricsReader;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.UnknownEntity;
import tcps.security.control.AuditTrail;
import tcps.security.control.Caller;
import tcps.security.control.RateLimits;
import tcps.security.control.SecuritySettings;
import tcps.security.entity.Role;

/** Dispatch and failure mapping, with the services replaced by stand-ins. */
class DashboardCommandsTest {

    private static final String RESOLUTION = "\"data\":{\"root_cause\":\"race\",\"fix_applied\":\"mutex\","
            + "\"prevention_added\":\"test\",\"resolver\":\"eng\"}";

    private DashboardCommands commands;
    private final List<String> audit = new ArrayList<>();
    private final AuditTrail audited = new AuditTrail() {
        @Override
        public void record(Caller caller, String action, String target, int status) {
            audit.add((caller == null ? "anonymous" : caller.name()) + " " + action + " " + target + " " + status);
        }
    };
    private Subscription subscription;

    @BeforeEach
    void setUp() {
        commands = new DashboardCommands();
        commands.validator = new AcceptingValidator();
        commands.security = new SecuritySettings();
        commands.limits = new RateLimits(3, 3);
        commands.audit = audited;
        subscription = new Subscription(null, new Caller("line operator", Role.OPERATOR, Caller.Via.KEY));
    }

    @Test
    void aCommandWithoutItsRoleIsRefusedAndTheNextOneStillAnswered() {
        subscription = new Subscription(null, new Caller("wallboard", Role.VIEWER, Caller.Via.KEY));

        JsonObject refused = handle("{\"type\":\"create_work_order\",\"request_id\":\"c1\",\"data\":{}}");
        JsonObject read = handle("{\"type\":\"ping\",\"request_id\":\"p2\"}");

        assertThat(refused.getString("type")).isEqualTo("error");
        assertThat(refused.getString("request_id")).isEqualTo("c1");
        assertThat(refused.getJsonObject("error").getInt("status")).isEqualTo(403);
        assertThat(refused.getJsonObject("error").getString("detail")).contains("operator role", "wallboard");
        assertThat(read.getString("type")).isEqualTo("pong");
    }

    @Test
    void writesPastTheCallersLimitAreRefusedWith429WhileReadsGoOn() {
        for (int i = 0; i < 3; i++) {
            handle("{\"type\":\"create_work_order\",\"data\":{}}");
        }

        JsonObject limited = handle("{\"type\":\"create_work_order\",\"request_id\":\"w4\",\"data\":{}}");

        assertThat(limited.getJsonObject("error").getInt("status")).isEqualTo(429);
        assertThat(audit).last().isEqualTo("line operator WS create_work_order 429");
        assertThat(limited.getJsonObject("error").getString("detail")).contains("3 writes a minute", "retry in");
        assertThat(handle("{\"type\":\"ping\"}").getString("type")).isEqualTo("pong");
    }

    @Test
    void anAnonymousConnectionIsAskedToAuthenticateForEveryCommand() {
        subscription = new Subscription(null, null);

        for (String type : DashboardCommands.TYPES) {
            JsonObject reply = handle("{\"type\":\"" + type + "\"}");

            assertThat(reply.getJsonObject("error").getInt("status")).as(type).isEqualTo(401);
        }
    }

    @Test
    void pingAnswersPongWithATimestampAndTheRequestId() {
        JsonObject reply = handle("{\"type\":\"ping\",\"request_id\":\"p1\"}");

        assertThat(reply.getString("type")).isEqualTo("pong");
        assertThat(reply.getString("request_id")).isEqualTo("p1");
        assertThat(reply.getString("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void subscribeAndUnsubscribeChangeTheSessionsChannels() {
        JsonObject subscribed = handle("{\"type\":\"subscribe\",\"channels\":[\"work_order\",\"andon\"]}");

        assertThat(subscribed.getString("type")).isEqualTo("subscribed");
        assertThat(subscribed.getJsonArray("channels").getValuesAs(JsonString::getString))
                .containsExactly("andon", "work_order");
        assertThat(subscription.wants("andon")).isTrue();
        assertThat(subscription.wants("health")).isFalse();

        JsonObject unsubscribed = handle("{\"type\":\"unsubscribe\",\"channels\":[\"andon\"]}");

        assertThat(unsubscribed.getJsonArray("channels").getValuesAs(JsonString::getString))
                .containsExactly("work_order");
        assertThat(subscription.wants("andon")).isFalse();
    }

    @Test
    void aRefusedSubscriptionLeavesTheChannelsAsTheyWere() {
        handle("{\"type\":\"subscribe\",\"channels\":[\"andon\"]}");

        JsonObject reply = handle("{\"type\":\"subscribe\",\"channels\":[\"work_order\",\"stock\"]}");

        assertThat(reply.getString("type")).isEqualTo("error");
        assertThat(subscription.wants("work_order")).isFalse();
        assertThat(subscription.wants("andon")).isTrue();
    }

    @Test
    void getMetricsAnswersWhatTheMetricsEndpointServes() {
        commands.metrics = new MetricsReader() {
            @Override
            public String category(String name) {
                return name.equals("all") ? "{\"overview\":{\"openAndons\":2}}" : "{}";
            }
        };

        JsonObject reply = handle("{\"type\":\"get_metrics\"}");

        assertThat(reply.getString("type")).isEqualTo("metrics");
        assertThat(reply.getJsonObject("data").getJsonObject("overview").getInt("openAndons"))
                .isEqualTo(2);
    }

    @Test
    void anUnknownTypeIsA400NamingIt() {
        JsonObject error = error(handle("{\"type\":\"launch\",\"request_id\":7}"));

        assertThat(error.getInt("status")).isEqualTo(400);
        assertThat(error.getString("detail")).contains("'launch'").contains("trigger_andon");
    }

    @Test
    void resolvingAnUnknownOrResolvedAndonAnswersAsRestDoes() {
        commands.andons = new AndonLine() {
            @Override
            public AndonEvent resolve(long id, ResolveAndon command) {
                if (id == 1) {
                    throw new UnknownEntity("Andon event", id);
                }
                throw new InvalidStateTransition("Andon event " + id + " is RESOLVED and cannot be resolved.");
            }
        };

        JsonObject unknown = error(handle("{\"type\":\"resolve_andon\",\"andon_id\":1," + RESOLUTION + "}"));
        JsonObject resolved = error(handle("{\"type\":\"resolve_andon\",\"andon_id\":2," + RESOLUTION + "}"));

        assertThat(unknown.getInt("status")).isEqualTo(404);
        assertThat(unknown.getString("detail")).isEqualTo("No Andon event with id 1.");
        assertThat(resolved.getInt("status")).isEqualTo(409);
        assertThat(resolved.getString("type")).isEqualTo("urn:tcps:problem:invalid-state-transition");
    }

    @Test
    void anUnexpectedFailureIsA500WithAReferenceAndNoInternals() {
        commands.metrics = new MetricsReader() {
            @Override
            public String category(String name) {
                throw new IllegalStateException("secret internals");
            }
        };

        JsonObject reply = handle("{\"type\":\"get_metrics\",\"request_id\":\"m\"}");

        assertThat(reply.getString("request_id")).isEqualTo("m");
        assertThat(error(reply).getInt("status")).isEqualTo(500);
        assertThat(error(reply).getString("detail")).contains("Reference: ").doesNotContain("secret");
    }

    private JsonObject handle(String text) {
        return Json.createReader(new StringReader(commands.handle(text, subscription)))
                .readObject();
    }

    private static JsonObject error(JsonObject reply) {
        assertThat(reply.getString("type")).isEqualTo("error");
        return reply.getJsonObject("error");
    }

    /** Finds nothing wrong: the constraints themselves are exercised by the integration test. */
    private static final class AcceptingValidator implements Validator {

        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String property, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(
                Class<T> type, String property, Object value, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExecutableValidator forExecutables() {
            throw new UnsupportedOperationException();
        }
    }
}
