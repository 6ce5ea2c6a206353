package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tcps.TestKeys;

/** A server-sent-event client as a browser's EventSource reads the stream: id, event name, data per event. */
final class SseClient implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Event(long id, String name, String data) {
        JsonObject json() {
            return Json.createReader(new StringReader(data)).readObject();
        }
    }

    private final BlockingQueue<Event> unread = new LinkedBlockingQueue<>();
    private final List<Event> received = new CopyOnWriteArrayList<>();
    private final InputStream body;
    final int status;
    final String contentType;

    private SseClient(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.body = response.body();
        Thread reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(URI stream, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(stream)
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + TestKeys.viewer())
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (id != null) {
                        Event event = new Event(Long.parseLong(id), name, data.toString());
                        received.add(event);
                        unread.add(event);
                    }
                    id = null;
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() == 0 ? "" : "\n")
                            .append(line.substring(5).stripLeading());
                }
            }
        } catch (IOException e) { // closed by the test, or by the server
        }
    }

    /** The next event matching {@code wanted}, skipping others (they stay in {@link #received()}). */
    Event await(Predicate<Event> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = unread.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                return fail("no matching event within " + timeout + "; received " + received);
            }
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    Event await(String name, Duration timeout) throws InterruptedException {
        return await(event -> event.name().equals(name), timeout);
    }

    List<Event> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
