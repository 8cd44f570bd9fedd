package vn.ngayhoi.task.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/** The unit's open tasks on its home page, by due date. */
@Component
class TaskTodos implements TodoSource {

    private final TaskRepository tasks;
    private final AccessPolicy policy;
    private final Clock clock;

    TaskTodos(TaskRepository tasks, AccessPolicy policy, Clock clock) {
        this.tasks = tasks;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (!actor.has(Role.UNIT_OFFICER) && !actor.has(Role.DEPARTMENT_OFFICER)) {
            return List.of();
        }
        String scope = policy.scopeOf(actor).pathPrefix();
        LocalDate today = LocalDate.now(clock);
        return tasks.list(scope, null, scope, null, today).stream()
                .filter(l -> l.unitPath().startsWith(scope))
                .map(TaskRepository.Located::task)
                .filter(t -> t.status() != vn.ngayhoi.task.TaskStatus.DONE)
                .map(t -> new TodoItem("task.todo.open", new Object[] {t.title()}, "/tasks/" + t.id(), t.dueDate()))
                .toList();
    }
}
