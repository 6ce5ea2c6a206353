package tcps.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    private final BlockingQueue<LiveEvent> announced = new LinkedBlockingQueue<>();
    private LiveFeed feed;

    @BeforeEach
    void start() {
        feed = new LiveFeed();
        feed.replaySize = 5;
        feed.announcements = new Announcements();
        feed.threads = new PlainThreads();
        feed.start();
    }

    @AfterEach
    void stop() {
        feed.stop();
    }

    @Test
    void aGroupIsNumberedInOrderKeptAndAnnouncedOneByOne() throws InterruptedException {
        LiveEvent before = feed.publish("health_changed", LiveEvent.HEALTH, Map.of("status", "UP"), true);
        List<LiveEvent> group = feed.publishAll(
                "work_order_update", LiveEvent.WORK_ORDER, List.of(Map.of("id", 1), Map.of("id", 2)), true);

        assertThat(group).extracting(LiveEvent::id).containsExactly(before.id() + 1, before.id() + 2);
        assertThat(group).extracting(LiveEvent::json).containsExactly("{\"id\":1}", "{\"id\":2}");
        assertThat(feed.after(before.id())).hasValue(group);
        assertThat(feed.lastId()).isEqualTo(before.id() + 2);
        assertThat(announcedIds(3)).containsExactly(before.id(), before.id() + 1, before.id() + 2);
    }

    @Test
    void aGroupLargerThanTheReplayBufferPushesOutItsOwnFirstEvents() throws InterruptedException {
        LiveEvent first = feed.publish("health_changed", LiveEvent.HEALTH, Map.of(), true);
        List<LiveEvent> group =
                feed.publishAll("work_order_update", LiveEvent.WORK_ORDER, List.of(1, 2, 3, 4, 5, 6, 7), true);

        assertThat(feed.after(first.id())).isEmpty(); // lost: the reader must reload
        assertThat(feed.after(group.get(1).id())).hasValue(group.subList(2, 7));
        assertThat(announcedIds(8)).hasSize(8).isSorted();
    }

    @Test
    void eventsOnlyMeaningfulNowAreAnnouncedButNotKept() throws InterruptedException {
        LiveEvent kept = feed.publish("health_changed", LiveEvent.HEALTH, Map.of(), true);
        feed.publishAll("heartbeat", LiveEvent.HEARTBEAT, List.of(1, 2), false);

        assertThat(feed.after(kept.id())).hasValue(List.of());
        assertThat(announcedIds(3)).containsExactly(kept.id(), kept.id() + 1, kept.id() + 2);
        assertThat(feed.publishAll("heartbeat", LiveEvent.HEARTBEAT, List.of(), false))
                .isEmpty();
        assertThat(feed.lastId()).isEqualTo(kept.id() + 2);
    }

    /** The stream hub relies on it: no client ever waits for an earlier id or skips one. */
    @Test
    void eventsPublishedFromManyThreadsAtOnceAreAnnouncedStrictlyInIdOrderWithoutGaps() throws Exception {
        int threads = 8;
        int rounds = 300;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService publishers = Executors.newFixedThreadPool(threads);
        try {
            for (int t = 0; t < threads; t++) {
                publishers.execute(() -> {
                    awaitQuietly(start);
                    for (int i = 0; i < rounds; i++) {
                        feed.publish("andon_triggered", LiveEvent.ANDON, i, true);
                        feed.publishAll("work_order_update", LiveEvent.WORK_ORDER, List.of(i, i), true);
                        feed.publish("heartbeat", LiveEvent.HEARTBEAT, i, false);
                    }
                });
            }
            start.countDown();
        } finally {
            publishers.shutdown();
        }
        assertThat(publishers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<Long> ids = announcedIds(threads * rounds * 4);
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).as("announcement %d", i).isEqualTo(ids.get(i - 1) + 1);
        }
        assertThat(ids.get(ids.size() - 1)).isEqualTo(feed.lastId());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Long> announcedIds(int count) throws InterruptedException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LiveEvent event = announced.poll(5, TimeUnit.SECONDS);
            assertThat(event).as("announcement %d of %d", i + 1, count).isNotNull();
            ids.add(event.id());
        }
        assertThat(announced.poll(100, TimeUnit.MILLISECONDS))
                .as("nothing more")
                .isNull();
        return ids;
    }

    /** Records what the feed announces, as the CDI event would deliver it to the streams. */
    private final class Announcements implements Event<LiveEvent> {
        @Override
        public void fire(LiveEvent event) {
            announced.add(event);
        }

        @Override
        public <U extends LiveEvent> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends LiveEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<LiveEvent> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends LiveEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends LiveEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }
}
