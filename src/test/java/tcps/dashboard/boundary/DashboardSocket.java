package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tcps.TestKeys;

/** A dashboard client over the JDK's WebSocket: every message it receives is kept, and awaited by what it says. */
final class DashboardSocket implements WebSocket.Listener, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private int nextRequest;

    private DashboardSocket(URI uri, String key) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        socket = builder.connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, this)
                .join();
    }

    /** Connects to {@code ws} under the deployment's context root, as an admin. */
    static DashboardSocket open(URL deployment) {
        return open(deployment, TestKeys.admin());
    }

    /** Connects presenting {@code key} (null: no credentials). */
    static DashboardSocket open(URL deployment, String key) {
        return new DashboardSocket(
                URI.create(deployment.toString().replaceFirst("^http", "ws")).resolve("ws"), key);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            received.add(Json.createReader(new StringReader(partial.toString())).readObject());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedWith.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closedWith.completeExceptionally(error);
    }

    void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends {@code text} and answers the first message received after it that is {@code wanted}. */
    JsonObject sendRawAndAwait(String text, Predicate<JsonObject> wanted, String what) {
        int seen = received.size();
        sendRaw(text);
        return await(seen, wanted, what);
    }

    /** Sends {@code message} with a fresh request id and answers the reply carrying that id. */
    JsonObject request(JsonObject message) {
        String id = "r" + (++nextRequest);
        sendRaw(Json.createObjectBuilder(message).add("request_id", id).build().toString());
        return await(m -> id.equals(m.getString("request_id", null)), "reply to " + message);
    }

    JsonObject request(String type) {
        return request(Json.createObjectBuilder().add("type", type).build());
    }

    /** The error reply's problem, checked to be an error. */
    JsonObject error(JsonObject message) {
        JsonObject reply = request(message);
        assertThat(reply.getString("type")).as(reply.toString()).isEqualTo("error");
        return reply.getJsonObject("error");
    }

    /** A ping answered: the session is still open and serving. */
    void assertAnswersPing() {
        assertThat(request("ping").getString("type")).isEqualTo("pong");
    }

    JsonObject await(Predicate<JsonObject> wanted, String what) {
        return await(0, wanted, what);
    }

    /** The first wanted message from the {@code from}-th received on, waiting for it if need be. */
    private JsonObject await(int from, Predicate<JsonObject> wanted, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonObject> sofar = received();
            for (int i = from; i < sofar.size(); i++) {
                if (wanted.test(sofar.get(i))) {
                    return sofar.get(i);
                }
            }
            if (closedWith.isDone()) {
                throw new AssertionError("Closed (" + closedWith.join() + ") while waiting for " + what);
            }
            sleep();
        }
        throw new AssertionError("No " + what + " within " + WAIT + "; received " + received);
    }

    List<JsonObject> received() {
        return List.copyOf(received);
    }

    int awaitClose() throws Exception {
        return closedWith.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }
}
