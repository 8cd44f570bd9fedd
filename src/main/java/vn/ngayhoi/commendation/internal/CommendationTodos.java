package vn.ngayhoi.commendation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.commendation.Nomination;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/**
 * Commendation obligations: the vetting department's submitted nominations by their working-day due
 * date; the standing office's list of vetting gone overdue in its subtree; a unit's returned
 * nominations with the reason.
 */
@Component
class CommendationTodos implements TodoSource {

    private final NominationRepository nominations;
    private final AccessPolicy policy;
    private final Clock clock;

    CommendationTodos(NominationRepository nominations, AccessPolicy policy, Clock clock) {
        this.nominations = nominations;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (actor.has(Role.DEPARTMENT_OFFICER)) {
            for (Nomination n : nominations.awaitingVetting(actor.unitId())) {
                items.add(item(
                        n.overdueOn(today) ? "COMMENDATION_VET_OVERDUE" : "COMMENDATION_VET",
                        "commendation.todo.vet",
                        n,
                        null));
            }
        }
        if (actor.has(Role.STANDING_OFFICE)) {
            for (Nomination n : nominations.overdueUnder(policy.scopeOf(actor).pathPrefix(), today)) {
                items.add(item("COMMENDATION_VET_OVERDUE", "commendation.todo.overdue", n, null));
            }
        }
        if (actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE)) {
            for (Nomination n : nominations.returnedOf(actor.unitId())) {
                items.add(item("COMMENDATION_RETURNED", "commendation.todo.returned", n, n.reason()));
            }
        }
        return items;
    }

    private static TodoItem item(String kind, String key, Nomination n, String note) {
        return new TodoItem(
                kind,
                key,
                new Object[] {n.name(), n.unitName()},
                "/commendations/nominations/" + n.id(),
                n.dueOn(),
                n.unitCode(),
                n.unitName(),
                note);
    }
}
