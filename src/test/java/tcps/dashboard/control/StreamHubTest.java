package tcps.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StreamHubTest {

    /** What a client received, and a switch to make its sends fail or hang. */
    static final class RecordingSink implements StreamSink {
        final List<LiveEvent> received = new CopyOnWriteArrayList<>();
        volatile boolean closed;
        volatile boolean failing;
        volatile CountDownLatch hold;

        @Override
        public CompletionStage<?> send(LiveEvent event) {
            if (failing) {
                return CompletableFuture.failedFuture(new IllegalStateException("broken pipe"));
            }
            if (hold != null) {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            received.add(event);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }

        List<Long> ids(String type) {
            return received.stream()
                    .filter(e -> e.type().equals(type))
                    .map(LiveEvent::id)
                    .toList();
        }

        List<String> types() {
            return received.stream().map(LiveEvent::type).toList();
        }
    }

    static LiveEvent event(long id) {
        return new LiveEvent(id, "andon_triggered", LiveEvent.ANDON, Instant.EPOCH, () -> "{\"n\":" + id + "}");
    }

    /** A replay buffer like the feed's: keeps replayable events from {@code firstKept} on. */
    final List<LiveEvent> kept = new ArrayList<>();

    long evictedUpTo = 0;
    long lastPublished = 100;

    Optional<List<LiveEvent>> after(long id) {
        if (id < evictedUpTo || id > lastPublished) {
            return Optional.empty();
        }
        return Optional.of(kept.stream().filter(e -> e.id() > id).toList());
    }

    LiveEvent publish(boolean replayable) {
        LiveEvent event = replayable
                ? event(++lastPublished)
                : new LiveEvent(++lastPublished, "heartbeat", LiveEvent.HEARTBEAT, Instant.EPOCH, () -> "{}");
        if (replayable) {
            kept.add(event);
        }
        return event;
    }

    final ExecutorService sends = Executors.newFixedThreadPool(2);
    final StreamHub hub = new StreamHub(this::after, 100, sends, 50, () -> "1.0.0", StreamHubTest::json);

    /** The stream's own bodies as JSON-B writes them (the test classpath has no JSON-B provider). */
    static String json(Object payload) {
        if (payload instanceof StreamEvents.Connected c) {
            return "{\"serverVersion\":\"" + c.serverVersion() + "\",\"clientCount\":" + c.clientCount() + "}";
        }
        if (payload instanceof StreamEvents.Reload r) {
            return "{\"lastEventId\":\"" + r.lastEventId() + "\",\"resumesAfter\":" + r.resumesAfter() + "}";
        }
        throw new IllegalArgumentException(String.valueOf(payload));
    }

    @AfterEach
    void stop() {
        sends.shutdownNow();
    }

    void settle() throws InterruptedException {
        Thread.sleep(100);
    }

    @Test
    void aNewClientGetsConnectedThenLiveEvents() throws Exception {
        RecordingSink sink = new RecordingSink();
        hub.open(sink, null);
        LiveEvent a = publish(true);
        LiveEvent heartbeat = publish(false);
        LiveEvent b = publish(true);

        hub.announced(a);
        hub.announced(heartbeat);
        hub.announced(b);
        settle();

        assertThat(sink.types()).containsExactly("connected", "andon_triggered", "heartbeat", "andon_triggered");
        assertThat(sink.received.stream().skip(1).map(LiveEvent::id)).containsExactly(a.id(), heartbeat.id(), b.id());
        assertThat(sink.received.get(0).id()).isEqualTo(100);
        assertThat(sink.received.get(0).json()).contains("\"serverVersion\":\"1.0.0\"", "\"clientCount\":1");
    }

    @Test
    void aReconnectingClientGetsWhatItMissedOnceThenLiveEventsWithoutGapOrDuplicate() throws Exception {
        LiveEvent seen = publish(true);
        hub.announced(seen);
        LiveEvent missed1 = publish(true);
        LiveEvent heartbeat = publish(false); // never replayed
        LiveEvent missed2 = publish(true);
        hub.announced(missed1);
        hub.announced(heartbeat);
        hub.announced(missed2);
        // Published and kept, announced only after the client registered: the race between replay and live delivery
        LiveEvent inFlight = publish(true);

        RecordingSink sink = new RecordingSink();
        hub.open(sink, Long.toString(seen.id()));
        hub.announced(inFlight);
        LiveEvent live = publish(true);
        hub.announced(live);
        settle();

        assertThat(sink.received.get(0).type()).isEqualTo("connected");
        assertThat(sink.received.get(0).id()).isEqualTo(seen.id());
        assertThat(sink.ids("andon_triggered"))
                .containsExactly(missed1.id(), missed2.id(), inFlight.id(), live.id())
                .doesNotHaveDuplicates();
        assertThat(sink.types()).doesNotContain("heartbeat");
    }

    @Test
    void aClientWhoseLastEventIdIsNoLongerKeptIsToldToReload() throws Exception {
        evictedUpTo = 90;
        RecordingSink sink = new RecordingSink();
        hub.open(sink, "42");
        LiveEvent live = publish(true);
        hub.announced(live);
        settle();

        assertThat(sink.types()).containsExactly("connected", "reload", "andon_triggered");
        assertThat(sink.received.get(1).json()).contains("\"lastEventId\":\"42\"", "\"resumesAfter\":100");
    }

    @Test
    void aGarbledLastEventIdIsTreatedAsLost() throws Exception {
        RecordingSink sink = new RecordingSink();
        hub.open(sink, "yesterday");
        settle();

        assertThat(sink.types()).containsExactly("connected", "reload");
    }

    @Test
    void aFailedSendRemovesTheClientAtOnceAndCountsTheDrop() throws Exception {
        RecordingSink broken = new RecordingSink();
        RecordingSink healthy = new RecordingSink();
        hub.open(broken, null);
        hub.open(healthy, null);
        settle();
        broken.failing = true;

        hub.announced(publish(true));
        settle();

        assertThat(hub.count()).isEqualTo(1);
        assertThat(broken.closed).isTrue();
        assertThat(healthy.ids("andon_triggered")).hasSize(1);
        StreamStats stats = hub.stats();
        assertThat(stats.drops()).containsEntry("failed", 1L);
        assertThat(stats.eventsSent()).isEqualTo(3); // two connected events and one Andon
        assertThat(stats.clients()).singleElement().satisfies(c -> assertThat(c.eventsSent())
                .isEqualTo(2));
    }

    @Test
    void aClosedSinkIsDroppedOnTheNextSweep() {
        RecordingSink sink = new RecordingSink();
        hub.open(sink, null);
        sink.closed = true;

        hub.sweep(System.nanoTime(), TimeUnit.SECONDS.toNanos(120));

        assertThat(hub.count()).isZero();
        assertThat(hub.stats().drops()).containsEntry("closed", 1L);
    }

    @Test
    void aClientThatStopsReadingNeverDelaysTheOthersAndIsDroppedWhenStale() throws Exception {
        RecordingSink stuck = new RecordingSink();
        RecordingSink reader = new RecordingSink();
        hub.open(stuck, null);
        hub.open(reader, null);
        settle();
        stuck.hold = new CountDownLatch(1);

        for (int i = 0; i < 5; i++) {
            hub.announced(publish(true));
        }
        settle();

        assertThat(reader.ids("andon_triggered")).hasSize(5);
        assertThat(stuck.ids("andon_triggered")).isEmpty();
        hub.sweep(System.nanoTime(), TimeUnit.SECONDS.toNanos(120));
        assertThat(hub.count()).isEqualTo(2);
        hub.sweep(System.nanoTime() + TimeUnit.SECONDS.toNanos(121), TimeUnit.SECONDS.toNanos(120));
        assertThat(hub.count()).isEqualTo(1);
        assertThat(hub.stats().drops()).containsEntry("stale", 1L);
        stuck.hold.countDown();
    }

    @Test
    void aClientFurtherBehindThanTheBacklogAllowsIsDropped() throws Exception {
        RecordingSink stuck = new RecordingSink();
        stuck.hold = new CountDownLatch(1);
        hub.open(stuck, null);

        for (int i = 0; i < 60; i++) {
            hub.announced(publish(true));
        }

        assertThat(hub.count()).isZero();
        assertThat(hub.stats().drops()).containsEntry("backlog", 1L);
        stuck.hold.countDown();
    }
}
