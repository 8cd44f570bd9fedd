package vn.ngayhoi.plan.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/** What plans ask of people: plans to make, to approve, to fix after a return, to issue. */
@Component
class PlanTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    PlanTodos(JdbcClient jdbc, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        String scope = policy.scopeOf(actor).pathPrefix();
        List<TodoItem> items = new ArrayList<>();
        if (actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE)) {
            // Upper plans that require this unit's own plan, not issued yet.
            items.addAll(jdbc.sql("""
                            select p.id, p.content->>'subject', p.cascade_due, own.id, own.status
                            from plan p
                            join plan_delivery d on d.plan_id = p.id
                            join org_unit r on r.id = d.recipient_unit_id and r.type_code = any(p.cascade_types)
                            join org_unit issuer on issuer.id = p.unit_id
                            left join plan own on own.parent_plan_id = p.id and own.unit_id = r.id
                            where r.path like ? and issuer.path not like ? and p.status = 'ISSUED'
                              and (own.id is null or own.status <> 'ISSUED')
                            """)
                    .params(scope + "%", scope + "%")
                    .query((rs, n) -> {
                        long ownId = rs.getLong(4);
                        boolean started = !rs.wasNull();
                        return new TodoItem(
                                started ? "plan.todo.finishOwn" : "plan.todo.makeOwn",
                                new Object[] {rs.getString(2)},
                                "/plans/" + (started ? ownId : rs.getLong(1)),
                                rs.getObject(3, java.time.LocalDate.class));
                    })
                    .list());
            items.addAll(jdbc.sql("""
                            select p.id, p.content->>'subject', p.status from plan p join org_unit o on o.id = p.unit_id
                            where o.path like ? and p.status in ('RETURNED', 'APPROVED')
                            """)
                    .param(scope + "%")
                    .query((rs, n) -> new TodoItem(
                            "RETURNED".equals(rs.getString(3)) ? "plan.todo.fixReturned" : "plan.todo.issue",
                            new Object[] {rs.getString(2)},
                            "/plans/" + rs.getLong(1),
                            null))
                    .list());
        }
        if (actor.has(Role.LEADER)) {
            items.addAll(jdbc.sql("""
                            select p.id, p.content->>'subject' from plan p join org_unit o on o.id = p.unit_id
                            where o.path like ? and p.status = 'SUBMITTED'
                            """)
                    .param(scope + "%")
                    .query((rs, n) -> new TodoItem(
                            "plan.todo.approve", new Object[] {rs.getString(2)}, "/plans/" + rs.getLong(1), null))
                    .list());
        }
        return items;
    }
}
