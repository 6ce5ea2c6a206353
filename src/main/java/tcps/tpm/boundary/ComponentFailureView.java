package tcps.tpm.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import tcps.tpm.entity.ComponentFailure;

/** A component failure as the API shows it; {@code recoveredAt} is null while the component is still down. */
@JsonbNillable
public record ComponentFailureView(
        long id, String component, String cause, Instant failedAt, Instant recoveredAt, boolean recovered) {

    static ComponentFailureView of(ComponentFailure failure) {
        return new ComponentFailureView(
                failure.getId(),
                failure.getComponent(),
                failure.getCause(),
                failure.getFailedAt(),
                failure.getRecoveredAt(),
                failure.isRecovered());
    }
}
