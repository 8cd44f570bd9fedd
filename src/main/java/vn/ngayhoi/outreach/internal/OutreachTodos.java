package vn.ngayhoi.outreach.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.outreach.CoverageAssignment;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/** A coverage assignment past its due date with nothing recorded is on the assignee's list. */
@Component
class OutreachTodos implements TodoSource {

    private final CoverageRepository coverage;
    private final Clock clock;

    OutreachTodos(CoverageRepository coverage, Clock clock) {
        this.coverage = coverage;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        if (!(actor.has(Role.UNIT_OFFICER) || actor.has(Role.DEPARTMENT_OFFICER) || actor.has(Role.STANDING_OFFICE))) {
            return items;
        }
        for (CoverageAssignment a : coverage.overdueWithoutItems(actor.unitId(), LocalDate.now(clock))) {
            items.add(new TodoItem(
                    "COVERAGE_OVERDUE",
                    "outreach.todo.coverage",
                    new Object[] {a.festivalUnitName()},
                    "/outreach/coverage/" + a.id(),
                    a.dueDate(),
                    a.unitCode(),
                    a.unitName(),
                    null));
        }
        return items;
    }
}
