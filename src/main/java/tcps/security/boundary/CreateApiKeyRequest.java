package tcps.security.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new API key: who it is for (shown in the audit) and what it may do. */
public class CreateApiKeyRequest {

    @NotBlank
    @Size(max = 100)
    public String name;

    @NotNull
    @Pattern(regexp = "(?i)viewer|operator|admin", message = "must be viewer, operator or admin")
    public String role;
}
