package tcps.andon.control;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The command to pull the Andon cord, also the body of {@code POST /api/andon}. {@code workOrderId}, {@code stage} and
 * {@code details} may be left out. There is no severity: {@link SeverityPolicy} infers it from the failure type.
 */
public record TriggerAndon(
        @NotBlank
                @Size(max = 64)
                @Pattern(regexp = "\\s*[A-Za-z][A-Za-z0-9_.-]*\\s*", message = "must be a word such as test_failure")
                String failureType,
        @NotBlank @Size(max = 128) String skuId,
        @Positive Long workOrderId,
        @Size(max = 64) String stage,
        @JsonbTypeDeserializer(DetailsReader.class) @Size(max = 20)
                Map<@NotBlank @Size(max = 64) String, @NotNull @Size(max = 500) String> details) {}
