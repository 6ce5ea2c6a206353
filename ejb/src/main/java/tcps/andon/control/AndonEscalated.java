package tcps.andon.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** Fired inside the escalating transaction; {@code level} is the new escalation level (1 after the first). */
public record AndonEscalated(long andonId, int level, Instant at) implements LineChange {}
