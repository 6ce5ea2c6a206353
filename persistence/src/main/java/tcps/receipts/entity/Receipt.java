package tcps.receipts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Proof that a work order passed a stage: a canonical JSON payload, its SHA-256, and the hash of the SKU's previous
 * receipt, so that changing any receipt breaks the chain after it.
 */
@Entity
@Table(name = "receipt")
public class Receipt {

    @Id
    @SequenceGenerator(name = "receipt_seq", sequenceName = "receipt_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "receipt_seq")
    private Long id;

    @Column(name = "sku_id", nullable = false)
    private String skuId;

    /** 1 for the SKU's first receipt, then one more each. */
    @Column(nullable = false)
    private int position;

    @Column(name = "work_order_id", nullable = false)
    private long workOrderId;

    @Column(nullable = false)
    private String stage;

    @Column(nullable = false, length = 4000)
    private String payload;

    @Column(nullable = false, length = 64)
    private String hash;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Receipt() {}

    public Receipt(
            String skuId,
            int position,
            long workOrderId,
            String stage,
            String payload,
            String hash,
            String previousHash,
            Instant issuedAt) {
        this.skuId = skuId;
        this.position = position;
        this.workOrderId = workOrderId;
        this.stage = stage;
        this.payload = payload;
        this.hash = hash;
        this.previousHash = previousHash;
        this.issuedAt = issuedAt;
    }

    public Long getId() {
        return id;
    }

    public String getSkuId() {
        return skuId;
    }

    public int getPosition() {
        return position;
    }

    public long getWorkOrderId() {
        return workOrderId;
    }

    public String getStage() {
        return stage;
    }

    public String getPayload() {
        return payload;
    }

    public String getHash() {
        return hash;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
