import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * SSE fan-out benchmark: N clients on /api/stream, Andons triggered over REST one after the other; for each, the time
 * from the POST's acknowledgement (the Andon committed) to its arrival at every client. Then the server heap per idle
 * client (after full GCs, before and after connecting) and how many clients were lost.
 * With EVENTS 0 and a STREAM_PATH it only connects the clients to that path and reports the heap per idle client:
 * the baseline of a bare JAX-RS SSE endpoint on the same server.
 * Usage: java -cp HdrHistogram.jar SseBench.java BASE_URL SERVER_PID CLIENTS EVENTS [STREAM_PATH]
 */
public class SseBench {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    static final class Client implements Flow.Subscriber<String> {
        final int index;
        final CountDownLatch connected;
        final AtomicLongArray arrivals;
        final String run;
        volatile boolean ended;
        String event = "";

        Client(int index, CountDownLatch connected, AtomicLongArray arrivals, String run) {
            this.index = index;
            this.connected = connected;
            this.arrivals = arrivals;
            this.run = run;
        }

        public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
        }

        public void onNext(String line) {
            long now = System.nanoTime();
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
                if (event.equals("connected")) {
                    connected.countDown();
                }
            } else if (line.startsWith("data:") && event.equals("andon_triggered")) {
                int at = line.indexOf(run);
                if (at >= 0) {
                    int end = line.indexOf('"', at);
                    int n = Integer.parseInt(line.substring(at + run.length(), end));
                    arrivals.compareAndSet(n * CLIENTS + index, 0, now);
                }
            }
        }

        public void onError(Throwable t) {
            ended = true;
        }

        public void onComplete() {
            ended = true;
        }
    }

    static int CLIENTS;
    static URI stream;

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        stream = base.resolve("api/stream");
        String pid = args[1];
        CLIENTS = Integer.parseInt(args[2]);
        int events = Integer.parseInt(args[3]);
        int baseline = Math.min(10, CLIENTS);
        String run = "SKU-BENCH-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        AtomicLongArray arrivals = new AtomicLongArray(Math.max(1, 2 * events * CLIENTS));
        if (args.length > 4) {
            stream = base.resolve(args[4]);
        }

        long heapBefore = heapAfterGc(pid);
        Map<String, long[]> histogramBefore = histogram(pid);
        if (events == 0) {
            List<Client> clients = new ArrayList<>();
            CountDownLatch connected = new CountDownLatch(CLIENTS);
            connect(base, clients, CLIENTS, connected, arrivals, run);
            boolean all = connected.await(120, TimeUnit.SECONDS);
            Thread.sleep(2000);
            long heapConnected = heapAfterGc(pid);
            Map<String, long[]> histogramConnected = histogram(pid);
            System.out.printf("bare JAX-RS SSE endpoint %s: %d clients connected (all: %s); server heap after full GC:"
                    + " %d KB before, %d KB with them idle: %.1f KB per client%n", stream, CLIENTS - connected.getCount(),
                    all, heapBefore, heapConnected, (heapConnected - heapBefore) / (double) CLIENTS);
            growth(histogramBefore, histogramConnected);
            System.exit(0);
        }
        List<Client> clients = new ArrayList<>();
        CountDownLatch first = new CountDownLatch(baseline);
        connect(base, clients, baseline, first, arrivals, run);
        first.await(60, TimeUnit.SECONDS);
        Histogram few = measure(base, clients, 0, events, arrivals, run);

        CountDownLatch rest = new CountDownLatch(CLIENTS - baseline);
        long connectStart = System.nanoTime();
        connect(base, clients, CLIENTS - baseline, rest, arrivals, run);
        boolean all = rest.await(120, TimeUnit.SECONDS);
        long connectMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - connectStart);
        Thread.sleep(2000);
        long heapConnected = heapAfterGc(pid);
        Map<String, long[]> histogramConnected = histogram(pid);
        Histogram many = measure(base, clients, events, events, arrivals, run);

        long lost = clients.stream().filter(c -> c.ended).count();
        long missed = 0;
        for (int e = events; e < 2 * events; e++) {
            for (int c = 0; c < CLIENTS; c++) {
                if (arrivals.get(e * CLIENTS + c) == 0) {
                    missed++;
                }
            }
        }
        String stats = get(base.resolve("api/stream/stats"));
        Matcher count = Pattern.compile("\"clientCount\":(\\d+)").matcher(stats);
        Matcher drops = Pattern.compile("\"drops\":(\\{[^}]*\\})").matcher(stats);

        System.out.printf("%nconnected %d of %d clients in %d ms (all: %s); server counts %s; drops %s%n",
                clients.size() - lost, CLIENTS, connectMs, all, count.find() ? count.group(1) : "?",
                drops.find() ? drops.group(1) : "?");
        System.out.printf("%n%-8s %7s | %9s %9s %9s | %s%n", "clients", "events", "p50 ms", "p99 ms", "max ms",
                "from the Andon POST's acknowledgement to delivery at every client");
        row(baseline, few);
        row(CLIENTS, many);
        System.out.printf("%np99 ratio %d/%d clients: %.2f%n", CLIENTS, baseline,
                many.getValueAtPercentile(99) / (double) Math.max(1, few.getValueAtPercentile(99)));
        System.out.printf("server heap after full GC: %d KB before connecting, %d KB with %d idle clients: %.1f KB per"
                + " client%n", heapBefore, heapConnected, CLIENTS, (heapConnected - heapBefore) / (double) (CLIENTS));
        System.out.printf("clients lost: %d; deliveries missed: %d of %d%n", lost, missed, (long) events * CLIENTS);
        growth(histogramBefore, histogramConnected);
        System.exit(0);
    }

    /** Heap growth per client: by package of the server's layers, then the largest classes. */
    static void growth(Map<String, long[]> histogramBefore, Map<String, long[]> histogramConnected) {
        long total = histogramConnected.values().stream().mapToLong(v -> v[1]).sum()
                - histogramBefore.values().stream().mapToLong(v -> v[1]).sum();
        System.out.printf("  live objects (class histogram) grew by %.1f KB per client%n", total / 1024.0 / CLIENTS);
        for (String prefix : List.of("tcps.", "org.glassfish.jersey.", "org.glassfish.grizzly.", "org.apache.catalina.")) {
            long bytes = histogramConnected.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(prefix))
                    .mapToLong(e -> e.getValue()[1] - histogramBefore.getOrDefault(e.getKey(), new long[2])[1])
                    .sum();
            System.out.printf("  heap growth per client in %s* classes: %.0f bytes%n", prefix, bytes / (double) CLIENTS);
        }
        System.out.printf("%nlargest heap growth per client by class (bytes, instances):%n");
        histogramConnected.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                    e.getValue()[0] - histogramBefore.getOrDefault(e.getKey(), new long[2])[0],
                    e.getValue()[1] - histogramBefore.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(15)
                .forEach(e -> System.out.printf("  %8.0f %6.1f  %s%n", e.getValue()[1] / (double) CLIENTS,
                        e.getValue()[0] / (double) CLIENTS, e.getKey()));
    }

    static void row(int clients, Histogram h) {
        System.out.printf("%-8d %7d | %9.1f %9.1f %9.1f |%n", clients, h.getTotalCount() / clients,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }

    static void connect(URI base, List<Client> clients, int n, CountDownLatch latch, AtomicLongArray arrivals,
            String run) {
        for (int i = 0; i < n; i++) {
            Client client = new Client(clients.size(), latch, arrivals, run);
            clients.add(client);
            HTTP.sendAsync(HttpRequest.newBuilder(stream)
                            .header("Accept", "text/event-stream")
                            .build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(client))
                    .whenComplete((r, failure) -> {
                        if (failure != null) {
                            client.ended = true;
                        }
                    });
        }
    }

    /** Triggers {@code events} Andons one after the other; latencies in microseconds, one per client and event. */
    static Histogram measure(URI base, List<Client> clients, int from, int events, AtomicLongArray arrivals,
            String run) throws Exception {
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        int n = clients.size();
        for (int e = from; e < from + events; e++) {
            String body = "{\"failureType\":\"Test_Failure\",\"skuId\":\"" + run + e + "\"}";
            HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(base.resolve("api/andon"))
                            .header("Content-Type", "application/json")
                            // The key sse.sh read from the first start (an operator's write)
                            .header("Authorization", "Bearer " + System.getenv().getOrDefault("TCPS_KEY", ""))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long acknowledged = System.nanoTime();
            if (reply.statusCode() != 201) {
                throw new IllegalStateException("Andon not triggered: " + reply.statusCode() + " " + reply.body());
            }
            long deadline = acknowledged + TimeUnit.SECONDS.toNanos(10);
            for (int c = 0; c < n; c++) {
                while (arrivals.get(e * CLIENTS + c) == 0 && System.nanoTime() < deadline && !clients.get(c).ended) {
                    Thread.sleep(1);
                }
                long at = arrivals.get(e * CLIENTS + c);
                if (at != 0) {
                    latency.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(at - acknowledged)));
                }
            }
            Thread.sleep(250);
        }
        return latency;
    }

    static long heapAfterGc(String pid) throws Exception {
        for (int i = 0; i < 3; i++) {
            jcmd(pid, "GC.run");
        }
        Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd");
        }
        return Long.parseLong(used.group(1));
    }

    /** Instances and bytes by class, live objects only (the histogram runs a full GC first). */
    static Map<String, long[]> histogram(String pid) throws Exception {
        Map<String, long[]> byClass = new HashMap<>();
        Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(jcmd(pid, "GC.class_histogram"));
        while (row.find()) {
            byClass.put(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))});
        }
        return byClass;
    }

    static String jcmd(String pid, String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    static String get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
