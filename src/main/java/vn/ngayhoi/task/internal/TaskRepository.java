package vn.ngayhoi.task.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.task.Task;
import vn.ngayhoi.task.TaskStatus;

/** SQL for tasks. Lists take the caller's scope (a path prefix) as a parameter. */
@Repository
public class TaskRepository {

    static final String SELECT = """
            select t.id, t.campaign_id, t.plan_id, t.source_section, t.title, t.duty, t.unit_id, o.code as unit_code,
                   o.name as unit_name, o.path as unit_path, t.assigner_unit_id, a.path as assigner_path,
                   t.coordinating_units, t.due_date, t.status, t.percent, t.completion_note, t.completed_at,
                   t.return_reason, t.version, t.updated_at
            from task t join org_unit o on o.id = t.unit_id join org_unit a on a.id = t.assigner_unit_id
            """;

    private final JdbcClient jdbc;
    private final vn.ngayhoi.shared.files.FileStore files;

    TaskRepository(JdbcClient jdbc, vn.ngayhoi.shared.files.FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** A task with the paths that decide who may see it. */
    public record Located(Task task, String unitPath, String assignerPath) {}

    public Optional<Located> find(long id) {
        return jdbc.sql(SELECT + " where t.id = ?")
                .param(id)
                .query(TaskRepository::map)
                .optional();
    }

    /** The one filter of {@link #list} and {@link #page}; a null criterion keeps every task. */
    private static final String WHERE = """
             where (o.path like ? or a.path like ?)
               and (?::bigint is null or t.campaign_id = ?)
               and (?::text is null or o.path like ?)
               and (?::text is null or t.status = ?)
               and (? = false or (t.status <> 'DONE' and t.due_date < ?))
               and (?::text is null or o.name_folded like ?)
               and (?::timestamptz is null or t.updated_at > ?)
            """;

    private static List<Object> whereParams(
            String scope,
            Long campaignId,
            String subtreePath,
            String status,
            String foldedName,
            OffsetDateTime since,
            LocalDate today) {
        String stored = status == null || status.equals("OVERDUE") ? null : status;
        String name = foldedName == null || foldedName.isEmpty() ? null : "%" + foldedName + "%";
        return java.util.Arrays.asList(
                scope + "%",
                scope + "%",
                campaignId,
                campaignId,
                subtreePath,
                subtreePath == null ? null : subtreePath + "%",
                stored,
                stored,
                "OVERDUE".equals(status),
                today,
                name,
                name,
                since,
                since);
    }

    /**
     * Tasks whose unit, or whose assigner, lies under {@code scope}; filtered by campaign, by a unit
     * subtree and by stored status when given.
     */
    public List<Located> list(String scope, Long campaignId, String subtreePath, String status, LocalDate today) {
        return jdbc.sql(SELECT + WHERE + " order by t.due_date, o.code, t.id")
                .params(whereParams(scope, campaignId, subtreePath, status, null, null, today))
                .query(TaskRepository::map)
                .list();
    }

    /** How a page of tasks is ordered: by id (the API), or as the page lists them (urgent first). */
    public enum Order {
        ID("order by t.id"),
        URGENCY("""
                order by case when t.status <> 'DONE' and t.due_date < ? then 0 when t.status = 'RETURNED' then 1
                              when t.status = 'DONE' then 3 else 2 end, t.due_date, t.id
                """);

        final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /**
     * One page of {@link #list}'s tasks, narrowed to units whose folded name holds {@code foldedName}
     * and to those changed after {@code since} when given, and their total: two statements (issue 20).
     */
    public vn.ngayhoi.shared.Slice<Located> page(
            String scope,
            Long campaignId,
            String subtreePath,
            String status,
            String foldedName,
            OffsetDateTime since,
            LocalDate today,
            Order order,
            long offset,
            int limit) {
        List<Object> params = whereParams(scope, campaignId, subtreePath, status, foldedName, since, today);
        String fromWhere = SELECT.substring(SELECT.indexOf("from task")) + WHERE;
        String select = SELECT.substring(0, SELECT.indexOf("from task"));
        // the urgency order compares with today: its one parameter goes before limit/offset
        List<Located> items = jdbc.sql(select + fromWhere + order.sql + " limit ? offset ?")
                .params(java.util.stream.Stream.concat(
                                params.stream(),
                                order == Order.URGENCY
                                        ? java.util.stream.Stream.of(today, limit, offset)
                                        : java.util.stream.Stream.of(limit, offset))
                        .toList())
                .query(TaskRepository::map)
                .list();
        long total = jdbc.sql("select count(*) " + fromWhere)
                .params(params)
                .query(Long.class)
                .single();
        return new vn.ngayhoi.shared.Slice<>(items, total);
    }

    /** Open tasks due on one of {@code dueDates} or before {@code overdueBefore}: what reminders are about. */
    public List<Task> openDueOnOrBefore(List<LocalDate> dueDates, LocalDate overdueBefore) {
        return jdbc
                .sql(SELECT + " where t.status <> 'DONE' and (t.due_date = any(?) or t.due_date < ?) order by t.id")
                .params(dueDates.stream().map(java.sql.Date::valueOf).toArray(java.sql.Date[]::new), overdueBefore)
                .query(TaskRepository::map)
                .list()
                .stream()
                .map(Located::task)
                .toList();
    }

    public long insert(
            Long campaignId,
            Long planId,
            String section,
            String title,
            String duty,
            long unitId,
            long assignerId,
            List<String> coordinating,
            LocalDate due,
            OffsetDateTime now) {
        return jdbc.sql("""
                        insert into task (campaign_id, plan_id, source_section, title, duty, unit_id, assigner_unit_id,
                                          coordinating_units, due_date, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        campaignId,
                        planId,
                        section,
                        title,
                        duty,
                        unitId,
                        assignerId,
                        coordinating.toArray(String[]::new),
                        due,
                        now,
                        now)
                .query(Long.class)
                .single();
    }

    public boolean update(
            long id,
            int expectedVersion,
            TaskStatus status,
            int percent,
            String note,
            String returnReason,
            OffsetDateTime completedAt,
            String completedBy,
            OffsetDateTime now) {
        return jdbc.sql("""
                        update task set status = ?, percent = ?, completion_note = coalesce(?, completion_note),
                            return_reason = ?, completed_at = ?, completed_by = ?, updated_at = ?, version = version + 1
                        where id = ? and version = ?
                        """)
                        .params(
                                status.name(),
                                percent,
                                note,
                                returnReason,
                                completedAt,
                                completedBy,
                                now,
                                id,
                                expectedVersion)
                        .update()
                == 1;
    }

    public long addProgress(long taskId, String note, int percent, String kind, OffsetDateTime now, String by) {
        return jdbc.sql("""
                        insert into task_progress (task_id, note, percent, kind, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(taskId, note, percent, kind, now, by)
                .query(Long.class)
                .single();
    }

    public void addAttachment(
            long taskId,
            long progressId,
            String name,
            String mime,
            byte[] content,
            String sha,
            OffsetDateTime now,
            String by) {
        jdbc.sql("""
                        insert into task_attachment (task_id, progress_id, file_name, content_type, size_bytes, sha256,
                                                     created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(taskId, progressId, name, mime, (long) content.length, files.put(content), now, by)
                .update();
    }

    /** One entry of a task's history. */
    public record Progress(
            long id, String note, int percent, String kind, OffsetDateTime at, String by, List<AttachmentInfo> files) {}

    /** An attachment without its bytes. */
    public record AttachmentInfo(long id, String fileName, String contentType, long size, String sha256) {}

    /** An attachment with its bytes and its task, for serving it. */
    public record AttachmentFile(long id, long taskId, String fileName, String contentType, byte[] content) {}

    public List<Progress> history(long taskId) {
        List<AttachmentInfo> none = List.of();
        List<Progress> entries = jdbc.sql("""
                        select id, note, percent, kind, created_at, created_by from task_progress where task_id = ? order by id desc
                        """)
                .param(taskId)
                .query((rs, n) -> new Progress(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6),
                        none))
                .list();
        return entries.stream()
                .map(p -> new Progress(p.id(), p.note(), p.percent(), p.kind(), p.at(), p.by(), attachmentsOf(p.id())))
                .toList();
    }

    private List<AttachmentInfo> attachmentsOf(long progressId) {
        return jdbc.sql(
                        "select id, file_name, content_type, size_bytes, sha256 from task_attachment where progress_id = ? order by id")
                .param(progressId)
                .query((rs, n) -> new AttachmentInfo(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)))
                .list();
    }

    public Optional<AttachmentFile> attachment(long id) {
        return jdbc.sql("select id, task_id, file_name, content_type, sha256 from task_attachment where id = ?")
                .param(id)
                .query((rs, n) -> new AttachmentFile(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), files.get(rs.getString(5))))
                .optional();
    }

    /** Sets what completes a task by itself (right after it is made). */
    public void setFulfilment(long id, List<String> kinds) {
        jdbc.sql("update task set fulfilled_by = ?::text[] where id = ?")
                .params(kinds.toArray(String[]::new), id)
                .update();
    }

    /** The unit's tasks that complete by themselves, in one query. */
    public java.util.Set<Long> selfCompleting(long unitId) {
        return new java.util.HashSet<>(jdbc.sql("select id from task where unit_id = ? and fulfilled_by <> '{}'")
                .param(unitId)
                .query(Long.class)
                .list());
    }

    /** What completes a task by itself, and which of it has happened. */
    public record Fulfilment(long taskId, List<String> needed, List<String> done) {}

    public Optional<Fulfilment> fulfilment(long id) {
        return jdbc.sql("select id, fulfilled_by, fulfilled from task where id = ? and fulfilled_by <> '{}'")
                .param(id)
                .query(TaskRepository::fulfilmentRow)
                .optional();
    }

    /**
     * Records that {@code kind} happened for the unit in the campaign, on every open task waiting for
     * it; returns those tasks with what they now have. The row lock keeps two events from losing
     * each other's mark.
     */
    public List<Fulfilment> markFulfilled(long unitId, long campaignId, String kind) {
        return jdbc.sql("""
                        update task set fulfilled = array_append(fulfilled, ?)
                        where unit_id = ? and campaign_id = ? and status <> 'DONE'
                          and ? = any(fulfilled_by) and not (? = any(fulfilled))
                        returning id, fulfilled_by, fulfilled
                        """)
                .params(kind, unitId, campaignId, kind, kind)
                .query(TaskRepository::fulfilmentRow)
                .list();
    }

    private static Fulfilment fulfilmentRow(ResultSet rs, int n) throws SQLException {
        return new Fulfilment(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()), List.of((String[])
                rs.getArray(3).getArray()));
    }

    static Located map(ResultSet rs, int n) throws SQLException {
        long campaign = rs.getLong("campaign_id");
        Long campaignId = rs.wasNull() ? null : campaign;
        long plan = rs.getLong("plan_id");
        Long planId = rs.wasNull() ? null : plan;
        Array coordinating = rs.getArray("coordinating_units");
        Task task = new Task(
                rs.getLong("id"),
                campaignId,
                planId,
                rs.getString("source_section"),
                rs.getString("title"),
                rs.getString("duty"),
                rs.getLong("unit_id"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                rs.getLong("assigner_unit_id"),
                coordinating == null ? List.of() : Arrays.asList((String[]) coordinating.getArray()),
                rs.getObject("due_date", LocalDate.class),
                TaskStatus.valueOf(rs.getString("status")),
                rs.getInt("percent"),
                rs.getString("completion_note"),
                rs.getObject("completed_at", OffsetDateTime.class),
                rs.getString("return_reason"),
                rs.getInt("version"),
                rs.getObject("updated_at", OffsetDateTime.class));
        return new Located(task, rs.getString("unit_path"), rs.getString("assigner_path"));
    }
}
