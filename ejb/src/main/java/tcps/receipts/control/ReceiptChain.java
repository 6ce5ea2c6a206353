package tcps.receipts.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tcps.receipts.entity.Receipt;
import tcps.receipts.entity.ReceiptStore;
import tcps.workorders.control.StagePassed;
import tcps.workorders.entity.StageVisit;
import tcps.workorders.entity.WorkOrder;

/**
 * Issues a receipt for every passed stage, chained per SKU. Two receipts for one position cannot both commit (a
 * unique constraint), so a chain never forks; the losing transaction rolls back and can be retried. Each receipt is
 * announced as {@link ReceiptIssued}.
 */
@Stateless
public class ReceiptChain {

    @Inject
    ReceiptStore receipts;

    @Inject
    Event<ReceiptIssued> issued;

    /** Synchronous, so the receipt is written in the transaction that passed the stage. */
    public void stagePassed(@Observes StagePassed passed) {
        issue(passed.workOrder(), passed.visit());
    }

    private Receipt issue(WorkOrder workOrder, StageVisit passed) {
        Receipt previous = receipts.lastOf(workOrder.getSkuId()).orElse(null);
        int position = previous == null ? 1 : previous.getPosition() + 1;
        String previousHash = previous == null ? null : previous.getHash();
        Instant issuedAt = micros(passed.getExitedAt());
        Map<String, Object> members = new HashMap<>();
        members.put("skuId", workOrder.getSkuId());
        members.put("position", position);
        members.put("workOrderId", workOrder.getId());
        members.put("bucket", workOrder.getBucket());
        members.put("stage", passed.getStage());
        members.put("outcome", passed.getOutcome());
        members.put("enteredAt", micros(passed.getEnteredAt()).toString());
        members.put("exitedAt", issuedAt.toString());
        members.put("previousHash", previousHash);
        String payload = CanonicalJson.of(members);
        Receipt receipt = receipts.add(new Receipt(
                workOrder.getSkuId(),
                position,
                workOrder.getId(),
                passed.getStage(),
                payload,
                CanonicalJson.sha256(payload),
                previousHash,
                issuedAt));
        issued.fire(new ReceiptIssued(
                receipt.getId(), receipt.getSkuId(), position, workOrder.getId(), passed.getStage(), issuedAt));
        return receipt;
    }

    public List<Receipt> chainOf(String skuId) {
        return receipts.chainOf(skuId);
    }

    /** Databases keep microseconds; the payload must say exactly what is stored. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
