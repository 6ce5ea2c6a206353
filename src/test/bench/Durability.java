import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writing half of durability.sh: WRITERS threads send mixed writes (work orders created and advanced, Andons
 * triggered and resolved, single and batched events, Kaizen proposals, custom metrics) until the server is killed,
 * and keep every id the server acknowledged (2xx). After the restart, {@code verify} finds each in the database.
 * Usage: java -cp target/postgresql.jar Durability.java write URL KEY WRITERS IDS-FILE
 *        java -cp target/postgresql.jar Durability.java verify JDBC-URL IDS-FILE
 */
public class Durability {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    // A resource answers its own id; an ingested work-order event answers the work order's as workOrderId
    private static final Pattern ID = Pattern.compile("\"(?:id|workOrderId)\":(\\d+)");
    private static final Map<String, Integer> REFUSED = new ConcurrentHashMap<>();
    private static final Map<String, String> TABLES = Map.of(
            "work_order", "work_order", "andon", "andon_event", "event", "work_order", "kaizen", "kaizen_proposal");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("write")) {
            write(URI.create(args[1]), args[2], Integer.parseInt(args[3]), java.nio.file.Path.of(args[4]));
        } else {
            verify(args[1], java.nio.file.Path.of(args[2]));
        }
    }

    static void write(URI base, String key, int writers, java.nio.file.Path idsFile) throws Exception {
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean serverGone = new AtomicBoolean();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread thread = new Thread(() -> {
                List<Long> open = new ArrayList<>();
                while (!serverGone.get()) {
                    try {
                        writeOne(base, key, acknowledged, open);
                    } catch (java.io.IOException gone) {
                        serverGone.set(true); // killed: every write still unanswered is not acknowledged
                    } catch (Exception e) {
                        failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        java.nio.file.Files.write(idsFile, List.copyOf(acknowledged));
        Map<String, Integer> byKind = new TreeMap<>();
        acknowledged.forEach(line -> byKind.merge(line.split(" ")[0], 1, Integer::sum));
        System.out.println("acknowledged before the kill: " + acknowledged.size() + " " + byKind
                + (REFUSED.isEmpty() ? "" : ", answered otherwise " + REFUSED)
                + (failures.isEmpty() ? "" : ", other failures " + failures));
    }

    private static void writeOne(URI base, String key, ConcurrentLinkedQueue<String> acknowledged, List<Long> open)
            throws Exception {
        int kind = ThreadLocalRandom.current().nextInt(6);
        String sku = "DUR-" + System.nanoTime();
        switch (kind) {
            case 0 -> post(base, key, "api/work-orders", "{\"description\":\"durability\",\"priority\":\"low\","
                    + "\"bucket\":\"reliability\",\"skuId\":\"" + sku + "\"}", "work_order", acknowledged);
            case 1 -> {
                Long andon = post(base, key, "api/andon",
                        "{\"failureType\":\"test_failure\",\"skuId\":\"" + sku + "\"}", "andon", acknowledged);
                if (andon != null) {
                    open.add(andon);
                }
            }
            case 2 -> {
                if (!open.isEmpty()) {
                    long andon = open.remove(open.size() - 1);
                    post(base, key, "api/andon/" + andon + "/resolve", "{\"rootCause\":\"r\",\"fixApplied\":\"f\","
                            + "\"preventionAdded\":\"p\",\"resolver\":\"durability\"}", null, acknowledged);
                }
            }
            case 3 -> post(base, key, "api/events", "{\"type\":\"work_order.create\",\"description\":\"event\","
                    + "\"priority\":\"low\",\"bucket\":\"cost\",\"skuId\":\"" + sku + "\"}", "event", acknowledged);
            case 4 -> post(base, key, "api/kaizen/proposals", "{\"title\":\"t\",\"wasteType\":\"waiting\","
                    + "\"description\":\"" + sku + "\"}", "kaizen", acknowledged);
            default -> post(base, key, "api/metrics/custom", "{\"name\":\"durability_writes\",\"type\":\"counter\","
                    + "\"value\":1}", null, acknowledged);
        }
    }

    /** POSTs; on a 2xx with an id, keeps "kind id" as acknowledged. Answers the id. */
    private static Long post(URI base, String key, String path, String body, String kind,
            ConcurrentLinkedQueue<String> acknowledged) throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() / 100 != 2) {
            REFUSED.merge(path.replaceAll("[0-9]+", "{id}") + " " + reply.statusCode(), 1, Integer::sum);
            return null;
        }
        if (kind == null) {
            return null;
        }
        Matcher id = ID.matcher(reply.body());
        if (!id.find()) {
            return null;
        }
        acknowledged.add(kind + " " + id.group(1));
        return Long.parseLong(id.group(1));
    }

    static void verify(String jdbcUrl, java.nio.file.Path idsFile) throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(idsFile);
        Map<String, Integer> lost = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            for (String line : lines) {
                String[] parts = line.split(" ");
                try (PreparedStatement query =
                        db.prepareStatement("SELECT 1 FROM " + TABLES.get(parts[0]) + " WHERE id = ?")) {
                    query.setLong(1, Long.parseLong(parts[1]));
                    try (ResultSet row = query.executeQuery()) {
                        if (!row.next()) {
                            lost.merge(parts[0], 1, Integer::sum);
                        }
                    }
                }
            }
        }
        System.out.println("acknowledged ids checked after the restart: " + lines.size() + ", lost: "
                + (lost.isEmpty() ? "0" : lost));
        if (!lost.isEmpty()) {
            System.exit(1);
        }
    }

    static Set<String> kinds() {
        return TABLES.keySet();
    }
}
