package tcps.alerting.boundary;

import jakarta.validation.constraints.Size;

/** The optional body of an acknowledgement or a manual resolve. */
public record AlertNote(@Size(max = 2000) String comment) {}
