package tcps.kanban.control;

/** A bucket's WIP status ({@code get_wip_status(bucket)}), plus queue and pull-signal figures. */
public record WipStatus(
        String bucket,
        int current,
        int limit,
        int available,
        double utilization,
        long queueDepth,
        boolean intakePaused,
        PullSignal pullSignal) {

    /** Time from a slot freeing (with work waiting) to the next pull: the last one and the mean over all pulls. */
    public record PullSignal(long pulls, Long lastLatencyMs, Double averageLatencyMs) {}
}
