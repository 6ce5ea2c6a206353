package tcps.ingestion.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.ingestion.control.EventGroup.Pending;

/**
 * Group commit for single events: events posted one per request by many clients at once are applied in one
 * transaction, and each request is answered once that transaction committed. A lone event is committed at once; under
 * load, the events that arrive while groups commit form the next group. A transaction costs the server far more than
 * an event in it, so this is what lets single events come close to a batch's rate. Answers are written on threads of
 * their own: writing them on the committing thread took more of its time than the transactions did.
 */
@ApplicationScoped
public class GroupCommit {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    @Inject
    EventIngestion ingestion;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "tcps.ingestion.max-group", defaultValue = "200")
    int maxGroup;

    @Inject
    @ConfigProperty(name = "tcps.ingestion.max-waiting", defaultValue = "10000")
    int maxWaiting;

    // More than one: while one group waits for the database, the next is applied
    @Inject
    @ConfigProperty(name = "tcps.ingestion.committers", defaultValue = "2")
    int committerCount;

    @Inject
    @ConfigProperty(name = "tcps.ingestion.answer-threads", defaultValue = "4")
    int answerThreads;

    private BlockingQueue<Pending> waiting;
    private final List<Thread> committers = new ArrayList<>();
    // Not the managed executor: it captures the context for every task, which costs more than writing an answer
    private ExecutorService answers;

    @PostConstruct
    void start() {
        if (maxGroup < 1 || maxWaiting < 1 || committerCount < 1 || answerThreads < 1) {
            throw new IllegalStateException("tcps.ingestion.max-group, max-waiting, committers and answer-threads"
                    + " must each be at least 1");
        }
        waiting = new ArrayBlockingQueue<>(maxWaiting);
        answers = Executors.newFixedThreadPool(answerThreads, threads);
        for (int i = 0; i < committerCount; i++) {
            Thread committer = threads.newThread(this::commitGroups);
            committer.setName("tcps-group-commit-" + i);
            committer.start();
            committers.add(committer);
        }
    }

    @PreDestroy
    void stop() {
        committers.forEach(Thread::interrupt);
        answers.shutdown();
    }

    /**
     * Queues the event; {@code answer} gets its result or failure once its transaction ended. False when too many
     * events already wait: nothing was queued, and the caller should ask the client to retry later.
     */
    public boolean submit(JsonObject event, BiConsumer<IngestedEvent, Throwable> answer) {
        Pending pending = new Pending(event, new CompletableFuture<>());
        if (!waiting.offer(pending)) {
            return false;
        }
        pending.answer().whenCompleteAsync(answer, answers);
        return true;
    }

    private void commitGroups() {
        List<Pending> group = new ArrayList<>(maxGroup);
        while (true) {
            try {
                group.add(waiting.take());
            } catch (InterruptedException e) {
                abandonWaiting();
                return; // the application is stopping
            }
            waiting.drainTo(group, maxGroup - 1);
            try {
                EventGroup.commit(group, ingestion::ingest);
            } catch (Throwable e) { // EventGroup answers every event; this only keeps a committer alive past the
                // unforeseen
                LOG.log(Level.SEVERE, "A group of events failed outside its transaction", e);
                group.forEach(p -> p.answer().completeExceptionally(e));
            }
            group.clear();
        }
    }

    private void abandonWaiting() {
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(p -> p.answer().completeExceptionally(new IllegalStateException("The server is stopping")));
    }
}
