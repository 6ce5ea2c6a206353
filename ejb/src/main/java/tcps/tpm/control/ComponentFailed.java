package tcps.tpm.control;

import java.time.Instant;

/** Fired once a component failure is stored. */
public record ComponentFailed(long failureId, String component, String cause, Instant failedAt) {}
