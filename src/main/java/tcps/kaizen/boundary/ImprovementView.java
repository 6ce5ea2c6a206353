package tcps.kaizen.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import tcps.kaizen.entity.Improvement;

/** An improvement as the API shows it; {@code reduction} is (baseline − after) ÷ baseline, null for a zero baseline. */
@JsonbNillable
public record ImprovementView(
        long id,
        Long proposalId,
        String title,
        String wasteType,
        double baselineValue,
        double afterValue,
        Double reduction,
        boolean automated,
        Instant implementedAt) {

    static ImprovementView of(Improvement improvement) {
        return new ImprovementView(
                improvement.getId(),
                improvement.getProposalId(),
                improvement.getTitle(),
                improvement.getWasteType(),
                improvement.getBaselineValue(),
                improvement.getAfterValue(),
                improvement.getReduction(),
                improvement.isAutomated(),
                improvement.getImplementedAt());
    }
}
