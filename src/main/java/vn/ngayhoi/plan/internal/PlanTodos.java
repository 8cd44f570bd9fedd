package vn.ngayhoi.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/**
 * What plans ask of people. A unit's own plans are those of its unit or of the steering committee
 * directly under it (a district's plan is the committee's): to start from the plan above, to finish
 * and submit, to fix after a return, to issue once approved. Leaders approve their own unit's
 * submitted plans (a district's chairman does not approve a commune's). A commune's draft is its own business, never an item on the district's list.
 */
@Component
class PlanTodos implements TodoSource {

    /** The account's unit, or the committee directly under it. */
    private static final String OWN_UNIT = "(u.id = ? or (u.parent_id = ? and u.type_code = 'COMMITTEE'))";

    private final JdbcClient jdbc;

    PlanTodos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        if (actor.unitId() > 0 && (actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE))) {
            // Issued plans above that require this unit's own plan, not started yet.
            items.addAll(jdbc.sql("""
                            select p.id, p.content->>'subject', p.cascade_due, u.code, u.name
                            from plan p
                            join plan_delivery d on d.plan_id = p.id
                            join org_unit u on u.id = d.recipient_unit_id and u.type_code = any(p.cascade_types)
                            where %s and p.status = 'ISSUED'
                              and not exists (select 1 from plan own where own.parent_plan_id = p.id
                                              and own.unit_id = u.id)
                            """.formatted(OWN_UNIT))
                    .params(actor.unitId(), actor.unitId())
                    .query((rs, n) -> new TodoItem(
                            "PLAN_MAKE_OWN",
                            "plan.todo.makeOwn",
                            new Object[] {rs.getString(2)},
                            "/plans/" + rs.getLong(1),
                            rs.getObject(3, LocalDate.class),
                            rs.getString(4),
                            rs.getString(5),
                            null))
                    .list());
            items.addAll(jdbc.sql("""
                            select p.id, p.content->>'subject', p.status, parent.cascade_due, u.code, u.name,
                                   p.return_reason
                            from plan p join org_unit u on u.id = p.unit_id
                            left join plan parent on parent.id = p.parent_plan_id
                            where %s and p.status in ('DRAFT', 'RETURNED', 'APPROVED')
                            """.formatted(OWN_UNIT))
                    .params(actor.unitId(), actor.unitId())
                    .query((rs, n) -> {
                        String status = rs.getString(3);
                        String kind = switch (status) {
                            case "RETURNED" -> "PLAN_FIX_RETURNED";
                            case "APPROVED" -> "PLAN_ISSUE";
                            default -> "PLAN_SUBMIT";
                        };
                        String key = switch (status) {
                            case "RETURNED" -> "plan.todo.fixReturned";
                            case "APPROVED" -> "plan.todo.issue";
                            default -> "plan.todo.finishOwn";
                        };
                        return new TodoItem(
                                kind,
                                key,
                                new Object[] {rs.getString(2)},
                                "/plans/" + rs.getLong(1),
                                rs.getObject(4, LocalDate.class),
                                rs.getString(5),
                                rs.getString(6),
                                "RETURNED".equals(status) ? rs.getString(7) : null);
                    })
                    .list());
        }
        if (actor.has(Role.LEADER)) {
            items.addAll(jdbc.sql("""
                            select p.id, p.content->>'subject', parent.cascade_due, u.code, u.name
                            from plan p join org_unit u on u.id = p.unit_id
                            left join plan parent on parent.id = p.parent_plan_id
                            where %s and p.status = 'SUBMITTED'
                            """.formatted(OWN_UNIT))
                    .params(actor.unitId(), actor.unitId())
                    .query((rs, n) -> new TodoItem(
                            "PLAN_APPROVE",
                            "plan.todo.approve",
                            new Object[] {rs.getString(2)},
                            "/plans/" + rs.getLong(1),
                            rs.getObject(3, LocalDate.class),
                            rs.getString(4),
                            rs.getString(5),
                            null))
                    .list());
        }
        return items;
    }
}
