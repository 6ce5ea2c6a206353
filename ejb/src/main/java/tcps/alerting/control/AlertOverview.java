package tcps.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import tcps.health.control.OpenAlerts;

/** The active alerts for the health report and the dashboard, as the engine tracks them (no database read). */
@ApplicationScoped
public class AlertOverview implements OpenAlerts {

    @Inject
    AlertEngine engine;

    @Override
    public List<AlertFacts> active() {
        return engine.active();
    }
}
