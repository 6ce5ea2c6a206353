package tcps.kaizen.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import tcps.kaizen.entity.Improvement;
import tcps.kaizen.entity.ImprovementProposal;
import tcps.kaizen.entity.ImprovementStore;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Slice;
import tcps.storage.entity.Timestamps;

/** Implemented improvements and their measured waste reduction, whether they came from a proposal or not. */
@Stateless
public class Improvements {

    @Inject
    ImprovementStore store;

    @Inject
    Event<ImprovementImplemented> implemented;

    public Improvement record(RecordImprovement command) {
        return store(
                null,
                command.title(),
                command.wasteType(),
                command.baselineValue(),
                command.afterValue(),
                command.automated(),
                command.implementedAt());
    }

    /** The improvement a proposal led to; {@link ImprovementProposals#implement} closes the proposal. */
    public Improvement recordFor(ImprovementProposal proposal, ImplementProposal command) {
        return store(
                proposal.getId(),
                proposal.getTitle(),
                proposal.getWasteType(),
                command.baselineValue(),
                command.afterValue(),
                command.automated(),
                command.implementedAt());
    }

    /** Stores the improvement with its reduction computed once, and announces it. */
    private Improvement store(
            Long proposalId,
            String title,
            String wasteType,
            double baseline,
            double after,
            boolean automated,
            Instant implementedAt) {
        Instant at = implementedAt != null ? implementedAt : Timestamps.now();
        Double reduction = KaizenFigures.reduction(baseline, after);
        Improvement improvement = store.save(
                new Improvement(proposalId, title, wasteType, at).measured(baseline, after, reduction, automated));
        implemented.fire(
                new ImprovementImplemented(improvement.getId(), proposalId, wasteType, reduction, automated, at));
        return improvement;
    }

    public Improvement improvement(long id) {
        return store.find(id).orElseThrow(() -> new UnknownEntity("improvement", id));
    }

    public Slice<Improvement> improvements(String wasteType, int limit, int offset) {
        return store.list(wasteType, limit, offset);
    }
}
