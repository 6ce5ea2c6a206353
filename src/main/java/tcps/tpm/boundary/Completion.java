package tcps.tpm.boundary;

import java.time.Instant;

/** Body of a completion: when the task was done, now when left out ({@code {}}). */
public record Completion(Instant completedAt) {}
