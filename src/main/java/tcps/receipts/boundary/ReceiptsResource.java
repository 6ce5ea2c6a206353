package tcps.receipts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tcps.problems.control.UnknownEntity;
import tcps.receipts.control.ChainValidation;
import tcps.receipts.control.ChainVerifier;
import tcps.receipts.control.ReceiptChain;
import tcps.receipts.entity.Receipt;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;
import tcps.workorders.entity.WorkOrderFilter;
import tcps.workorders.entity.WorkOrderStore;

@Requires(Role.VIEWER)
@Path("sku/{skuId}/receipts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptsResource {

    @Inject
    ReceiptChain chain;

    @Inject
    WorkOrderStore workOrders;

    @GET
    public SkuReceipts receipts(@PathParam("skuId") String skuId) {
        List<Receipt> receipts = chainOf(skuId);
        return new SkuReceipts(
                skuId,
                receipts.stream().map(SkuReceipts.ReceiptView::of).toList(),
                ChainVerifier.verify(skuId, receipts));
    }

    @GET
    @Path("validation")
    public ChainValidation validation(@PathParam("skuId") String skuId) {
        return ChainVerifier.verify(skuId, chainOf(skuId));
    }

    private List<Receipt> chainOf(String skuId) {
        List<Receipt> receipts = chain.chainOf(skuId);
        // A SKU with work orders but no passed stage yet has an empty, valid chain; an unknown SKU has none.
        if (receipts.isEmpty()
                && workOrders
                        .list(new WorkOrderFilter(null, null, skuId, null, null), 0, 1)
                        .items()
                        .isEmpty()) {
            throw new UnknownEntity("receipt chain for SKU", skuId);
        }
        return receipts;
    }
}
