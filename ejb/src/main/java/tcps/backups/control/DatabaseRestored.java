package tcps.backups.control;

/** Every table's content was replaced with a backup's, and committed: what was read before no longer holds. */
public record DatabaseRestored(String backup) {}
