package tcps.kanban.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.LineClient;
import tcps.PostgresDatabase;
import tcps.TcpsDeployment;

/** Kanban rules on the test buckets it-wip (limit 4) and it-queue (limit 1); see arquillian.xml. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KanbanIT {

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void wipLimitHoldsUnderTwentyConcurrentStarts() throws Exception {
        LineClient line = new LineClient(deployment);
        line.drain("it-wip");
        String sku = LineClient.uniqueSku();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            replies.add(pool.submit(() -> {
                go.await();
                return line.createReply("parallel " + n, "medium", "it-wip", sku);
            }));
        }
        go.countDown();
        for (Future<Http.Reply> reply : replies) {
            assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(201);
        }
        pool.shutdown();

        JsonObject wip = line.wip("it-wip");
        assertThat(wip.getInt("current")).isEqualTo(4);
        assertThat(wip.getInt("available")).isZero();
        assertThat(wip.getJsonNumber("utilization").doubleValue()).isEqualTo(1.0);
        assertThat(wip.getInt("queueDepth")).isEqualTo(16);
        assertThat(startedInDatabase(sku)).isEqualTo(4);
        // The health check's queue depth comes from the running counts; /api/kanban counts each queue
        long counted = line.http().get("api/kanban").jsonArray().getValuesAs(JsonObject.class).stream()
                .mapToLong(bucket -> bucket.getInt("queueDepth"))
                .sum();
        JsonObject health = line.http().get("api/health/components/kanban").json();
        assertThat(health.getJsonObject("details").getJsonNumber("queue_depth").longValue())
                .isEqualTo(counted)
                .isGreaterThanOrEqualTo(16);
        line.drain("it-wip");
    }

    @Test
    void aFreedSlotPullsHighestPriorityThenOldest() {
        LineClient line = new LineClient(deployment);
        line.drain("it-queue");
        String sku = LineClient.uniqueSku();
        long running = id(line.create("running", "low", "it-queue", sku));
        long lowOld = id(line.create("low, older", "low", "it-queue", sku));
        long high = id(line.create("high", "high", "it-queue", sku));
        long lowNew = id(line.create("low, newer", "low", "it-queue", sku));
        long critical = id(line.create("critical", "critical", "it-queue", sku));
        assertThat(line.workOrder(high).getString("status")).isEqualTo("QUEUED");

        List<Long> pulled = new ArrayList<>();
        long current = running;
        for (int i = 0; i < 4; i++) {
            line.commandOk(current, "cancel");
            current = inProgress(line, sku);
            pulled.add(current);
        }

        assertThat(pulled).containsExactly(critical, high, lowOld, lowNew);
        assertThat(line.wip("it-queue").getJsonObject("pullSignal").getInt("pulls"))
                .isGreaterThanOrEqualTo(4);
        line.drain("it-queue");
    }

    @Test
    void pausedIntakeQueuesWorkUntilResumed() {
        LineClient line = new LineClient(deployment);
        line.drain("it-queue");
        String sku = LineClient.uniqueSku();
        long first = id(line.create("first", "medium", "it-queue", sku));
        long waiting = id(line.create("waiting", "medium", "it-queue", sku));

        Http.Reply paused = line.http().post("api/kanban/intake/pause?bucket=it-queue", "application/json", "");
        assertThat(paused.status()).isEqualTo(200);
        line.commandOk(first, "cancel");
        assertThat(line.workOrder(waiting).getString("status")).isEqualTo("QUEUED");
        assertThat(line.wip("it-queue").getBoolean("intakePaused")).isTrue();
        assertThat(line.wip("it-queue").getInt("current")).isZero();

        line.http().post("api/kanban/intake/resume?bucket=it-queue", "application/json", "");

        assertThat(line.workOrder(waiting).getString("status")).isEqualTo("IN_PROGRESS");
        JsonObject signal = line.wip("it-queue").getJsonObject("pullSignal");
        assertThat(signal.getJsonNumber("lastLatencyMs").longValue()).isGreaterThanOrEqualTo(0);
        line.drain("it-queue");
    }

    @Test
    void theSweepPullsWaitingWorkThatNoEventPulled() throws Exception {
        LineClient line = new LineClient(deployment);
        line.drain("it-queue");
        String sku = LineClient.uniqueSku();
        long first = id(line.create("first", "medium", "it-queue", sku));
        long waiting = id(line.create("waiting", "medium", "it-queue", sku));
        line.http().post("api/kanban/intake/pause?bucket=it-queue", "application/json", "");
        line.commandOk(first, "cancel");

        // Un-pause behind the service's back: no resume event, so only the periodic sweep can pull.
        try (Connection db = PostgresDatabase.connect();
                PreparedStatement sql =
                        db.prepareStatement("UPDATE kanban_bucket SET intake_paused = FALSE WHERE name = 'it-queue'")) {
            assertThat(sql.executeUpdate()).isEqualTo(1);
        }

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (!"IN_PROGRESS".equals(line.workOrder(waiting).getString("status")) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(line.workOrder(waiting).getString("status")).isEqualTo("IN_PROGRESS");
        line.drain("it-queue");
    }

    @Test
    void aSlotFreedWithNothingQueuedIsTakenAtOnceRightAfterTheBucketWasFoundFull() {
        LineClient line = new LineClient(deployment);
        line.drain("it-queue");
        String sku = LineClient.uniqueSku();
        long running = id(line.create("running", "medium", "it-queue", sku));
        JsonObject queued = line.create("found the bucket full", "medium", "it-queue", sku);
        assertThat(queued.getString("status")).isEqualTo("QUEUED");

        line.commandOk(id(queued), "cancel");
        line.commandOk(running, "cancel"); // the slot is free and nothing waits for it

        JsonObject next = line.create("takes the free slot", "medium", "it-queue", sku);
        assertThat(next.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(line.wip("it-queue").getInt("current")).isEqualTo(1);
        line.drain("it-queue");
    }

    @Test
    void aBucketDroppedFromTheSettingKeepsItsRowButTakesNoNewWork() throws Exception {
        LineClient line = new LineClient(deployment);
        // A bucket an earlier configuration set up: in the database, not in tcps.kanban.buckets
        try (Connection db = PostgresDatabase.connect();
                PreparedStatement sql = db.prepareStatement("INSERT INTO kanban_bucket (name, wip_limit, wip,"
                        + " intake_paused, pulls, pull_latency_total_ms) VALUES ('it-dropped', 2, 0, FALSE, 0, 0)"
                        + " ON CONFLICT (name) DO NOTHING")) {
            sql.executeUpdate();
        }
        try {
            Http.Reply refused = line.createReply("x", "low", "it-dropped", LineClient.uniqueSku());

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().getString("detail"))
                    .isEqualTo("No Kanban bucket named 'it-dropped' takes new work.");
            assertThat(line.wip("it-dropped").getInt("limit")).isEqualTo(2);
        } finally {
            try (Connection db = PostgresDatabase.connect();
                    PreparedStatement sql =
                            db.prepareStatement("DELETE FROM kanban_bucket WHERE name = 'it-dropped'")) {
                sql.executeUpdate();
            }
        }
    }

    @Test
    void unknownBucketIsRefused() {
        LineClient line = new LineClient(deployment);

        Http.Reply reply = line.createReply("x", "low", "no-such-bucket", LineClient.uniqueSku());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("detail")).contains("no-such-bucket");
        assertThat(line.http().get("api/kanban/no-such-bucket").status()).isEqualTo(404);
    }

    private static long inProgress(LineClient line, String sku) {
        List<JsonObject> running = line.list("skuId=" + sku + "&status=IN_PROGRESS");
        assertThat(running).hasSize(1);
        return id(running.get(0));
    }

    private static long id(JsonObject workOrder) {
        return workOrder.getJsonNumber("id").longValue();
    }

    private static int startedInDatabase(String sku) throws SQLException {
        try (Connection db = PostgresDatabase.connect();
                PreparedStatement sql = db.prepareStatement("SELECT COUNT(*) FROM work_order WHERE sku_id = ?"
                        + " AND status IN ('IN_PROGRESS', 'BLOCKED')")) {
            sql.setString(1, sku);
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
