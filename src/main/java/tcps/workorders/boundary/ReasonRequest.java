package tcps.workorders.boundary;

import jakarta.validation.constraints.Size;

/** Optional body of fail, cancel and block: why. */
public class ReasonRequest {

    @Size(max = 1000)
    public String reason;

    static String of(ReasonRequest request) {
        return request == null || request.reason == null || request.reason.isBlank() ? null : request.reason.trim();
    }
}
