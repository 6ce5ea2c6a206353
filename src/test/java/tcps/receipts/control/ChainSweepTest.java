package tcps.receipts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChainSweepTest {

    private final TreeSet<String> skus = new TreeSet<>(List.of("SKU-1", "SKU-2", "SKU-3", "SKU-4", "SKU-5"));
    private final ChainSweep sweep = new ChainSweep();

    // Two SKUs per step, like the store's query with a limit
    private final Function<String, List<String>> twoAfter =
            after -> new ArrayList<>(after == null ? skus : skus.tailSet(after, false))
                    .stream().limit(2).toList();

    @Test
    void stepsCoverEverySkuThenStartOver() {
        assertThat(sweep.next(twoAfter).skus()).containsExactly("SKU-1", "SKU-2");
        assertThat(sweep.next(twoAfter).skus()).containsExactly("SKU-3", "SKU-4");
        ChainSweep.Step last = sweep.next(twoAfter);
        assertThat(last.skus()).containsExactly("SKU-5");
        assertThat(last.lastCompletedAt()).isNull();

        ChainSweep.Step again = sweep.next(twoAfter);

        assertThat(again.skus()).containsExactly("SKU-1", "SKU-2");
        assertThat(again.lastCompletedAt()).isNotNull();
    }

    @Test
    void skusAddedBehindTheCursorAreReachedOnTheNextSweep() {
        sweep.next(twoAfter);
        sweep.next(twoAfter);
        skus.add("SKU-0");
        assertThat(sweep.next(twoAfter).skus()).containsExactly("SKU-5");
        assertThat(sweep.next(twoAfter).skus()).containsExactly("SKU-0", "SKU-1");
    }

    @Test
    void aBrokenChainIsRememberedUntilItVerifies() {
        sweep.verified("SKU-2", false);
        sweep.verified("SKU-3", true);
        assertThat(sweep.broken()).containsExactly("SKU-2");

        sweep.verified("SKU-2", true);

        assertThat(sweep.broken()).isEmpty();
    }

    @Test
    void withoutChainsEveryStepIsEmpty() {
        skus.clear();
        assertThat(sweep.next(twoAfter).skus()).isEmpty();
        assertThat(sweep.next(twoAfter).skus()).isEmpty();
    }
}
