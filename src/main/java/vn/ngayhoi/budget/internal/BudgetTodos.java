package vn.ngayhoi.budget.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.budget.Estimate;
import vn.ngayhoi.budget.EstimateStatus;
import vn.ngayhoi.budget.LineSummary;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/**
 * Every budget obligation on the desk of whoever owes it: the department appraises a submitted
 * estimate, the chairman approves an appraised one, the requester fixes a returned one, and each
 * spending unit records its spending and then closes its settlement.
 */
@Component
class BudgetTodos implements TodoSource {

    private final BudgetRepository repository;

    BudgetTodos(BudgetRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        if (actor.has(Role.DEPARTMENT_OFFICER)) {
            for (Estimate e : repository.waiting(EstimateStatus.SUBMITTED, "appraiser_unit_id", actor.unitId())) {
                items.add(item("BUDGET_APPRAISE", "budget.todo.appraise", e));
            }
        }
        if (actor.has(Role.LEADER)) {
            for (Estimate e : repository.waiting(EstimateStatus.APPRAISED, "approver_unit_id", actor.unitId())) {
                items.add(item("BUDGET_APPROVE", "budget.todo.approve", e));
            }
        }
        if (actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE)) {
            java.util.Map<Long, Estimate> returned = new java.util.LinkedHashMap<>();
            repository
                    .waiting(EstimateStatus.RETURNED, "unit_id", actor.unitId())
                    .forEach(e -> returned.put(e.id(), e));
            if (actor.has(Role.STANDING_OFFICE)) {
                repository
                        .waiting(EstimateStatus.RETURNED, "approver_unit_id", actor.unitId())
                        .forEach(e -> returned.put(e.id(), e));
            }
            for (Estimate e : returned.values()) {
                items.add(item("BUDGET_FIX", "budget.todo.fix", e));
            }
            for (Estimate e : repository.unsettledOf(actor.unitId())) {
                long remaining = repository.summary(e.id(), null).stream()
                        .filter(l -> l.unitId() == actor.unitId())
                        .mapToLong(LineSummary::remaining)
                        .sum();
                items.add(new TodoItem(
                        remaining > 0 ? "BUDGET_SPEND" : "BUDGET_SETTLE",
                        remaining > 0 ? "budget.todo.spend" : "budget.todo.settle",
                        new Object[] {e.unitName(), remaining},
                        "/budgets/" + e.id() + "/spending",
                        null,
                        e.unitCode(),
                        e.unitName(),
                        null));
            }
        }
        return items;
    }

    private static TodoItem item(String kind, String key, Estimate e) {
        return new TodoItem(
                kind,
                key,
                new Object[] {e.unitName()},
                "/budgets/" + e.id(),
                null,
                e.unitCode(),
                e.unitName(),
                e.status() == EstimateStatus.RETURNED ? e.returnReason() : null);
    }
}
