package tcps.ingestion.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tcps.ingestion.control.EventGroup.Pending;
import tcps.problems.control.InvalidCommand;

class EventGroupTest {

    /** Applies events as one transaction would: all of them, or none when one is marked bad. */
    static final class Transactions implements Function<List<JsonObject>, List<IngestedEvent>> {
        final List<List<String>> committed = new ArrayList<>();
        int attempts;

        @Override
        public List<IngestedEvent> apply(List<JsonObject> events) {
            attempts++;
            List<IngestedEvent> results = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                String name = events.get(i).getString("name");
                if (name.startsWith("bad")) {
                    throw new InvalidCommand("Event " + i + ": " + name + " is bad.");
                }
                results.add(new IngestedEvent(i, "test.event", name));
            }
            committed.add(results.stream().map(r -> (String) r.result()).toList());
            return results;
        }
    }

    static Pending pending(String name) {
        return new Pending(Json.createObjectBuilder().add("name", name).build(), new CompletableFuture<>());
    }

    @Test
    void eventsThatArrivedTogetherCommitInOneTransactionAndEachAnswerIsItsOwn() {
        Transactions transactions = new Transactions();
        List<Pending> group = List.of(pending("a"), pending("b"), pending("c"));

        EventGroup.commit(group, transactions);

        assertThat(transactions.committed).containsExactly(List.of("a", "b", "c"));
        assertThat(group).extracting(p -> p.answer().join().result()).containsExactly("a", "b", "c");
        // Each client posted one event: its result is the first of its own request
        assertThat(group).extracting(p -> p.answer().join().index()).containsOnly(0);
    }

    @Test
    void aBadEventFailsAloneAndTheOthersStillCommit() {
        Transactions transactions = new Transactions();
        Pending bad = pending("bad-one");
        List<Pending> group = List.of(pending("a"), bad, pending("c"));

        EventGroup.commit(group, transactions);

        assertThat(transactions.committed).containsExactly(List.of("a"), List.of("c"));
        assertThat(group.get(0).answer().join().result()).isEqualTo("a");
        assertThat(group.get(2).answer().join().result()).isEqualTo("c");
        assertThat(bad.answer())
                .failsWithin(Duration.ZERO)
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isInstanceOf(InvalidCommand.class)
                .withMessage("Event 0: bad-one is bad.");
    }

    @Test
    void aLoneEventIsAppliedOnce() {
        Transactions transactions = new Transactions();
        Pending bad = pending("bad-alone");

        EventGroup.commit(List.of(bad), transactions);

        assertThat(transactions.attempts).isEqualTo(1);
        assertThat(bad.answer()).isCompletedExceptionally();
        assertThat(transactions.committed).isEmpty();
    }
}
