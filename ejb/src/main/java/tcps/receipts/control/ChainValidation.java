package tcps.receipts.control;

import java.util.List;

/** The outcome of recomputing a SKU's receipt chain: valid when nothing is broken. */
public record ChainValidation(String skuId, int receipts, boolean valid, List<Break> breaks) {

    /** Where the chain breaks and why. */
    public record Break(int position, long receiptId, String reason) {}
}
