package tcps.kanban.control;

/**
 * Each bucket's queue depth as kept running by the metrics from the committed changes: reading it costs nothing,
 * where counting the queue reads every row in it.
 */
public interface QueueDepths {

    long queuedIn(String bucket);
}
