package tcps.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.notifications.boundary.Deliveries.about;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tcps.OwnServer;
import tcps.PostgresDatabase;
import tcps.notifications.control.Receiver;

/**
 * Two instances sharing one PostgreSQL database, both sending the shared outbox while the receiver is slow enough for
 * their rounds to overlap: every alert is notified once, and both instances took part.
 */
class NotificationClusterIT {

    private static final String DATABASE = "tcps_it_notify_cluster";
    private static final int ALERTS_EACH = 30;

    private final List<OwnServer> servers = new ArrayList<>();
    private Receiver receiver;

    @AfterEach
    void stop() throws Exception {
        for (OwnServer server : servers) {
            server.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void twoInstancesSendEveryNotificationOnce() throws Exception {
        try (Connection db = PostgresDatabase.connect();
                Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        receiver = new Receiver(0).answer(new Receiver.Answer(200, "ok", Map.of(), 50));
        List<String> settings = List.of(
                "-Dtcps.notifications.channels=webhook",
                "-Dtcps.notifications.webhook.url=" + receiver.url("/hook"),
                "-Dtcps.notifications.webhook.group-by=...",
                "-Dtcps.alerting.check-interval-ms=1000");
        OwnServer first = OwnServer.startOnPostgres("notify-cluster-a", DATABASE, settings, null);
        servers.add(first);
        servers.add(OwnServer.startOnPostgres("notify-cluster-b", DATABASE, settings, first));

        List<CompletableFuture<List<String>>> raised = new ArrayList<>();
        for (OwnServer server : servers) {
            Deliveries deliveries = new Deliveries(server.admin(), receiver);
            raised.add(CompletableFuture.supplyAsync(() -> {
                List<String> fingerprints = new ArrayList<>();
                for (int i = 0; i < ALERTS_EACH; i++) {
                    fingerprints.add(deliveries
                            .raise("cluster-" + server.port, "warning", "it", "c" + i)
                            .getString("fingerprint"));
                }
                return fingerprints;
            }));
        }
        Set<String> fingerprints =
                raised.stream().flatMap(f -> f.join().stream()).collect(Collectors.toSet());
        assertThat(fingerprints).hasSize(2 * ALERTS_EACH);

        Deliveries.await(() -> notified(fingerprints).size(), n -> n == fingerprints.size(), "every alert notified");
        Thread.sleep(3000);
        List<Receiver.Request> requests = receiver.requests();
        for (String fingerprint : fingerprints) {
            assertThat(requests.stream().filter(r -> about(r, fingerprint)))
                    .as("alert %s notified once", fingerprint)
                    .hasSize(1);
        }
        try (Connection db = java.sql.DriverManager.getConnection(
                        PostgresDatabase.URL.replace("/test", "/" + DATABASE), PostgresDatabase.USER, "");
                ResultSet senders = db.createStatement()
                        .executeQuery("SELECT COUNT(DISTINCT claimed_by) FROM notification_delivery")) {
            senders.next();
            assertThat(senders.getInt(1)).as("both instances sent").isEqualTo(2);
        }
    }

    private Set<String> notified(Set<String> fingerprints) {
        return receiver.requests().stream()
                .flatMap(r -> fingerprints.stream().filter(f -> about(r, f)))
                .collect(Collectors.toSet());
    }
}
