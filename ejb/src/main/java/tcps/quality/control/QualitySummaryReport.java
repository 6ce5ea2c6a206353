package tcps.quality.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.quality.entity.DeploymentOutcomeStore;
import tcps.quality.entity.QualityGateResultStore;
import tcps.storage.entity.TimeWindow;
import tcps.storage.entity.Timestamps;

/** Quality figures from aggregate queries: three single-row queries, whatever the history size. */
@Stateless
public class QualitySummaryReport {

    @Inject
    QualityGateResultStore results;

    @Inject
    DeploymentOutcomeStore deployments;

    @Inject
    @ConfigProperty(name = "tcps.quality.window-days", defaultValue = "30")
    int windowDays;

    /** Figures for {@code skuId} (all SKUs when null) over [from, to]; missing bounds take defaults. */
    public QualitySummary summary(String skuId, Instant from, Instant to) {
        TimeWindow window = TimeWindow.resolve(from, to, Duration.ofDays(windowDays), Timestamps.now());
        return QualityFigures.compute(
                skuId,
                window,
                results.tally(skuId, window.from(), window.to()),
                results.firstPass(skuId, window.from(), window.to()),
                deployments.tally(skuId, window.from(), window.to()));
    }
}
