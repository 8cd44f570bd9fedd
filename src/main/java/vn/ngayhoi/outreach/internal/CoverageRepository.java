package vn.ngayhoi.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.outreach.CoverageAssignment;
import vn.ngayhoi.outreach.CoverageItem;

/** Coverage assignments and their items. */
@Repository
public class CoverageRepository {

    private static final String SELECT = """
            select a.id, a.campaign_id, a.festival_id, fo.name, fo.path, a.unit_id, o.code, o.name, o.path, a.tasks,
                   a.due_date, a.assigned_by, a.assigned_at,
                   (select count(*) from outreach_coverage_item i where i.assignment_id = a.id)
            from outreach_coverage_assignment a
            join org_unit o on o.id = a.unit_id
            join festival f on f.id = a.festival_id
            join org_unit fo on fo.id = f.unit_id
            """;

    private final JdbcClient jdbc;

    CoverageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long campaignId, long festivalId, long unitId, String tasks, LocalDate due, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        insert into outreach_coverage_assignment (campaign_id, festival_id, unit_id, tasks, due_date,
                            assigned_by, assigned_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(campaignId, festivalId, unitId, tasks, due, by, at)
                .query(Long.class)
                .single();
    }

    public Optional<CoverageAssignment> find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::map).optional();
    }

    /**
     * Assignments of a campaign that the subtree may see: the festival's unit or the assignee lies in
     * it (the standing office sees what it assigned, the assignee what it must cover).
     */
    public List<CoverageAssignment> list(long campaignId, String pathPrefix) {
        return jdbc.sql(SELECT + " where a.campaign_id = ? and (o.path like ? or fo.path like ?) order by a.id")
                .params(campaignId, pathPrefix + "%", pathPrefix + "%")
                .query(this::map)
                .list();
    }

    /** One page of {@link #list} (by id) and how many assignments match: two statements (issue 20). */
    public vn.ngayhoi.shared.Slice<CoverageAssignment> page(
            long campaignId, String pathPrefix, long offset, int limit) {
        return vn.ngayhoi.shared.Slice.read(
                jdbc,
                SELECT.substring(0, SELECT.indexOf("from outreach_coverage_assignment")),
                SELECT.substring(SELECT.indexOf("from outreach_coverage_assignment"))
                        + " where a.campaign_id = ? and (o.path like ? or fo.path like ?)",
                "order by a.id",
                this::map,
                offset,
                limit,
                campaignId,
                pathPrefix + "%",
                pathPrefix + "%");
    }

    public List<CoverageAssignment> ofFestival(long festivalId) {
        return jdbc.sql(SELECT + " where a.festival_id = ? order by a.id")
                .param(festivalId)
                .query(this::map)
                .list();
    }

    /** Assignments of a unit with no item yet whose due date is before {@code today}. */
    public List<CoverageAssignment> overdueWithoutItems(long unitId, LocalDate today) {
        return jdbc.sql(SELECT
                        + " where a.unit_id = ? and a.due_date < ?"
                        + " and not exists (select 1 from outreach_coverage_item i where i.assignment_id = a.id)"
                        + " order by a.due_date")
                .params(unitId, today)
                .query(this::map)
                .list();
    }

    public long addItem(
            long assignmentId,
            String kind,
            String title,
            String outlet,
            LocalDate publishedOn,
            String link,
            String by,
            OffsetDateTime at) {
        return jdbc.sql("""
                        insert into outreach_coverage_item (assignment_id, kind, title, outlet, published_on, link,
                            recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(assignmentId, kind, title, outlet, publishedOn, link, by, at)
                .query(Long.class)
                .single();
    }

    public List<CoverageItem> items(long assignmentId) {
        return itemsOf(List.of(assignmentId));
    }

    /** The items of several assignments in one statement (a page's), by assignment then id. */
    public List<CoverageItem> itemsOf(List<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, assignment_id, kind, title, outlet, published_on, link, recorded_by, recorded_at
                        from outreach_coverage_item where assignment_id = any(?) order by assignment_id, id
                        """)
                .param(assignmentIds.toArray(Long[]::new))
                .query((rs, i) -> new CoverageItem(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    private CoverageAssignment map(ResultSet rs, int i) throws SQLException {
        return new CoverageAssignment(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                List.of(rs.getString(10).split(",")),
                rs.getObject(11, LocalDate.class),
                rs.getString(12),
                rs.getObject(13, OffsetDateTime.class),
                rs.getInt(14));
    }
}
