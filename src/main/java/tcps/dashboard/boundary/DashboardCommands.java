package tcps.dashboard.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tcps.andon.boundary.AndonView;
import tcps.andon.control.AndonLine;
import tcps.andon.entity.AndonEvent;
import tcps.dashboard.control.LiveEvent;
import tcps.metrics.control.MetricsReader;
import tcps.problems.boundary.Problem;
import tcps.problems.control.InvalidCommand;
import tcps.rest.boundary.Page;
import tcps.security.boundary.AccessProblems;
import tcps.security.control.AuditTrail;
import tcps.security.control.RateLimits;
import tcps.security.control.SecuritySettings;
import tcps.security.entity.Role;
import tcps.workorders.boundary.CreateWorkOrderRequest;
import tcps.workorders.boundary.WorkOrderView;
import tcps.workorders.control.WorkOrderService;
import tcps.workorders.entity.WorkOrder;
import tcps.workorders.entity.WorkOrderStore;

/**
 * Answers the dashboard's WebSocket commands through the same services, request types, validation and views as the
 * REST API; any failure becomes an {@code error} reply carrying the problem REST would answer.
 */
@ApplicationScoped
public class DashboardCommands {

    static final List<String> CHANNELS = List.of(
            LiveEvent.ANDON,
            LiveEvent.WORK_ORDER,
            LiveEvent.HEALTH,
            LiveEvent.ALERTS,
            LiveEvent.METRICS,
            LiveEvent.HEARTBEAT);
    static final List<String> TYPES = List.of(
            "ping",
            "subscribe",
            "unsubscribe",
            "get_metrics",
            "trigger_andon",
            "create_work_order",
            "resolve_andon",
            "get_work_orders",
            "get_andons");
    /** What each command needs; reading needs a viewer, acting on the line an operator. */
    static final Map<String, Role> NEEDS = Map.of(
            "trigger_andon", Role.OPERATOR,
            "create_work_order", Role.OPERATOR,
            "resolve_andon", Role.OPERATOR);

    private static final String SUCCESS = "{\"success\":true}";

    @Inject
    AndonLine andons;

    @Inject
    WorkOrderService workOrderService;

    @Inject
    WorkOrderStore workOrders;

    @Inject
    MetricsReader metrics;

    @Inject
    Validator validator;

    @Inject
    SecuritySettings security;

    @Inject
    RateLimits limits;

    @Inject
    AuditTrail audit;

    private Jsonb jsonb;

    @PostConstruct
    void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    /** The one reply to a text message; never throws. */
    String handle(String text, Subscription subscription) {
        InboundMessage message = null;
        try {
            message = InboundMessage.parse(text);
            String reply = answer(message, subscription);
            audited(message, subscription, 200);
            return reply;
        } catch (RuntimeException failure) {
            Problem problem = CommandFailures.problemFor(failure);
            audited(message, subscription, problem.status());
            return Replies.error(problem, CommandFailures.requestIdOf(message, failure));
        }
    }

    /** The line's writes over the WebSocket go into the audit beside REST's, as action WS. */
    private void audited(InboundMessage message, Subscription subscription, int status) {
        if (message != null && NEEDS.containsKey(message.type())) {
            audit.record(subscription.caller(), "WS", message.type(), status);
        }
    }

    private String answer(InboundMessage message, Subscription subscription) {
        JsonValue id = message.requestId();
        Problem refused = AccessProblems.check(
                subscription.caller(),
                NEEDS.getOrDefault(message.type(), Role.VIEWER),
                security,
                MessageRefused.INSTANCE);
        if (refused == null && NEEDS.containsKey(message.type()) && subscription.caller() != null) {
            refused = limits.write(subscription.caller())
                    .map(wait -> AccessProblems.tooManyWrites(
                            subscription.caller(), limits.writesPerMinute(), wait, MessageRefused.INSTANCE))
                    .orElse(null);
        }
        if (refused != null) {
            throw new MessageRefused(refused);
        }
        return switch (message.type()) {
            case "ping" -> Replies.reply(
                    "pong", id, "timestamp", Replies.quote(Instant.now().toString()));
            case "subscribe" -> {
                subscription.subscribe(message.channels(CHANNELS));
                yield Replies.reply("subscribed", id, "channels", channels(subscription));
            }
            case "unsubscribe" -> {
                subscription.unsubscribe(message.channels(CHANNELS));
                yield Replies.reply("unsubscribed", id, "channels", channels(subscription));
            }
            case "get_metrics" -> Replies.reply("metrics", id, "data", metrics.category("all"));
            case "trigger_andon" -> {
                AndonEvent andon = andons.trigger(valid(CommandData.triggerAndon(message.data())));
                yield Replies.reply(
                        "andon_triggered", id, "result", success("andon_id", andon.getId()), "data", andonJson(andon));
            }
            case "resolve_andon" -> {
                long andonId = message.andonId();
                AndonEvent andon = andons.resolve(andonId, valid(CommandData.resolveAndon(message.data())));
                yield Replies.reply("andon_resolved", id, "result", SUCCESS, "data", andonJson(andon));
            }
            case "create_work_order" -> {
                CreateWorkOrderRequest request = valid(CommandData.createWorkOrder(message.data()));
                WorkOrder created = workOrderService.create(request.toCommand());
                yield Replies.reply(
                        "work_order_created",
                        id,
                        "result",
                        success("work_order_id", created.getId()),
                        "data",
                        jsonb.toJson(WorkOrderView.detailed(created)));
            }
            case "get_work_orders" -> {
                ListFilters page = ListFilters.page(message.optionalData());
                var found =
                        workOrders.list(ListFilters.workOrders(message.optionalData()), page.offset(), page.limit());
                yield page("work_orders", id, Page.of(found, WorkOrderView::summary, page.offset(), page.limit()));
            }
            case "get_andons" -> {
                ListFilters page = ListFilters.page(message.optionalData());
                Instant now = Instant.now();
                var found = andons.list(ListFilters.andons(message.optionalData()), page.offset(), page.limit());
                yield page("andons", id, Page.of(found, a -> AndonView.of(a, now), page.offset(), page.limit()));
            }
            default -> throw new InvalidCommand(
                    "Unknown message type '" + message.type() + "'; known are " + TYPES + ".");
        };
    }

    /** A list reply: the page's items as {@code data}, beside {@code total}, {@code offset} and {@code limit}. */
    private String page(String type, JsonValue id, Page<?> page) {
        return Replies.reply(
                type,
                id,
                "data",
                jsonb.toJson(page.items()),
                "total",
                Long.toString(page.total()),
                "offset",
                Integer.toString(page.offset()),
                "limit",
                Integer.toString(page.limit()));
    }

    private String andonJson(AndonEvent andon) {
        return jsonb.toJson(AndonView.of(andon, Instant.now()));
    }

    private static String success(String idName, long id) {
        return Json.createObjectBuilder()
                .add("success", true)
                .add(idName, id)
                .build()
                .toString();
    }

    private static String channels(Subscription subscription) {
        return Json.createArrayBuilder(subscription.channels(CHANNELS)).build().toString();
    }

    private <T> T valid(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw MessageRefused.violations(violations);
        }
        return command;
    }
}
