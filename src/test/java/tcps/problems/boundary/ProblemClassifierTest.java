package tcps.problems.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import tcps.problems.control.MisshapenJson;

class ProblemClassifierTest {

    @Test
    void clientErrorsKeepTheirStatus() {
        Problem problem = ProblemClassifier.classify(new NotFoundException(), "/api/x");

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.type()).isEqualTo("about:blank");
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.detail()).isEqualTo("Nothing is served at /api/x.");
        assertThat(problem.instance()).isEqualTo("/api/x");
    }

    @Test
    void statusesJaxRsDoesNotNameGetATitle() {
        Problem problem = ProblemClassifier.classify(new NotAllowedException("GET"), "/api/x");

        assertThat(problem.status()).isEqualTo(405);
        assertThat(problem.title()).isEqualTo("Method Not Allowed");
    }

    @Test
    void wrappedJsonErrorsAreMalformedJson() {
        Problem problem = ProblemClassifier.classify(new ProcessingException(new JsonbException("bad")), "/api/x");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo(ProblemKind.MALFORMED_JSON.type());
    }

    @Test
    void misshapenJsonIsMalformedJsonWithItsOwnDetail() {
        var wrapped = new ProcessingException(new JsonbException("binding", new MisshapenJson("details", "must be x")));

        Problem problem = ProblemClassifier.classify(wrapped, "/api/x");

        assertThat(problem.type()).isEqualTo(ProblemKind.MALFORMED_JSON.type());
        assertThat(problem.detail()).isEqualTo("details must be x.");
    }

    @Test
    void aBodyNestedPastTheParsersLimitIsMalformedJson() {
        RuntimeException tooDeep = new RuntimeException("Input is too deeply nested 1,000");
        tooDeep.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.eclipse.parsson.JsonParserImpl$Stack", "push", null, 1),
            new StackTraceElement("org.glassfish.jersey.jsonp.internal.JsonValueBodyReader", "readFrom", null, 1)
        });

        Problem problem = ProblemClassifier.classify(tooDeep, "/api/x");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo(ProblemKind.MALFORMED_JSON.type());
    }

    @Test
    void anAnswerJsonbCouldNotWriteIsAServerFault() {
        JsonbException unwritable = new JsonbException("Infinity is not a JSON number");
        unwritable.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.eclipse.yasson.internal.JsonBinding", "toJson", null, 1),
            new StackTraceElement("org.glassfish.jersey.jsonb.internal.JsonBindingProvider", "writeTo", null, 1)
        });

        assertThat(ProblemClassifier.classify(new ProcessingException(unwritable), "/api/x"))
                .isNull();
    }

    @Test
    void anOversizedBodyInsideAParseErrorIs413() {
        WebApplicationException tooLarge = new WebApplicationException("too large", 413);

        Problem problem = ProblemClassifier.classify(new JsonbException("io", tooLarge), "/api/x");

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.detail()).isEqualTo("too large");
    }

    @Test
    void anEmptyBodyIsMissingBody() {
        var empty = new jakarta.ws.rs.BadRequestException(new jakarta.ws.rs.core.NoContentException("empty"));

        assertThat(ProblemClassifier.classify(empty, "/api/x").type()).isEqualTo(ProblemKind.MISSING_BODY.type());
    }

    @Test
    void invalidTransitionsAre409EvenWhenWrapped() {
        var wrapped = new jakarta.ejb.EJBException(new tcps.problems.control.InvalidStateTransition("cancelled"));

        Problem problem = ProblemClassifier.classify(wrapped, "/api/x");

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo(ProblemKind.INVALID_STATE_TRANSITION.type());
        assertThat(problem.detail()).isEqualTo("cancelled");
    }

    @Test
    void unknownEntitiesAre404() {
        Problem problem = ProblemClassifier.classify(new tcps.problems.control.UnknownEntity("work order", 7), "/x");

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEqualTo("No work order with id 7.");
    }

    @Test
    void serverFaultsAreNotClassified() {
        assertThat(ProblemClassifier.classify(new IllegalStateException("boom"), "/api/x"))
                .isNull();
        assertThat(ProblemClassifier.classify(new WebApplicationException(503), "/api/x"))
                .isNull();
    }

    @Test
    void emptyErrorListIsLeftOut() {
        assertThat(new Problem("about:blank", "Bad Request", 400, null, "/", java.util.List.of()).errors())
                .isNull();
    }

    @Test
    void aUniqueKeyTakenByAConcurrentTransactionIsAConflictToRetry() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        RuntimeException atCommit = new RuntimeException("rolled back", new RuntimeException(duplicate));

        Problem problem = ProblemClassifier.classify(atCommit, "/api/work-orders/7/advance");

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo(ProblemKind.CONCURRENT_CHANGE.type());
        assertThat(problem.detail()).contains("Retry");
    }

    @Test
    void aStaleVersionIsAConflictButOtherDatabaseFailuresAreServerFaults() {
        Problem stale = ProblemClassifier.classify(
                new RuntimeException(new jakarta.persistence.OptimisticLockException("stale")), "/api/x");
        Problem notNull = ProblemClassifier.classify(
                new RuntimeException(new SQLException("null value in column", "23502")), "/api/x");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(notNull)
                .as("a broken constraint other than a race is a fault of ours")
                .isNull();
    }

    @Test
    void aDeadlockDeepInsideTheContainersExceptionsIsAConflictToRetry() {
        // The chain Payara builds when two batches lock Kanban buckets in opposite orders
        SQLException deadlock = new SQLException("deadlock detected", "40P01");
        Exception chain = new jakarta.ejb.TransactionRolledbackLocalException(
                "rolled back",
                new jakarta.ejb.EJBTransactionRolledbackException(
                        "rolled back",
                        new jakarta.ejb.EJBTransactionRolledbackException(
                                "rolled back",
                                new jakarta.persistence.PessimisticLockException(
                                        "lock", new RuntimeException("EclipseLink-4002", deadlock)))));

        Problem problem = ProblemClassifier.classify(chain, "/api/events/batch");

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.type()).isEqualTo(ProblemKind.CONCURRENT_CHANGE.type());
    }

    @Test
    void aLockNotGrantedIsAConflictToRetry() {
        Problem problem = ProblemClassifier.classify(
                new RuntimeException(new jakarta.persistence.PessimisticLockException("lock not granted")), "/api/x");

        assertThat(problem.status()).isEqualTo(409);
    }
}
