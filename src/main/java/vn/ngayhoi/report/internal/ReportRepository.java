package vn.ngayhoi.report.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportStatus;

/** SQL for forms, reports, their history and values. Lists take the caller's scope as a path prefix. */
@Repository
public class ReportRepository {

    private static final String FORM_SELECT = """
            select id, campaign_id, title, definition::text as definition, assign_root_id, assign_types, deadline,
                   grace_days, lock_after_days, version
            from report_form
            """;

    private static final String SELECT = """
            select r.id, r.form_id, f.campaign_id, r.unit_id, o.code as unit_code, o.name as unit_name,
                   o.type_code, o.path as unit_path, r.status, r.data::text as data, r.submitted_at, r.late,
                   r.decided_at, r.decided_by, r.return_reason, r.updated_at, r.version
            from report r join report_form f on f.id = r.form_id join org_unit o on o.id = r.unit_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A report with its unit's path, for scope decisions. */
    public record Located(Report report, String unitPath) {}

    /** One entry of a report's history. */
    public record HistoryEntry(
            String action, ReportData data, String reason, Boolean late, OffsetDateTime at, String byUser) {}

    // ---- forms ----

    public Optional<ReportForm> form(long id) {
        return jdbc.sql(FORM_SELECT + " where id = ?")
                .param(id)
                .query(this::mapForm)
                .optional();
    }

    public Optional<ReportForm> formOfCampaign(long campaignId) {
        return jdbc.sql(FORM_SELECT + " where campaign_id = ?")
                .param(campaignId)
                .query(this::mapForm)
                .optional();
    }

    public long insertForm(
            long campaignId,
            String title,
            ReportForm.Definition definition,
            long rootId,
            List<String> types,
            LocalDate deadline,
            int graceDays,
            int lockAfterDays) {
        return jdbc.sql("""
                        insert into report_form (campaign_id, title, definition, assign_root_id, assign_types, deadline,
                                                 grace_days, lock_after_days)
                        values (?, ?, ?::jsonb, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        campaignId,
                        title,
                        json.writeValueAsString(definition),
                        rootId,
                        types.toArray(String[]::new),
                        deadline,
                        graceDays,
                        lockAfterDays)
                .query(Long.class)
                .single();
    }

    public boolean updateForm(
            long id,
            int expectedVersion,
            String title,
            ReportForm.Definition definition,
            List<String> types,
            LocalDate deadline,
            int graceDays,
            int lockAfterDays) {
        return jdbc.sql("""
                        update report_form set title = ?, definition = ?::jsonb, assign_types = ?, deadline = ?,
                               grace_days = ?, lock_after_days = ?, updated_at = now(), version = version + 1
                        where id = ? and version = ?
                        """)
                        .params(
                                title,
                                json.writeValueAsString(definition),
                                types.toArray(String[]::new),
                                deadline,
                                graceDays,
                                lockAfterDays,
                                id,
                                expectedVersion)
                        .update()
                == 1;
    }

    public boolean updateRoot(long id, int expectedVersion, long rootId) {
        return jdbc.sql("""
                        update report_form set assign_root_id = ?, updated_at = now(), version = version + 1
                        where id = ? and version = ?
                        """).params(rootId, id, expectedVersion).update() == 1;
    }

    /** The day entry stays open for this unit by exception, if it has one. */
    public Optional<LocalDate> lockException(long formId, long unitId) {
        return jdbc.sql("select until from report_lock_exception where form_id = ? and unit_id = ?")
                .params(formId, unitId)
                .query(LocalDate.class)
                .optional();
    }

    /** A lock exception as pages list it. */
    public record LockException(long unitId, String unitCode, String unitName, LocalDate until, String reason) {}

    public List<LockException> lockExceptions(long formId, String pathPrefix) {
        return jdbc.sql("""
                        select e.unit_id, o.code, o.name, e.until, e.reason
                        from report_lock_exception e join org_unit o on o.id = e.unit_id
                        where e.form_id = ? and o.path like ? order by o.name
                        """)
                .params(formId, pathPrefix + "%")
                .query((rs, i) -> new LockException(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5)))
                .list();
    }

    public void putLockException(
            long formId, long unitId, LocalDate until, String reason, String by, OffsetDateTime at) {
        jdbc.sql("""
                        insert into report_lock_exception (form_id, unit_id, until, reason, granted_by, granted_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (form_id, unit_id) do update set until = excluded.until, reason = excluded.reason,
                            granted_by = excluded.granted_by, granted_at = excluded.granted_at
                        """).params(formId, unitId, until, reason, by, at).update();
    }

    // ---- reports ----

    public Optional<Located> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::map).optional();
    }

    public Optional<Located> findByUnit(long formId, long unitId) {
        return jdbc.sql(SELECT + " where r.form_id = ? and r.unit_id = ?")
                .params(formId, unitId)
                .query(this::map)
                .optional();
    }

    /** Reports of a form under a path prefix (the caller's scope, or a narrower subtree). */
    public List<Located> list(long formId, String pathPrefix) {
        return jdbc.sql(SELECT + " where r.form_id = ? and o.path like ? order by o.path")
                .params(formId, pathPrefix + "%")
                .query(this::map)
                .list();
    }

    /**
     * One page of the form's reports under {@code pathPrefix} changed after {@code since} (null: all),
     * in id order, and how many there are: two statements, the page's rows only.
     */
    public vn.ngayhoi.shared.Slice<Located> page(
            long formId, String pathPrefix, OffsetDateTime since, int offset, int limit) {
        String where = " where r.form_id = ? and o.path like ? and (?::timestamptz is null or r.updated_at > ?)";
        List<Located> items = jdbc.sql(SELECT + where + " order by r.id limit ? offset ?")
                .params(formId, pathPrefix + "%", since, since, limit, offset)
                .query(this::map)
                .list();
        long total = jdbc.sql("select count(*) from report r join org_unit o on o.id = r.unit_id" + where)
                .params(formId, pathPrefix + "%", since, since)
                .query(Long.class)
                .single();
        return new vn.ngayhoi.shared.Slice<>(items, total);
    }

    /**
     * One page of the reports page's list: the form's reports under {@code pathPrefix}, in
     * {@code status} when given, of units whose folded name holds {@code foldedName}; those waiting
     * for someone first (sent, returned, drafts, accepted), each by the time it was sent. Two
     * statements (issue 20).
     */
    public vn.ngayhoi.shared.Slice<Located> pageByUrgency(
            long formId, String pathPrefix, String status, String foldedName, long offset, int limit) {
        String name = foldedName == null || foldedName.isEmpty() ? null : "%" + foldedName + "%";
        return vn.ngayhoi.shared.Slice.read(
                jdbc,
                SELECT.substring(0, SELECT.indexOf("from report")),
                SELECT.substring(SELECT.indexOf("from report")) + """
                         where r.form_id = ? and o.path like ? and (?::text is null or r.status = ?)
                           and (?::text is null or o.name_folded like ?)
                        """,
                """
                order by case r.status when 'SUBMITTED' then 0 when 'RETURNED' then 1 when 'DRAFT' then 2 else 3 end,
                         r.submitted_at nulls last, r.id
                """,
                this::map,
                offset,
                limit,
                formId,
                pathPrefix + "%",
                status,
                status,
                name,
                name);
    }

    /** Creates the unit's report as an empty draft (or finds the one a concurrent request made). */
    public long insert(long formId, long unitId, ReportData data, String by, OffsetDateTime at) {
        jdbc.sql("""
                        insert into report (form_id, unit_id, status, data, created_at, updated_at, updated_by)
                        values (?, ?, 'DRAFT', ?::jsonb, ?, ?, ?) on conflict (form_id, unit_id) do nothing
                        """)
                .params(formId, unitId, json.writeValueAsString(data), at, at, by)
                .update();
        return jdbc.sql("select id from report where form_id = ? and unit_id = ?")
                .params(formId, unitId)
                .query(Long.class)
                .single();
    }

    public boolean updateData(long id, int expectedVersion, ReportData data, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        update report set data = ?::jsonb, updated_at = ?, updated_by = ?, version = version + 1
                        where id = ? and version = ?
                        """)
                        .params(json.writeValueAsString(data), at, by, id, expectedVersion)
                        .update()
                == 1;
    }

    /** Submission: status, time and lateness; the decision fields of an earlier return stay for history. */
    public boolean markSubmitted(long id, int expectedVersion, boolean late, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        update report set status = 'SUBMITTED', submitted_at = ?, late = ?, updated_at = ?, updated_by = ?,
                               version = version + 1
                        where id = ? and version = ? and status in ('DRAFT', 'RETURNED')
                        """).params(at, late, at, by, id, expectedVersion).update() == 1;
    }

    public boolean markRecalled(long id, int expectedVersion, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        update report set status = 'DRAFT', submitted_at = null, late = null, updated_at = ?,
                               updated_by = ?, version = version + 1
                        where id = ? and version = ? and status = 'SUBMITTED'
                        """).params(at, by, id, expectedVersion).update() == 1;
    }

    public boolean markDecided(
            long id, int expectedVersion, ReportStatus to, String reason, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        update report set status = ?, return_reason = ?, decided_at = ?, decided_by = ?, updated_at = ?,
                               updated_by = ?, version = version + 1
                        where id = ? and version = ? and status = 'SUBMITTED'
                        """)
                        .params(to.name(), reason, at, by, at, by, id, expectedVersion)
                        .update()
                == 1;
    }

    /** Replaces the numeric values of a report with {@code values}. */
    public void replaceValues(long reportId, Map<String, BigDecimal> values) {
        jdbc.sql("delete from report_value where report_id = ?").param(reportId).update();
        if (values.isEmpty()) {
            return;
        }
        List<String> codes = new ArrayList<>(values.keySet());
        jdbc.sql("""
                        insert into report_value (report_id, indicator_code, value)
                        select ?, c, v from unnest(?::text[], ?::numeric[]) as t(c, v)
                        """)
                .params(
                        reportId,
                        codes.toArray(String[]::new),
                        codes.stream().map(values::get).toArray(BigDecimal[]::new))
                .update();
    }

    public void addHistory(
            long reportId, String action, ReportData data, String reason, Boolean late, String by, OffsetDateTime at) {
        jdbc.sql("""
                        insert into report_history (report_id, action, data, reason, late, at, by_user)
                        values (?, ?, ?::jsonb, ?, ?, ?, ?)
                        """)
                .params(reportId, action, json.writeValueAsString(data), reason, late, at, by)
                .update();
    }

    public List<HistoryEntry> history(long reportId) {
        return jdbc.sql("""
                        select action, data::text, reason, late, at, by_user from report_history
                        where report_id = ? order by at desc, id desc
                        """)
                .param(reportId)
                .query((rs, i) -> new HistoryEntry(
                        rs.getString(1),
                        json.readValue(rs.getString(2), ReportData.class),
                        rs.getString(3),
                        (Boolean) rs.getObject(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6)))
                .list();
    }

    private ReportForm mapForm(ResultSet rs, int i) throws SQLException {
        Array types = rs.getArray("assign_types");
        return new ReportForm(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getString("title"),
                json.readValue(rs.getString("definition"), ReportForm.Definition.class),
                rs.getLong("assign_root_id"),
                Arrays.asList((String[]) types.getArray()),
                rs.getObject("deadline", LocalDate.class),
                rs.getInt("grace_days"),
                rs.getInt("lock_after_days"),
                rs.getInt("version"));
    }

    private Located map(ResultSet rs, int i) throws SQLException {
        Report r = new Report(
                rs.getLong("id"),
                rs.getLong("form_id"),
                rs.getLong("campaign_id"),
                rs.getLong("unit_id"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                rs.getString("type_code"),
                ReportStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("data"), ReportData.class),
                rs.getObject("submitted_at", OffsetDateTime.class),
                (Boolean) rs.getObject("late"),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"),
                rs.getString("return_reason"),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getInt("version"));
        return new Located(r, rs.getString("unit_path"));
    }
}
