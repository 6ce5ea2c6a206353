package tcps.kaizen.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import tcps.ingestion.control.EventFields;
import tcps.ingestion.control.EventHandler;

/** Improvement proposals and implemented improvements posted from retrospectives or tooling. */
@ApplicationScoped
public class KaizenEventHandler implements EventHandler {

    @Inject
    ImprovementProposals proposals;

    @Inject
    Improvements improvements;

    @Override
    public Set<String> types() {
        return Set.of("kaizen.proposal", "kaizen.improvement");
    }

    @Override
    public Object handle(EventFields event) {
        return switch (event.type()) {
            case "kaizen.proposal" -> Map.of(
                    "proposalId",
                    proposals.propose(event.as(ProposeImprovement.class)).getId());
            case "kaizen.improvement" -> Map.of(
                    "improvementId",
                    improvements.record(event.as(RecordImprovement.class)).getId());
            default -> throw event.invalid("unknown Kaizen event");
        };
    }
}
