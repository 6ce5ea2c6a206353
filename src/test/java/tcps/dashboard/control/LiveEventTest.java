package tcps.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LiveEventTest {

    @Test
    void theJsonIsWrittenOnlyWhenFirstAskedFor() {
        AtomicInteger writes = new AtomicInteger();
        LiveEvent event = new LiveEvent(1, "andon_triggered", LiveEvent.ANDON, Instant.EPOCH, () -> {
            writes.incrementAndGet();
            return "{\"andonId\":7}";
        });

        assertThat(writes).hasValue(0);
        assertThat(event.json()).isEqualTo("{\"andonId\":7}");
        assertThat(event.json()).isEqualTo("{\"andonId\":7}");
        assertThat(writes).hasValue(1);
    }

    @Test
    void clientsAskingAtOnceShareOneWrite() {
        AtomicInteger writes = new AtomicInteger();
        LiveEvent event = new LiveEvent(2, "heartbeat", LiveEvent.HEARTBEAT, Instant.EPOCH, () -> {
            writes.incrementAndGet();
            return "{\"n\":" + writes.get() + "}";
        });

        List<CompletableFuture<String>> readers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            readers.add(CompletableFuture.supplyAsync(event::json));
        }

        assertThat(readers).allSatisfy(reader -> assertThat(reader.join()).isEqualTo("{\"n\":1}"));
        assertThat(writes).hasValue(1);
    }
}
