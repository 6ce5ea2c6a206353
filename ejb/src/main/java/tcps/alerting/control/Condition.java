package tcps.alerting.control;

import java.util.List;

/** A rule's condition, compiled: the label sets for which it holds over the current metrics. */
public interface Condition {

    List<Match> matches(MetricView view);
}
