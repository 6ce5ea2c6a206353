package tcps.metrics.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tcps.Http;
import tcps.metrics.control.HealthScore;

/**
 * What each metrics category must say after {@link MetricsIT} fed the line: counts as deltas against the snapshot
 * taken first, windowed figures recomputed row by row from the database ({@code LineTruth}), component figures read
 * from the components' own reports.
 */
final class ExpectedFigures {

    private ExpectedFigures() {}

    static void production(JsonObject before, JsonObject after) throws Exception {
        assertThat(delta(before, after, "workOrdersTotal")).isEqualTo(7);
        assertThat(delta(before, after, "workOrdersCompleted")).isEqualTo(2);
        assertThat(delta(before, after, "workOrdersActive")).isEqualTo(4);
        assertThat(delta(before, after, "workOrdersQueued")).isEqualTo(1);

        Instant windowFrom = Instant.parse(after.getString("windowFrom"));
        List<Long> lead = LineTruth.completedTimes("created_at", windowFrom);
        List<Long> cycle = LineTruth.completedTimes("started_at", windowFrom);
        assertThat(after.getJsonNumber("windowCompleted").longValue()).isEqualTo(lead.size());
        assertThat(number(after, "leadTimeAvgMs")).isCloseTo(LineTruth.mean(lead), offset(1e-6));
        assertThat(number(after, "cycleTimeAvgMs")).isCloseTo(LineTruth.mean(cycle), offset(1e-6));
        within1Percent(after, "leadTimeP50Ms", LineTruth.percentile(lead, 50));
        within1Percent(after, "leadTimeP90Ms", LineTruth.percentile(lead, 90));
        within1Percent(after, "leadTimeP99Ms", LineTruth.percentile(lead, 99));
        within1Percent(after, "cycleTimeP50Ms", LineTruth.percentile(cycle, 50));
        within1Percent(after, "cycleTimeP95Ms", LineTruth.percentile(cycle, 95));

        Instant hourFrom = Instant.parse(after.getString("throughputSince"));
        long lastHour = LineTruth.completedTimes("created_at", hourFrom).size();
        assertThat(after.getJsonNumber("throughputPerHour").longValue()).isEqualTo(lastHour);
        assertThat(number(after, "throughputPerMinute")).isCloseTo(lastHour / 60.0, offset(1e-9));
    }

    static void kanban(JsonObject kanban, Http http) {
        assertThat(kanban.getJsonObject("wipByBucket").getInt(MetricsIT.BUCKET)).isEqualTo(4);
        assertThat(kanban.getJsonObject("limitByBucket").getInt(MetricsIT.BUCKET))
                .isEqualTo(4);
        assertThat(kanban.getJsonObject("availableByBucket").getInt(MetricsIT.BUCKET))
                .isZero();
        assertThat(kanban.getJsonObject("queueDepthByBucket").getInt(MetricsIT.BUCKET))
                .isEqualTo(1);
        assertThat(kanban.getJsonObject("utilizationByBucket")
                        .getJsonNumber(MetricsIT.BUCKET)
                        .doubleValue())
                .isEqualTo(1.0);
        List<JsonObject> buckets = http.get("api/kanban").jsonArray().getValuesAs(JsonObject.class);
        long current = buckets.stream().mapToLong(b -> b.getInt("current")).sum();
        long limit = buckets.stream().mapToLong(b -> b.getInt("limit")).sum();
        long queued = buckets.stream()
                .mapToLong(b -> b.getJsonNumber("queueDepth").longValue())
                .sum();
        assertThat(kanban.getJsonNumber("wipCurrent").longValue()).isEqualTo(current);
        assertThat(kanban.getJsonNumber("wipLimit").longValue()).isEqualTo(limit);
        assertThat(kanban.getJsonNumber("availableCapacity").longValue())
                .isEqualTo(
                        buckets.stream().mapToLong(b -> b.getInt("available")).sum());
        assertThat(kanban.getJsonNumber("queueDepth").longValue()).isEqualTo(queued);
        assertThat(number(kanban, "utilization")).isCloseTo((double) current / limit, offset(1e-12));
    }

