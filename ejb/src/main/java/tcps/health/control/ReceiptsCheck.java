package tcps.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.health.entity.ReceiptCoverageStore;
import tcps.receipts.control.ChainValidation;
import tcps.receipts.control.ChainVerifier;
import tcps.receipts.control.ReceiptChain;
import tcps.simulation.control.FailureSimulation;

/**
 * Receipts: unhealthy when a passed stage has no receipt or a SKU's chain does not verify. Each check recomputes the
 * chains of the SKUs that grew last (a configured number), so its cost stays bounded however long the history.
 */
@ApplicationScoped
public class ReceiptsCheck implements ComponentCheck {

    static final String NAME = "receipts";

    @Inject
    ReceiptCoverageStore coverage;

    @Inject
    ReceiptChain chains;

    @Inject
    FailureSimulation simulation;

    @Inject
    @ConfigProperty(name = "tcps.health.receipts.chains-per-check", defaultValue = "100")
    int chainsPerCheck;

    @Override
    public String component() {
        return NAME;
    }

    @Override
    public ComponentHealth check() {
        // Passed stages first: a stage passing in between then shows as one receipt more, never as one missing.
        long passed = coverage.passedStages();
        long receipts = coverage.receipts();
        List<String> broken = new ArrayList<>();
        List<String> skus = coverage.recentlyChainedSkus(chainsPerCheck);
        for (String sku : skus) {
            ChainValidation validation = ChainVerifier.verify(sku, chains.chainOf(sku));
            if (!validation.valid()) {
                broken.add(sku);
            }
        }
        Readings readings = new Readings(simulation, NAME);
        long missing = readings.count("missing_receipts", Math.max(0, passed - receipts));
        long brokenChains = readings.count("broken_chains", broken.size());

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("passed_stages", passed);
        details.put("receipts", receipts);
        details.put("missing_receipts", missing);
        details.put("chains_verified", skus.size());
        details.put("chained_skus", coverage.chainedSkus());
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
