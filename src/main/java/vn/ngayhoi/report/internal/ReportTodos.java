package vn.ngayhoi.report.internal;

import java.time.Clock;
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
 * Results reports on home pages. The unit: its report to fill and send, or to fix after a return
 * (with the reason). The level that owns the form (the standing office of the committee's
 * territory): each report waiting for review, the units still missing once the deadline has passed,
 * and the upward report to draft and issue.
 */
@Component
class ReportTodos implements TodoSource {

    /** Units a form assigns, as {@code ReportTotals} counts them: type, subtree and valid at the deadline. */
    private static final String ASSIGNED = """
            o.path like root.path || '%' and o.type_code = any(f.assign_types)
              and (o.valid_from is null or o.valid_from <= f.deadline)
              and (o.valid_to is null or o.valid_to >= f.deadline)
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportTodos(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (actor.unitId() <= 0) {
            return List.of();
        }
        List<TodoItem> items = new ArrayList<>();
        if (actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE)) {
            items.addAll(ownReports(actor.unitId()));
        }
        if (actor.has(Role.STANDING_OFFICE)) {
            items.addAll(toReview(actor.unitId()));
            items.addAll(missing(actor.unitId()));
            items.addAll(upward(actor.unitId()));
        }
        if (actor.has(Role.LEADER)) {
            items.addAll(upwardToApprove(actor.unitId()));
        }
        return items;
    }

    private List<TodoItem> ownReports(long unitId) {
        return jdbc.sql("""
                        select f.campaign_id, c.year, f.deadline, o.code, o.name, r.id, r.status, r.return_reason
                        from report_form f join campaign c on c.id = f.campaign_id
                        join org_unit root on root.id = f.assign_root_id
                        join org_unit o on o.id = ?
                        left join report r on r.form_id = f.id and r.unit_id = o.id
                        where %s and (r.id is null or r.status in ('DRAFT', 'RETURNED'))
                        """.formatted(ASSIGNED))
                .param(unitId)
                .query((rs, n) -> {
                    long reportId = rs.getLong(6);
                    boolean exists = !rs.wasNull();
                    boolean returned = "RETURNED".equals(rs.getString(7));
                    return new TodoItem(
                            returned ? "REPORT_FIX_RETURNED" : "REPORT_FILL",
                            returned ? "report.todo.fixReturned" : "report.todo.fill",
                            new Object[] {String.valueOf(rs.getInt(2))},
                            exists ? "/reports/" + reportId : "/reports?campaign=" + rs.getLong(1),
                            rs.getObject(3, LocalDate.class),
                            rs.getString(4),
                            rs.getString(5),
                            returned ? rs.getString(8) : null);
                })
                .list();
    }

    /** Forms of campaigns whose territory is the account's unit (its committee stands under it). */
    private static final String OWNED_FORMS = """
            from report_form f join campaign c on c.id = f.campaign_id
            join campaign_territory territory on territory.campaign_id = c.id and territory.territory_id = ?
            join org_unit committee on committee.id = c.committee_id
            join org_unit root on root.id = f.assign_root_id
            """;

    private List<TodoItem> toReview(long unitId) {
        return jdbc.sql("select r.id, o.code, o.name, c.year " + OWNED_FORMS + """
                        join report r on r.form_id = f.id and r.status = 'SUBMITTED'
                        join org_unit o on o.id = r.unit_id
                        order by r.submitted_at
                        """)
                .param(unitId)
                .query((rs, n) -> new TodoItem(
                        "REPORT_REVIEW",
                        "report.todo.review",
                        new Object[] {rs.getString(3), String.valueOf(rs.getInt(4))},
                        "/reports/" + rs.getLong(1),
                        null,
                        rs.getString(2),
                        rs.getString(3),
                        null))
                .list();
    }

    private List<TodoItem> missing(long unitId) {
        return jdbc.sql("select f.campaign_id, c.year, f.deadline, committee.code, committee.name, count(o.id) "
                        + OWNED_FORMS + """
                        join org_unit o on %s
                        left join report r on r.form_id = f.id and r.unit_id = o.id
                        where f.deadline < ? and (r.id is null or r.status not in ('SUBMITTED', 'ACCEPTED'))
                        group by f.campaign_id, c.year, f.deadline, committee.code, committee.name
                        """.formatted(ASSIGNED))
                .params(unitId, LocalDate.now(clock))
                .query((rs, n) -> new TodoItem(
                        "REPORTS_MISSING",
                        "report.todo.missing",
                        new Object[] {rs.getLong(6), String.valueOf(rs.getInt(2))},
                        "/reports?campaign=" + rs.getLong(1),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        null))
                .list();
    }

    private List<TodoItem> upward(long unitId) {
        return jdbc.sql("select f.campaign_id, c.year, committee.code, committee.name, u.status, u.return_reason "
                        + OWNED_FORMS + """
                        left join upward_report u on u.form_id = f.id
                        where (u.id is null and f.deadline < ?) or u.status in ('DRAFT', 'RETURNED', 'APPROVED')
                        """)
                .params(unitId, LocalDate.now(clock))
                .query((rs, n) -> {
                    String status = rs.getString(5);
                    String kind;
                    String key;
                    if (status == null) {
                        kind = "UPWARD_REPORT_DRAFT";
                        key = "report.todo.upwardDraft";
                    } else if ("RETURNED".equals(status)) {
                        kind = "UPWARD_REPORT_RETURNED";
                        key = "report.todo.upwardReturned";
                    } else if ("APPROVED".equals(status)) {
                        kind = "UPWARD_REPORT_ISSUE_APPROVED";
                        key = "report.todo.upwardIssueApproved";
                    } else {
                        kind = "UPWARD_REPORT_ISSUE";
                        key = "report.todo.upwardIssue";
                    }
                    return new TodoItem(
                            kind,
                            key,
                            new Object[] {String.valueOf(rs.getInt(2))},
                            "/reports/upward?campaign=" + rs.getLong(1),
                            null,
                            rs.getString(3),
                            rs.getString(4),
                            "RETURNED".equals(status) ? rs.getString(6) : null);
                })
                .list();
    }

    /** The committee's head: the upward report submitted for approval. */
    private List<TodoItem> upwardToApprove(long unitId) {
        return jdbc.sql("select f.campaign_id, c.year, committee.code, committee.name " + OWNED_FORMS + """
                        join upward_report u on u.form_id = f.id and u.status = 'SUBMITTED'
                        """)
                .param(unitId)
                .query((rs, n) -> new TodoItem(
                        "UPWARD_REPORT_APPROVE",
                        "report.todo.upwardApprove",
                        new Object[] {String.valueOf(rs.getInt(2))},
                        "/reports/upward?campaign=" + rs.getLong(1),
                        null,
                        rs.getString(3),
                        rs.getString(4),
                        null))
                .list();
    }
}
