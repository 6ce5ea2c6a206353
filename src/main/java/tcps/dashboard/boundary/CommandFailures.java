package tcps.dashboard.boundary;

import jakarta.json.JsonValue;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import tcps.problems.boundary.Problem;
import tcps.problems.boundary.ProblemClassifier;

/** What a failed command answers: the problem the REST API gives for the same failure, with the request's id. */
final class CommandFailures {

    private static final Logger LOG = Logger.getLogger(CommandFailures.class.getName());

    private CommandFailures() {}

    /** The problem REST would answer; unexpected failures are logged under a reference, never shown. */
    static Problem problemFor(RuntimeException failure) {
        if (failure instanceof MessageRefused refused) {
            return refused.problem();
        }
        Problem problem = ProblemClassifier.classify(failure, MessageRefused.INSTANCE);
        if (problem != null) {
            return problem;
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure of a dashboard command, reference " + reference, failure);
        return Problem.plain(500, "An unexpected error occurred. Reference: " + reference, MessageRefused.INSTANCE);
    }

    static JsonValue requestIdOf(InboundMessage message, RuntimeException failure) {
        if (message != null) {
            return message.requestId();
        }
        return failure instanceof InboundMessage.IdentifiedRefusal refused ? refused.requestId() : null;
    }
}
