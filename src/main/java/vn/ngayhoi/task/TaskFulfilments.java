package vn.ngayhoi.task;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.festival.FestivalEvents.FestivalSaved;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.plan.PlanEvents.PlanIssued;
import vn.ngayhoi.task.internal.TaskRepository;

/**
 * Completes tasks from what other modules record, in the same transaction: the unit's own plan
 * issued, its festival registered (both heard here), its report accepted (the report module calls
 * {@link #systemFulfil}, since it already depends on this module for its chasing letters). A task
 * waiting for several of them moves its percentage with each and is done with the last, with a note
 * saying what did it.
 */
@Component
public class TaskFulfilments {

    private final TaskRepository repository;
    private final TaskManagement tasks;
    private final MessageSource messages;

    TaskFulfilments(TaskRepository repository, TaskManagement tasks, MessageSource messages) {
        this.repository = repository;
        this.tasks = tasks;
        this.messages = messages;
    }

    @EventListener
    void on(PlanIssued issued) {
        fulfil(issued.unitId(), issued.campaignId(), TaskFulfilment.OWN_PLAN_ISSUED);
    }

    @EventListener
    void on(FestivalSaved saved) {
        if (saved.status() == FestivalStatus.REGISTERED || saved.status() == FestivalStatus.HELD) {
            fulfil(saved.unitId(), saved.campaignId(), TaskFulfilment.FESTIVAL_REGISTERED);
        }
    }

    /** What completes a task by itself, each with whether it has happened. */
    public record Condition(TaskFulfilment kind, boolean done) {}

    /**
     * The conditions of a task the caller has already been allowed to see; empty when only the unit
     * can say it is done.
     */
    public List<Condition> conditionsOf(Task task) {
        return repository
                .fulfilment(task.id())
                .map(f -> f.needed().stream()
                        .map(k -> new Condition(
                                TaskFulfilment.valueOf(k), f.done().contains(k)))
                        .toList())
                .orElse(List.of());
    }

    /** {@code kind} happened for the unit in the campaign; tasks waiting for it move on. */
    public void systemFulfil(long unitId, long campaignId, TaskFulfilment kind) {
        fulfil(unitId, campaignId, kind);
    }

    private void fulfil(long unitId, long campaignId, TaskFulfilment kind) {
        for (TaskRepository.Fulfilment f : repository.markFulfilled(unitId, campaignId, kind.name())) {
            Task task = repository.find(f.taskId()).orElseThrow().task();
            boolean all = f.done().containsAll(f.needed());
            int percent = all
                    ? 100
                    : Math.max(
                            task.percent(), 100 * f.done().size() / f.needed().size());
            String done = f.done().stream()
                    .map(k -> text(TaskFulfilment.valueOf(k).messageKey()))
                    .collect(Collectors.joining("; "));
            String note = text(all ? "task.fulfilment.completed" : "task.fulfilment.progress", done);
            tasks.systemReport(task.id(), note, percent, all, "system");
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.forLanguageTag("vi"));
    }
}
