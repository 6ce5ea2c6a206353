package tcps.tpm.boundary;

import java.time.Instant;

/** Body of a recovery: when the component came back, now when left out ({@code {}}). */
public record Recovery(Instant recoveredAt) {}
