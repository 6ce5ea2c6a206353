package tcps.kanban.control;

/**
 * The work waiting in a bucket's queue, read exactly. Kanban asks; the work orders, which keep the queue, answer (so
 * Kanban does not depend on them).
 */
public interface QueuedWork {

    /** Counting a queue reads every row in it. */
    long count(String bucket);

    /** Whether any work waits: reads one row. */
    boolean any(String bucket);
}