    static void andon(JsonObject before, JsonObject after, List<Long> newestFirst, Http http) {
        assertThat(delta(before, after, "openTotal")).isEqualTo(2);
        assertThat(delta(before.getJsonObject("openBySeverity"), after.getJsonObject("openBySeverity"), "critical"))
                .isEqualTo(1);
        assertThat(delta(before.getJsonObject("openBySeverity"), after.getJsonObject("openBySeverity"), "warning"))
                .isEqualTo(1);
        assertThat(delta(before.getJsonObject("openBySeverity"), after.getJsonObject("openBySeverity"), "info"))
                .isZero();
        assertThat(delta(before, after, "openCritical")).isEqualTo(1);
        assertThat(delta(before, after, "escalations")).isEqualTo(1);
        assertThat(delta(before, after, "resolvedTotal")).isEqualTo(1);
        List<JsonObject> recent = after.getJsonArray("recent").getValuesAs(JsonObject.class);
        assertThat(recent).hasSizeLessThanOrEqualTo(10);
        assertThat(recent.subList(0, 3).stream().map(a -> a.getJsonNumber("id").longValue()))
                .containsExactlyElementsOf(newestFirst);
        assertThat(recent.get(0).getString("status")).isEqualTo("RESOLVED");
        assertThat(recent.get(1).getInt("escalationLevel")).isEqualTo(1);
        JsonObject summary = http.get("api/andon/summary").json();
        assertThat(number(after, "averageResolutionMs")).isEqualTo(number(summary, "averageResolutionMs"));
        assertThat(after.getJsonNumber("triggersPerHour").longValue())
                .isEqualTo(summary.getJsonNumber("triggersLastHour").longValue());
    }

    static void quality(JsonObject before, JsonObject after, Http http) {
        assertThat(delta(before, after, "gateResults")).isEqualTo(3);
        assertThat(delta(before, after, "testsRun")).isEqualTo(10);
        assertThat(delta(before, after, "deployments")).isEqualTo(2);
        JsonObject summary = http.get("api/quality/summary").json();
        Map<String, String> fields = Map.of(
                "defectRate", "defectRate",
                "firstPassYield", "firstPassYield",
                "testCoverage", "averageCoverage",
                "qualityGatePassRate", "qualityGatePassRate",
                "testPassRate", "testPassRate",
                "securityScanPassRate", "securityScanPassRate",
                "deploymentSuccessRate", "deploymentSuccessRate");
        fields.forEach((metric, report) ->
                assertThat(number(after, metric)).as(metric).isCloseTo(number(summary, report), offset(1e-12)));
    }

    static void tpm(JsonObject tpm, Instant maintained, Http http) {
        JsonObject status = http.get("api/tpm/status").json();
        assertThat(tpm.getString("lastMaintenanceAt")).isEqualTo(status.getString("lastMaintenanceAt"));
        assertThat(Instant.parse(tpm.getString("lastMaintenanceAt"))).isAfterOrEqualTo(maintained);
        assertThat(tpm.getJsonNumber("failures").longValue())
                .isEqualTo(status.getJsonNumber("failures").longValue());
        assertThat(number(tpm, "maintenanceCompliance")).isEqualTo(number(status, "maintenanceCompliance"));
        assertThat(number(tpm, "mttrSeconds")).isCloseTo(number(status, "mttrSeconds"), offset(1e-9));
        // uptime and MTBF move with the clock between the two reads
        assertThat(number(tpm, "uptime")).isCloseTo(number(status, "uptime"), offset(1e-3));
        assertThat(number(tpm, "uptimePercent")).isCloseTo(number(tpm, "uptime") * 100, offset(1e-9));
        assertThat(number(tpm, "mttrSeconds")).isGreaterThan(0);
    }

    static void kaizen(JsonObject before, JsonObject after, Http http) {
        assertThat(delta(before, after, "improvementsImplemented")).isEqualTo(2);
        assertThat(delta(before, after, "automatedImprovements")).isEqualTo(1);
        assertThat(delta(before, after, "proposalsImplemented")).isEqualTo(1);
        assertThat(delta(before, after, "proposalsTotal")).isEqualTo(1);
        JsonObject summary = http.get("api/kaizen/summary").json();
        assertThat(number(after, "automationCoverage")).isEqualTo(number(summary, "automationCoverage"));
        assertThat(number(after, "wasteReductionPercent"))
                .isCloseTo(number(summary, "averageWasteReduction") * 100, offset(1e-9));
        assertThat(after.getJsonArray("topWastePoints")).isEqualTo(summary.getJsonArray("topWastePoints"));
        // the lead time and throughput trends come from the same completions as production's figures
        assertThat(after.containsKey("leadTimeImprovementPercent")).isTrue();
        assertThat(after.containsKey("defectReductionPercent")).isTrue();
        assertThat(after.containsKey("throughputIncreasePercent")).isTrue();
    }

