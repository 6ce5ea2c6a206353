package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tcps.dashboard.control.LiveEvent;

/** Fan-out and the bound on unwritten sends, against sessions whose writes complete only when the test says. */
class DashboardSessionsTest {

    private DashboardSessions sessions;

    @BeforeEach
    void setUp() {
        sessions = new DashboardSessions();
        sessions.maxMessageBytes = 1024;
        sessions.maxPendingSends = 3;
        sessions.closer = (ManagedExecutorService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        ((Runnable) args[0]).run();
                    }
                    return null;
                });
    }

    @Test
    void anEventGoesOnlyToSessionsSubscribedToItsChannel() {
        FakeSession andon = new FakeSession("a");
        FakeSession health = new FakeSession("h");
        sessions.opened(andon.session).subscribe(Set.of(LiveEvent.ANDON));
        sessions.opened(health.session).subscribe(Set.of(LiveEvent.HEALTH));

        sessions.broadcast(event(1, LiveEvent.ANDON));

        assertThat(andon.sent).hasSize(1);
        assertThat(andon.sent.get(0)).contains("\"id\":1").contains("\"channel\":\"andon\"");
        assertThat(health.sent).isEmpty();
        assertThat(andon.maxTextMessageBufferSize).isEqualTo(1024);
    }

    @Test
    void aSessionThatStopsReadingIsClosedWhileOthersKeepReceiving() {
        FakeSession stalled = new FakeSession("s");
        FakeSession reading = new FakeSession("r");
        reading.completesWrites = true;
        sessions.opened(stalled.session).subscribe(Set.of(LiveEvent.ANDON));
        sessions.opened(reading.session).subscribe(Set.of(LiveEvent.ANDON));

        for (int id = 1; id <= 5; id++) {
            sessions.broadcast(event(id, LiveEvent.ANDON));
        }

        assertThat(stalled.sent).hasSize(3);
        assertThat(stalled.closedWith).isNotNull();
        assertThat(stalled.closedWith.getCloseCode()).isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER);
        assertThat(reading.sent).hasSize(5);
        assertThat(reading.closedWith).isNull();
        assertThat(sessions.openSessions()).isEqualTo(1);
    }

    @Test
    void completedWritesFreeTheirPlace() {
        FakeSession slow = new FakeSession("w");
        Subscription subscription = sessions.opened(slow.session);
        subscription.subscribe(Set.of(LiveEvent.WORK_ORDER));

        for (int id = 1; id <= 3; id++) {
            sessions.broadcast(event(id, LiveEvent.WORK_ORDER));
        }
        slow.completeAll();
        sessions.broadcast(event(4, LiveEvent.WORK_ORDER));

        assertThat(slow.sent).hasSize(4);
        assertThat(slow.closedWith).isNull();
        assertThat(subscription.pendingSends()).isEqualTo(1);
    }

    @Test
    void aClosedSessionIsForgotten() {
        FakeSession gone = new FakeSession("g");
        sessions.opened(gone.session).subscribe(Set.of(LiveEvent.ANDON));
        gone.open = false;

        sessions.broadcast(event(1, LiveEvent.ANDON));

        assertThat(gone.sent).isEmpty();
        assertThat(sessions.openSessions()).isZero();
    }

    private static LiveEvent event(long id, String channel) {
        return new LiveEvent(id, "test_event", channel, Instant.EPOCH, () -> "{}");
    }

    /** A session whose asynchronous writes stay pending until completed (or complete at once). */
    private static final class FakeSession {

        final List<String> sent = new ArrayList<>();
        final List<SendHandler> pending = new ArrayList<>();
        final Map<String, Object> properties = new HashMap<>();
        final Session session;
        boolean open = true;
        boolean completesWrites;
        int maxTextMessageBufferSize;
        CloseReason closedWith;

        FakeSession(String id) {
            RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {RemoteEndpoint.Async.class}, (p, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 2) {
                            sent.add((String) args[0]);
                            SendHandler handler = (SendHandler) args[1];
                            if (completesWrites) {
                                handler.onResult(new SendResult());
                            } else {
                                pending.add(handler);
                            }
                        }
                        return null;
                    });
            session = (Session) Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {Session.class},
                    (p, method, args) -> switch (method.getName()) {
                        case "getId" -> id;
                        case "isOpen" -> open;
                        case "getAsyncRemote" -> remote;
                        case "getUserProperties" -> properties;
                        case "getUserPrincipal" -> null;
                        case "setMaxTextMessageBufferSize" -> {
                            maxTextMessageBufferSize = (Integer) args[0];
                            yield null;
                        }
                        case "close" -> {
                            closedWith = (CloseReason) args[0];
                            open = false;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        void completeAll() {
            List<SendHandler> done = List.copyOf(pending);
            pending.clear();
            done.forEach(handler -> handler.onResult(new SendResult()));
        }
    }
}
