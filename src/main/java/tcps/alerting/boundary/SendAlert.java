package tcps.alerting.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tcps.alerting.control.ExternalAlert;

/**
 * The body of {@code POST /api/alerts} ({@code send_alert}): an alert from another system. The same {@code rule} and
 * labels name the same alert; {@code endsAt} in the past resolves it.
 */
public record SendAlert(
        @NotBlank @Size(max = 200) String rule,
        @NotBlank @Pattern(regexp = "critical|warning|info", message = "must be critical, warning or info")
                String severity,
        @Size(max = 64) @Pattern(regexp = "[a-z][a-z0-9_-]*", message = "must be a component name such as andon")
                String component,
        @Size(max = 1000) String message,
        @Size(max = 20)
                Map<@Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*") String, @NotNull @Size(max = 200) String> labels,
        @Size(max = 10)
                Map<@Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*") String, @NotNull @Size(max = 1000) String> annotations,
        Instant endsAt) {

    ExternalAlert external() {
        String part = component == null ? "external" : component;
        Map<String, String> allLabels = new LinkedHashMap<>(labels == null ? Map.of() : labels);
        allLabels.put("alertname", rule);
        allLabels.put("severity", severity);
        allLabels.put("component", part);
        Map<String, String> notes = new LinkedHashMap<>(annotations == null ? Map.of() : annotations);
        if (message != null) {
            notes.put("summary", message);
        }
        return new ExternalAlert(rule, severity, part, allLabels, notes, null, endsAt);
    }
}