    static void flow(JsonObject all) throws Exception {
        JsonObject flow = all.getJsonObject("flow");
        JsonObject production = all.getJsonObject("production");
        assertThat(flow.getJsonNumber("activeWorkOrders").longValue())
                .isEqualTo(production.getJsonNumber("workOrdersActive").longValue());
        assertThat(flow.getJsonNumber("throughputPerHour").longValue())
                .isEqualTo(production.getJsonNumber("throughputPerHour").longValue());
        List<JsonObject> trend = flow.getJsonArray("throughputTrend").getValuesAs(JsonObject.class);
        assertThat(trend).hasSize(24);
        assertThat(trend.stream()
                        .mapToLong(p -> p.getJsonNumber("completed").longValue())
                        .sum())
                .isEqualTo(production.getJsonNumber("windowCompleted").longValue());
        assertThat(flow.getJsonArray("cycleTimeDistribution").getValuesAs(JsonObject.class).stream()
                        .mapToLong(b -> b.getJsonNumber("count").longValue())
                        .sum())
                .isEqualTo(production.getJsonNumber("windowCompleted").longValue());

        Map<String, long[]> dwell = LineTruth.stageDwell(Instant.parse(production.getString("windowFrom")));
        Map<String, Long> inStage = LineTruth.inStage();
        String longest = null;
        double longestAverage = -1;
        for (JsonObject stage : flow.getJsonArray("stages").getValuesAs(JsonObject.class)) {
            String name = stage.getString("stage");
            long[] truth = dwell.getOrDefault(name, new long[2]);
            assertThat(stage.getJsonNumber("visits").longValue()).as(name).isEqualTo(truth[0]);
            assertThat(stage.getJsonNumber("workOrders").longValue())
                    .as(name)
                    .isEqualTo(inStage.getOrDefault(name, 0L));
            if (truth[0] > 0) {
                double average = (double) truth[1] / truth[0];
                assertThat(number(stage, "averageDwellMs")).as(name).isCloseTo(average, offset(1e-6));
                if (average > longestAverage) {
                    longestAverage = average;
                    longest = name;
                }
            }
        }
        assertThat(flow.getString("bottleneckStage")).isEqualTo(longest);
    }

    static void overview(JsonObject all) {
        JsonObject overview = all.getJsonObject("overview");
        JsonObject production = all.getJsonObject("production");
        JsonObject andon = all.getJsonObject("andon");
        JsonObject quality = all.getJsonObject("quality");
        JsonObject tpm = all.getJsonObject("tpm");
        assertThat(overview.getJsonNumber("totalWorkOrders")).isEqualTo(production.getJsonNumber("workOrdersTotal"));
        assertThat(overview.getJsonNumber("activeWorkOrders")).isEqualTo(production.getJsonNumber("workOrdersActive"));
        assertThat(overview.getJsonNumber("openAndons")).isEqualTo(andon.getJsonNumber("openTotal"));
        assertThat(number(overview, "qualityGatePassRate")).isEqualTo(number(quality, "qualityGatePassRate"));
        assertThat(number(overview, "averageLeadTimeMs")).isEqualTo(number(production, "leadTimeAvgMs"));
        assertThat(overview.getJsonNumber("throughputPerHour"))
                .isEqualTo(production.getJsonNumber("throughputPerHour"));
        double score = HealthScore.of(
                andon.getJsonNumber("openCritical").longValue(),
                andon.getJsonObject("openBySeverity").getJsonNumber("warning").longValue(),
                number(quality, "qualityGatePassRate"),
                number(tpm, "uptime"),
                production.getJsonNumber("workOrdersActive").longValue(),
                all.getJsonObject("flow").getJsonNumber("blockedWorkOrders").longValue());
        assertThat(number(overview, "systemHealthScore")).isEqualTo(score);
        assertThat(overview.getString("status")).isEqualTo(HealthScore.status(score));
    }

    static void summary(Http http, JsonObject all) {
        JsonObject summary = http.get("api/metrics/summary").json();
        assertThat(summary.getJsonNumber("workOrdersTotal"))
                .isEqualTo(all.getJsonObject("production").getJsonNumber("workOrdersTotal"));
        assertThat(summary.getJsonNumber("wipCurrent"))
                .isEqualTo(all.getJsonObject("kanban").getJsonNumber("wipCurrent"));
        assertThat(summary.getString("bottleneckStage"))
                .isEqualTo(all.getJsonObject("flow").getString("bottleneckStage"));
        assertThat(number(summary, "systemHealthScore"))
                .isEqualTo(number(all.getJsonObject("overview"), "systemHealthScore"));
    }

    static JsonObject all(Http http) {
        Http.Reply reply = http.get("api/metrics/all");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    static long delta(JsonObject before, JsonObject after, String field) {
        return after.getJsonNumber(field).longValue()
                - before.getJsonNumber(field).longValue();
    }

    static Double number(JsonObject object, String field) {
        return object.isNull(field) ? null : ((JsonNumber) object.get(field)).doubleValue();
    }

    static void within1Percent(JsonObject production, String field, long exact) {
        assertThat(number(production, field)).as(field).isCloseTo((double) exact, within(exact * 0.01 + 1));
    }
}
