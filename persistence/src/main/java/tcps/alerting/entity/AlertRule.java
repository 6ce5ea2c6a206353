package tcps.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** An alert rule as stored: its definition, whether it ships with the product, and a version for each change. */
@Entity
@Table(name = "alert_rule")
public class AlertRule {

    @Id
    private String id;

    private String name;
    private String component;
    private String severity;
    private String metric;
    private String operator;
    private Double threshold;

    @Convert(converter = MatchersConverter.class)
    private List<LabelMatcher> matchers;

    private String expression;

    @Column(name = "group_by")
    private String groupBy;

    @Column(name = "for_seconds")
    private long forSeconds;

    @Column(name = "cooldown_seconds")
    private long cooldownSeconds;

    @Convert(converter = LabelsConverter.class)
    private Map<String, String> labels;

    @Convert(converter = LabelsConverter.class)
    private Map<String, String> annotations;

    private String remediation;

    @Column(name = "events_metric")
    private String eventsMetric;

    @Column(name = "minimum_events")
    private Integer minimumEvents;

    private boolean enabled;
    private boolean builtin;

    @Version
    private int version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AlertRule() {}

    public AlertRule(String id, RuleDefinition definition, boolean builtin, Instant at) {
        this.id = id;
        this.builtin = builtin;
        this.createdAt = at;
        define(definition, at);
    }

    public void define(RuleDefinition d, Instant at) {
        name = d.name();
        component = d.component();
        severity = d.severity();
        metric = d.metric();
        operator = d.operator();
        threshold = d.threshold();
        matchers = d.matchers();
        expression = d.expression();
        groupBy = String.join(",", d.groupBy());
        forSeconds = d.forSeconds();
        cooldownSeconds = d.cooldownSeconds();
        labels = d.labels();
        annotations = d.annotations();
        remediation = d.remediation();
        eventsMetric = d.eventsMetric();
        minimumEvents = d.minimumEvents();
        enabled = d.enabled();
        updatedAt = at;
    }

    public RuleDefinition definition() {
        return new RuleDefinition(
                name,
                component,
                severity,
                metric,
                operator,
                threshold,
                List.copyOf(matchers),
                expression,
                groupBy.isEmpty() ? List.of() : Arrays.asList(groupBy.split(",")),
                forSeconds,
                cooldownSeconds,
                Map.copyOf(labels),
                Map.copyOf(annotations),
                remediation,
                eventsMetric,
                minimumEvents,
                enabled);
    }

    public String getId() {
        return id;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
