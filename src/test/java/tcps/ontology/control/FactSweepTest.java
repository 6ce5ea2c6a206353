package tcps.ontology.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class FactSweepTest {

    private final TreeSet<Long> ids = new TreeSet<>(List.of(3L, 5L, 8L, 13L, 21L));
    private final FactSweep sweep = new FactSweep();

    // Two facts per step, like the store's query with a limit
    private final LongFunction<List<Long>> twoAfter =
            after -> ids.tailSet(after, false).stream().limit(2).toList();

    @Test
    void stepsCoverEveryFactOfAKindThenStartOver() {
        assertThat(sweep.next("receipts", twoAfter, Long::longValue)).containsExactly(3L, 5L);
        assertThat(sweep.next("receipts", twoAfter, Long::longValue)).containsExactly(8L, 13L);
        assertThat(sweep.next("receipts", twoAfter, Long::longValue)).containsExactly(21L);
        assertThat(sweep.completedAt()).isEmpty();

        assertThat(sweep.next("receipts", twoAfter, Long::longValue)).containsExactly(3L, 5L);
        assertThat(sweep.completedAt()).containsOnlyKeys("receipts");
    }

    @Test
    void kindsSweepIndependently() {
        sweep.next("receipts", twoAfter, Long::longValue);
        assertThat(sweep.next("andon_events", twoAfter, Long::longValue)).containsExactly(3L, 5L);
    }

    @Test
    void violatingNodesAreReadBackAsIdsOfTheirKindUntilTheyConform() {
        sweep.violations(List.of("urn:tcps:andon:7", "urn:tcps:receipt:9", "urn:tcps:andon:x", "_:b0"));

        assertThat(sweep.violating("urn:tcps:andon:")).containsExactly(7L);
        assertThat(sweep.violating("urn:tcps:receipt:")).containsExactly(9L);
        assertThat(sweep.violating("urn:tcps:work-order:")).isEmpty();

        sweep.violations(List.of());

        assertThat(sweep.violating("urn:tcps:andon:")).isEmpty();
    }
}
