package tcps.alerting.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tcps.alerting.entity.LabelMatcher;

/** A label matcher in a request: {@code type} is =, !=, =~ or !~ (default =). */
public record MatcherInput(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*", message = "must be a label name")
                String name,
        @Pattern(regexp = "=|!=|=~|!~", message = "must be =, !=, =~ or !~") String type,
        @NotNull @Size(max = 500) String value) {

    LabelMatcher matcher() {
        return new LabelMatcher(name, type == null ? LabelMatcher.EQUAL : type, value);
    }
}
