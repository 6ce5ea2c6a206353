import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Change → alert: one SSE client on the live stream; each trial triggers a critical Andon over REST, and measures from
 * the POST's acknowledgement (the change is committed) to the arrival at the client of the change's own event
 * (andon_triggered, the baseline) and of the alert it causes (alert_fired); then resolves the Andon and waits for
 * alert_resolved. Prints p50/p99 of both and of their difference. Args: base URL, trials, admin key.
 */
public class AlertBench {

    record Arrival(String type, String data, long at) {}

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final LinkedBlockingQueue<Arrival> EVENTS = new LinkedBlockingQueue<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int trials = Integer.parseInt(args[1]);
        String key = args[2];
        Thread reader = new Thread(() -> read(base + "api/stream"), "sse");
        reader.setDaemon(true);
        reader.start();
        await("connected", 30_000);
        List<Long> change = new ArrayList<>();
        List<Long> alert = new ArrayList<>();
        List<Long> extra = new ArrayList<>();
        for (int i = 0; i < trials + 10; i++) {
            EVENTS.clear();
            String answer = post(base + "api/andon", key,
                    "{\"failureType\":\"shacl_violation\",\"skuId\":\"SKU-ALERT-BENCH-" + i + "\"}");
            long acknowledged = System.nanoTime();
            long id = Long.parseLong(answer.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
            // The two may arrive in either order: the alert's commit can overtake the Andon's own announcement
            java.util.Map<String, Long> seen = awaitAll(java.util.Set.of("andon_triggered", "alert_fired"), 10_000);
            long triggered = seen.get("andon_triggered");
            long fired = seen.get("alert_fired");
            post(base + "api/andon/" + id + "/resolve", key,
                    "{\"rootCause\":\"bench\",\"fixApplied\":\"bench\",\"preventionAdded\":\"bench\",\"resolver\":\"bench\"}");
            await("alert_resolved", 10_000);
            if (i >= 10) { // the first ten warm the paths up
                change.add(triggered - acknowledged);
                alert.add(fired - acknowledged);
                extra.add(fired - triggered);
            }
        }
        System.out.printf("trials %d (after 10 warm-up)%n", trials);
        print("change's own event (andon_triggered)", change);
        print("alert_fired", alert);
        print("alert_fired after andon_triggered", extra);
        System.out.printf("p99 of alert_fired - p99 of the change's event: %.1f ms (target <= 50 ms)%n",
                (percentile(alert, 99) - percentile(change, 99)) / 1e6);
    }

    static void print(String label, List<Long> nanos) {
        System.out.printf("%-38s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms%n", label, percentile(nanos, 50) / 1e6,
                percentile(nanos, 99) / 1e6, Collections.max(nanos) / 1e6);
    }

    static double percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static java.util.Map<String, Long> awaitAll(java.util.Set<String> types, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        java.util.Map<String, Long> seen = new java.util.HashMap<>();
        while (seen.size() < types.size()) {
            Arrival next = EVENTS.poll(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new IllegalStateException("only " + seen.keySet() + " of " + types + " within " + timeoutMs + " ms");
            }
            if (types.contains(next.type())) {
                seen.putIfAbsent(next.type(), next.at());
            }
        }
        return seen;
    }

    static Arrival await(String type, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            Arrival next = EVENTS.poll(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw new IllegalStateException("no " + type + " within " + timeoutMs + " ms");
            }
            if (next.type().equals(type)) {
                return next;
            }
        }
    }

    static String post(String url, String key, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static void read(String url) {
        try {
            HttpResponse<java.io.InputStream> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofHours(1)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
            String type = "message";
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("event:")) {
                    type = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    EVENTS.add(new Arrival(type, line.substring(5), System.nanoTime()));
                } else if (line.isEmpty()) {
                    type = "message";
                }
            }
        } catch (Exception e) {
            e.printStackTrace();
        }
    }
}
