package tcps.kanban.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** New work may flow into the bucket again: whoever holds queued work should pull it now. */
public record IntakeResumed(String bucket, Instant at) implements LineChange {}
