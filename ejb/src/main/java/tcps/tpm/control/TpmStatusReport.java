package tcps.tpm.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.storage.entity.TimeWindow;
import tcps.storage.entity.Timestamps;
import tcps.tpm.entity.ComponentFailureStore;
import tcps.tpm.entity.MaintenanceTaskStore;

/** TPM figures exactly from the stored records: counts in the database, downtime from the window's failures. */
@Stateless
public class TpmStatusReport {

    @Inject
    MaintenanceTaskStore tasks;

    @Inject
    ComponentFailureStore failures;

    @Inject
    @ConfigProperty(name = "tcps.tpm.window-days", defaultValue = "30")
    int windowDays;

    /** Figures for {@code component} (all components when null) over [from, to]; missing bounds take defaults. */
    public TpmStatus status(String component, Instant from, Instant to) {
        Instant now = Timestamps.now();
        TimeWindow window = TimeWindow.resolve(from, to, Duration.ofDays(windowDays), now);
        return TpmFigures.compute(
                component,
                window,
                now,
                tasks.tally(component, window.from(), window.to()),
                failures.overlapping(component, window.from(), window.to()),
                tasks.lastCompletion(component).orElse(null));
    }
}
