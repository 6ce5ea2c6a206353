package tcps.receipts.control;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tcps.receipts.entity.Receipt;

/** Recomputes a chain from its stored receipts alone: hashes, links, positions, and row-versus-payload agreement. */
public final class ChainVerifier {

    private ChainVerifier() {}

    public static ChainValidation verify(String skuId, List<Receipt> chain) {
        List<ChainValidation.Break> breaks = new ArrayList<>();
        String previousHash = null;
        for (int i = 0; i < chain.size(); i++) {
            Receipt receipt = chain.get(i);
            String problem = problemOf(receipt, i + 1, previousHash);
            if (problem != null) {
                breaks.add(new ChainValidation.Break(receipt.getPosition(), receipt.getId(), problem));
            }
            previousHash = receipt.getHash();
        }
        return new ChainValidation(skuId, chain.size(), breaks.isEmpty(), List.copyOf(breaks));
    }

    private static String problemOf(Receipt receipt, int expectedPosition, String previousHash) {
        if (!CanonicalJson.sha256(receipt.getPayload()).equals(receipt.getHash())) {
            return "payload does not match its hash";
        }
        if (receipt.getPosition() != expectedPosition) {
            return "expected position " + expectedPosition + " (a receipt is missing)";
        }
        if (!Objects.equals(receipt.getPreviousHash(), previousHash)) {
            return "previous hash does not match the receipt before it";
        }
        JsonObject payload = CanonicalJson.parse(receipt.getPayload());
        boolean agrees = receipt.getSkuId().equals(payload.getString("skuId"))
                && receipt.getPosition() == payload.getInt("position")
                && receipt.getWorkOrderId()
                        == payload.getJsonNumber("workOrderId").longValue()
                && receipt.getStage().equals(payload.getString("stage"))
                && Objects.equals(receipt.getPreviousHash(), stringOrNull(payload, "previousHash"));
        return agrees ? null : "stored columns differ from the hashed payload";
    }

    private static String stringOrNull(JsonObject payload, String name) {
        return payload.isNull(name) ? null : payload.getString(name);
    }
}
