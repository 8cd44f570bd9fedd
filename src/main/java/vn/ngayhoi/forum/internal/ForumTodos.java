package vn.ngayhoi.forum.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.forum.Opinion;
import vn.ngayhoi.forum.OpinionStatus;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/**
 * The forum's obligations: an unanswered opinion is on the list of its unit's officers, and, once
 * escalated, on the list of the level above as well; an answer waiting for approval is on the
 * list of the leaders whose scope holds it.
 */
@Component
class ForumTodos implements TodoSource {

    private final OpinionRepository opinions;
    private final AccessPolicy policy;

    ForumTodos(OpinionRepository opinions, AccessPolicy policy) {
        this.opinions = opinions;
        this.policy = policy;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        boolean answers = actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE) || actor.has(Role.LEADER);
        if (answers) {
            for (Opinion o : opinions.openOf(actor.unitId())) {
                if (o.status() != OpinionStatus.RECEIVED) {
                    continue;
                }
                boolean escalatedHere = o.escalatedUnitId() != null && o.escalatedUnitId() == actor.unitId();
                items.add(new TodoItem(
                        escalatedHere ? "OPINION_ESCALATED" : "OPINION_ANSWER",
                        escalatedHere ? "forum.todo.escalated" : "forum.todo.answer",
                        new Object[] {o.topicName(), o.unitName()},
                        "/forum/" + o.id(),
                        o.dueDate(),
                        o.unitCode(),
                        o.unitName(),
                        null));
            }
        }
        if (actor.has(Role.LEADER)) {
            for (Opinion o : opinions.pendingApprovalUnder(policy.scopeOf(actor).pathPrefix())) {
                items.add(new TodoItem(
                        "OPINION_APPROVE",
                        "forum.todo.approve",
                        new Object[] {o.topicName(), o.unitName()},
                        "/forum/" + o.id(),
                        o.dueDate(),
                        o.unitCode(),
                        o.unitName(),
                        null));
            }
        }
        return items;
    }
}
