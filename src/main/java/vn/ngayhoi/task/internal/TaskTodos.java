package vn.ngayhoi.task.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;
import vn.ngayhoi.task.Task;
import vn.ngayhoi.task.TaskStatus;

/**
 * Tasks on home pages: a unit's or a department's own open tasks, one by one (a returned one with
 * the reason), except those another module completes; for the standing office that assigns them, one line with how many are overdue,
 * leading to the overdue list (33 lines of other units' work would bury its own).
 */
@Component
class TaskTodos implements TodoSource {

    private final TaskRepository tasks;
    private final AccessPolicy policy;
    private final OrgUnitManagement units;
    private final Clock clock;

    TaskTodos(TaskRepository tasks, AccessPolicy policy, OrgUnitManagement units, Clock clock) {
        this.tasks = tasks;
        this.policy = policy;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (actor.unitId() <= 0) {
            return List.of();
        }
        String scope = policy.scopeOf(actor).pathPrefix();
        LocalDate today = LocalDate.now(clock);
        List<TodoItem> items = new ArrayList<>();
        if (actor.has(Role.UNIT_OFFICER) || actor.has(Role.DEPARTMENT_OFFICER)) {
            var selfCompleting = tasks.selfCompleting(actor.unitId());
            tasks.list(scope, null, scope, null, today).stream()
                    .map(TaskRepository.Located::task)
                    .filter(t -> t.unitId() == actor.unitId() && t.status() != TaskStatus.DONE)
                    // A task that completes by itself (own plan, festival, report) is listed through
                    // those items, each where it is done; listing it too would show one duty twice.
                    .filter(t -> !selfCompleting.contains(t.id()))
                    .map(TaskTodos::own)
                    .forEach(items::add);
        }
        if (actor.has(Role.STANDING_OFFICE)) {
            List<Task> overdue = tasks.list(scope, null, null, "OVERDUE", today).stream()
                    .filter(l -> l.assignerPath().startsWith(scope))
                    .map(TaskRepository.Located::task)
                    .toList();
            if (!overdue.isEmpty()) {
                LocalDate oldest = overdue.stream()
                        .map(Task::dueDate)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
                var unit = units.systemFindById(actor.unitId()).orElseThrow();
                items.add(new TodoItem(
                        "TASKS_OVERDUE",
                        "task.todo.overdue",
                        new Object[] {overdue.size()},
                        "/tasks?status=OVERDUE",
                        oldest,
                        unit.code(),
                        unit.name(),
                        null));
            }
        }
        return items;
    }

    private static TodoItem own(Task t) {
        boolean returned = t.status() == TaskStatus.RETURNED;
        return new TodoItem(
                returned ? "TASK_FIX_RETURNED" : "TASK_OPEN",
                returned ? "task.todo.fixReturned" : "task.todo.open",
                new Object[] {t.title()},
                "/tasks/" + t.id(),
                t.dueDate(),
                t.unitCode(),
                t.unitName(),
                returned ? t.returnReason() : null);
    }
}
