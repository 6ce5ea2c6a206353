package tcps.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventOrderTest {

    static LiveEvent event(long id) {
        return new LiveEvent(id, "andon_triggered", LiveEvent.ANDON, Instant.EPOCH, () -> "{\"n\":" + id + "}");
    }

    static List<Long> ids(List<LiveEvent> events) {
        return events.stream().map(LiveEvent::id).toList();
    }

    @Test
    void eventsArrivingOutOfOrderAreReleasedInIdOrderOnceTheGapCloses() {
        EventOrder order = new EventOrder(10);

        assertThat(order.offer(event(12), 0)).isEmpty();
        assertThat(order.offer(event(13), 0)).isEmpty();
        assertThat(ids(order.offer(event(11), 0))).containsExactly(11L, 12L, 13L);
        assertThat(order.lastReleased()).isEqualTo(13);
    }

    @Test
    void anIdAlreadyReleasedIsIgnored() {
        EventOrder order = new EventOrder(10);
        order.offer(event(11), 0);

        assertThat(order.offer(event(11), 0)).isEmpty();
        assertThat(order.offer(event(5), 0)).isEmpty();
        assertThat(order.lastReleased()).isEqualTo(11);
    }

    @Test
    void aGapOpenTooLongIsFilledFromTheReplayBufferAndTheRestSkipped() {
        EventOrder order = new EventOrder(10);
        order.offer(event(14), 100);

        // Not yet overdue
        assertThat(order.overdue(500, 1000, id -> List.of(event(12)))).isEmpty();
        // 11 and 13 never announced and not kept (heartbeats); 12 is in the replay buffer
        List<LiveEvent> released = order.overdue(1100, 1000, id -> {
            assertThat(id).isEqualTo(10);
            return List.of(event(12), event(14));
        });

        assertThat(ids(released)).containsExactly(12L, 14L);
        assertThat(order.waiting()).isZero();
        assertThat(ids(order.offer(event(15), 1200))).containsExactly(15L);
    }

    @Test
    void theGapClockRestartsWhenTheOldestGapCloses() {
        EventOrder order = new EventOrder(10);
        order.offer(event(12), 0);
        order.offer(event(14), 0);
        order.offer(event(11), 900); // releases 11, 12; 13 now missing since 900

        assertThat(order.overdue(1500, 1000, id -> List.of())).isEmpty();
        assertThat(ids(order.overdue(1901, 1000, id -> List.of()))).containsExactly(14L);
    }
}
