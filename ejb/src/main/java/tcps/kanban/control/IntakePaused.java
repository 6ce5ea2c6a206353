package tcps.kanban.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** The bucket takes no new work until resumed; its queued work stays queued. */
public record IntakePaused(String bucket, Instant at) implements LineChange {}
