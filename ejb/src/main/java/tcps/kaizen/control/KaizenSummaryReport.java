package tcps.kaizen.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.kaizen.entity.ImprovementStore;
import tcps.kaizen.entity.ProposalStore;
import tcps.kaizen.entity.WasteCount;

/** Kaizen figures from grouped counts: a handful of rows whatever the history size. */
@Stateless
public class KaizenSummaryReport {

    @Inject
    ProposalStore proposals;

    @Inject
    ImprovementStore improvements;

    @Inject
    @ConfigProperty(name = "tcps.kaizen.top-waste-points", defaultValue = "5")
    int topWastePoints;

    /**
     * Top waste points count every proposal and every improvement made without one; an improvement that came from a
     * proposal is the same waste named once, so it is not counted again.
     */
    public KaizenSummary summary() {
        List<WasteCount> wastes = new ArrayList<>(proposals.wasteCounts());
        wastes.addAll(improvements.directWasteCounts());
        return KaizenFigures.compute(improvements.tally(), proposals.countByStatus(), wastes, topWastePoints);
    }
}
