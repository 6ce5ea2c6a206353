package tcps.metrics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MetricsCacheTest {

    private final MetricsCache cache = new MetricsCache();

    MetricsCacheTest() {
        cache.ttlSeconds = 60;
        cache.create();
    }

    @Test
    void aRenderingServesLaterReadsUntilInvalidated() {
        assertThat(cache.text("kanban", () -> "first")).isEqualTo("first");
        assertThat(cache.text("kanban", () -> "second")).isEqualTo("first");

        cache.invalidateAll();

        assertThat(cache.text("kanban", () -> "third")).isEqualTo("third");
    }

    @Test
    void aRenderingBegunBeforeAnInvalidationIsNotServedToReadsAfterIt() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> before = CompletableFuture.supplyAsync(() -> cache.text("kanban", () -> {
            rendering.countDown();
            await(release);
            return "before the change";
        }));
        assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();

        cache.invalidateAll(); // a change while the first read renders
        release.countDown();
        assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo("before the change");

        assertThat(cache.text("kanban", () -> "after the change")).isEqualTo("after the change");
        assertThat(cache.text("kanban", () -> "later")).isEqualTo("after the change");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
