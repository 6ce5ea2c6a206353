package tcps.workorders.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tcps.workorders.control.CreateWorkOrder;
import tcps.workorders.entity.Priority;

public class CreateWorkOrderRequest {

    @NotBlank
    @Size(max = 1000)
    public String description;

    @NotNull
    @Pattern(regexp = "(?i)critical|high|medium|low|[1-4]", message = "must be critical, high, medium, low or 1-4")
    public String priority;

    @NotBlank
    @Size(max = 64)
    public String bucket;

    /** Optional: work created without a SKU gets {@code SKU-<bucket>-<id>} (see {@code WorkOrder.defaultSku}). */
    @Size(max = 128)
    @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may hold letters, digits and . _ : - only")
    public String skuId;

    public CreateWorkOrder toCommand() {
        return new CreateWorkOrder(description.trim(), Priority.parse(priority), bucket.trim(), skuId);
    }
}
