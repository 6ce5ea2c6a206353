package tcps.receipts.boundary;

import java.time.Instant;
import java.util.List;
import tcps.receipts.control.ChainValidation;
import tcps.receipts.entity.Receipt;

/** A SKU's receipt chain with the result of recomputing it. */
public record SkuReceipts(String skuId, List<ReceiptView> receipts, ChainValidation validation) {

    public record ReceiptView(
            long id,
            int position,
            long workOrderId,
            String stage,
            Instant issuedAt,
            String hash,
            String previousHash,
            String payload) {

        static ReceiptView of(Receipt r) {
            return new ReceiptView(
                    r.getId(),
                    r.getPosition(),
                    r.getWorkOrderId(),
                    r.getStage(),
                    r.getIssuedAt(),
                    r.getHash(),
                    r.getPreviousHash(),
                    r.getPayload());
        }
    }
}
