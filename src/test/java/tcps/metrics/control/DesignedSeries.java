package tcps.metrics.control;

import java.util.List;

/** Every metric the product's design documents name, as Prometheus series: the completed counter with its _total. */
public final class DesignedSeries {

    public static final List<String> NAMES = List.of(
            "tcps_production_throughput",
            "tcps_production_lead_time_p50",
            "tcps_production_lead_time_p90",
            "tcps_quality_defect_rate",
            "tcps_kanban_wip_current",
            "tcps_work_orders_total",
            "tcps_work_orders_active",
            "tcps_work_orders_completed_total",
            "tcps_andon_events_open",
            "tcps_andon_events_by_severity",
            "tcps_quality_gate_pass_rate",
            "tcps_kanban_wip",
            "tcps_lead_time_avg",
            "tcps_cycle_time_p50",
            "tcps_cycle_time_p95",
            "tcps_kaizen_lead_time_improvement",
            "tcps_kaizen_defect_reduction",
            "tcps_kaizen_throughput_increase",
            "tcps_sse_connected_clients");

    private DesignedSeries() {}

    /** A pattern matching one sample line of {@code series}, any labels, any value ({@code NaN} included). */
    public static String sampleLine(String series) {
        return "(?m)^" + series + "(\\{[^}]*})? \\S+$";
    }
}
