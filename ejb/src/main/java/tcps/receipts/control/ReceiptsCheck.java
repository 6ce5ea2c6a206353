package tcps.receipts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.health.control.ComponentCheck;
import tcps.health.control.ComponentHealth;
import tcps.health.control.Verdict;
import tcps.receipts.entity.ReceiptCoverageStore;
import tcps.simulation.control.FailureSimulation;
import tcps.simulation.control.Readings;

/**
 * Receipts: unhealthy when a passed stage has no receipt or a SKU's chain does not verify. Missing receipts are found
 * exactly (each passed stage looked up by index). Chains are recomputed in bounded steps so a check costs the same
 * however long the history: every check verifies the chains that grew last, the chains found broken before, and the
 * next ones of a sweep over every SKU, so every chain is verified again within one sweep.
 */
@ApplicationScoped
public class ReceiptsCheck implements ComponentCheck {

    static final String NAME = "receipts";
    private static final int MISSING_SHOWN = 10;

    @Inject
    ReceiptCoverageStore coverage;

    @Inject
    ReceiptChain chains;

    @Inject
    FailureSimulation simulation;

    @Inject
    @ConfigProperty(name = "tcps.health.receipts.chains-per-check", defaultValue = "100")
    int chainsPerCheck;

    @Inject
    @ConfigProperty(name = "tcps.health.receipts.sweep-per-check", defaultValue = "100")
    int sweepPerCheck;

    private final ChainSweep sweep = new ChainSweep();

    @Override
    public String component() {
        return NAME;
    }

    @Override
    public ComponentHealth check() {
        long missingFound = coverage.passedStagesWithoutReceipt();
        Set<String> toVerify = new LinkedHashSet<>(coverage.recentlyChainedSkus(chainsPerCheck));
        ChainSweep.Step step = sweep.next(after -> coverage.chainedSkusAfter(after, sweepPerCheck));
        toVerify.addAll(step.skus());
        toVerify.addAll(sweep.broken());
        List<String> broken = new ArrayList<>();
        for (String sku : toVerify) {
            boolean valid = ChainVerifier.verify(sku, chains.chainOf(sku)).valid();
            sweep.verified(sku, valid);
            if (!valid) {
                broken.add(sku);
            }
        }
        Readings readings = new Readings(simulation, NAME);
        long missing = readings.count("missing_receipts", missingFound);
        long brokenChains = readings.count("broken_chains", broken.size());

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("missing_receipts", missing);
        details.put(
                "missing_sample",
                missingFound == 0 ? List.of() : coverage.passedStagesWithoutReceiptSample(MISSING_SHOWN));
        details.put("chains_verified", toVerify.size());
        details.put("chained_skus", coverage.chainedSkus());
        details.put("sweep_completed_at", step.lastCompletedAt());
        details.put("broken_chains", brokenChains);
        details.put("broken_skus", broken);
        return ComponentHealth.of(NAME, judge(missing, brokenChains, broken), details, readings);
    }

    static Verdict judge(long missingReceipts, long brokenChains, List<String> brokenSkus) {
        return new Verdict()
                .unhealthyIf(missingReceipts > 0, missingReceipts + " passed stage(s) without a receipt")
                .unhealthyIf(
                        brokenChains > 0,
                        brokenChains + " receipt chain(s) do not verify"
                                + (brokenSkus.isEmpty() ? "" : ": " + String.join(", ", brokenSkus)));
    }
}
