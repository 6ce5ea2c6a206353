package tcps.tpm.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Slice;
import tcps.storage.entity.Timestamps;
import tcps.tpm.entity.MaintenanceOrigin;
import tcps.tpm.entity.MaintenanceTask;
import tcps.tpm.entity.MaintenanceTaskStore;
import tcps.tpm.entity.TaskStatus;

/** Maintenance tasks: planned, triggered on demand (by operators or self-healing) and completed. */
@Stateless
public class MaintenancePlanner {

    @Inject
    MaintenanceTaskStore tasks;

    @Inject
    Event<MaintenanceScheduled> scheduled;

    @Inject
    Event<MaintenanceTriggered> triggered;

    @Inject
    Event<MaintenanceCompleted> completed;

    public MaintenanceTask schedule(ScheduleMaintenance command) {
        MaintenanceTask task = tasks.save(new MaintenanceTask(
                command.component(),
                command.description(),
                MaintenanceOrigin.SCHEDULED,
                command.dueAt(),
                Timestamps.now()));
        scheduled.fire(
                new MaintenanceScheduled(task.getId(), task.getComponent(), task.getDueAt(), task.getCreatedAt()));
        return task;
    }

    /** An on-demand task, due now: left open it counts against compliance, which is the point. */
    public MaintenanceTask trigger(TriggerMaintenance command) {
        Instant now = Timestamps.now();
        MaintenanceTask task = tasks.save(
                new MaintenanceTask(command.component(), command.reason(), MaintenanceOrigin.ON_DEMAND, now, now));
        triggered.fire(new MaintenanceTriggered(task.getId(), task.getComponent(), command.reason(), now));
        return task;
    }

    /** Marks the task done at {@code completedAt} (now when null); a task completes only once. */
    public MaintenanceTask complete(long taskId, Instant completedAt) {
        MaintenanceTask task = task(taskId);
        if (task.isCompleted()) {
            throw new InvalidStateTransition(
                    "Maintenance task " + taskId + " was already completed at " + task.getCompletedAt() + ".");
        }
        task.complete(completedAt != null ? completedAt : Timestamps.now());
        boolean onTime = !task.getCompletedAt().isAfter(task.getDueAt());
        completed.fire(new MaintenanceCompleted(taskId, task.getComponent(), task.getCompletedAt(), onTime));
        return task;
    }

    public MaintenanceTask task(long taskId) {
        return tasks.find(taskId).orElseThrow(() -> new UnknownEntity("maintenance task", taskId));
    }

    public Slice<MaintenanceTask> tasks(String component, TaskStatus status, int limit, int offset) {
        return tasks.list(component, status, Timestamps.now(), limit, offset);
    }
}
