package tcps.receipts.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/**
 * Fired inside the transaction that stores the receipt for a passed stage: {@code position} in the SKU's chain (1 for
 * its first receipt), issued when the work order left {@code stage}.
 */
public record ReceiptIssued(
        long receiptId, String skuId, int position, long workOrderId, String stage, Instant issuedAt)
        implements LineChange {

    @Override
    public Instant at() {
        return issuedAt;
    }
}
