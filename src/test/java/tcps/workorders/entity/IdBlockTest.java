package tcps.workorders.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdBlockTest {

    private long sequence = 100;
    private final List<Integer> requested = new ArrayList<>();

    private synchronized List<Long> reserve(int count) {
        requested.add(count);
        List<Long> ids = LongStream.range(sequence, sequence + count).boxed().toList();
        sequence += count;
        return ids;
    }

    @Test
    void aSingleIdCostsOneRoundTripOfOne() {
        IdBlock block = new IdBlock();

        assertThat(block.take(1, this::reserve).get(0)).isEqualTo(100);
        assertThat(requested).containsExactly(1);
    }

    @Test
    void blocksDoubleUpTo512AndIdsStayInSequenceOrder() {
        IdBlock block = new IdBlock();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ids.add(block.take(1, this::reserve).get(0));
        }

        assertThat(requested).containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 512, 512);
        assertThat(ids).isSorted().doesNotHaveDuplicates().startsWith(100L, 101L, 102L);
    }

    @Test
    void aBatchOf500TakesNineRoundTripsAndSkipsFewerIdsThanItUsed() {
        IdBlock block = new IdBlock();
        for (int i = 0; i < 500; i++) {
            block.take(1, this::reserve).get(0);
        }

        assertThat(requested).hasSize(9);
        long reserved = requested.stream().mapToLong(Integer::longValue).sum();
        assertThat(reserved - 500).isLessThan(500);
    }

    @Test
    void aCallForManyIdsTakesOneRoundTripOfExactlyThatMany() {
        IdBlock block = new IdBlock();

        assertThat(block.take(22, this::reserve)).hasSize(22).isSorted().startsWith(100L);
        assertThat(block.take(3, this::reserve)).containsExactly(122L, 123L, 124L);
        assertThat(requested).containsExactly(22, 3);
    }

    @Test
    void transactionsSharingTheBlockNeverGetTheSameId() throws Exception {
        IdBlock block = new IdBlock();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Long>>> taken = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            taken.add(pool.submit(() -> {
                go.await();
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 30_000; i++) {
                    ids.addAll(block.take(1 + i % 3, this::reserve)); // 1, 2 or 3 ids: 60,000 per thread
                }
                return ids;
            }));
        }
        go.countDown();
        List<Long> ids = new ArrayList<>();
        for (Future<List<Long>> one : taken) {
            ids.addAll(one.get());
        }
        pool.shutdown();

        assertThat(ids).hasSize(4 * 60_000).doesNotHaveDuplicates();
        // Blocks of 1 to 256, then 512 at a time: a few hundred round trips for 240,000 ids
        assertThat(requested.size()).isLessThan(500);
    }
}
