package tcps.kanban.control;

/** New work may flow into the bucket again: whoever holds queued work should pull it now. */
public record IntakeResumed(String bucket) {}
