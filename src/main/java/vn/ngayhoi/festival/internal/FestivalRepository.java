package vn.ngayhoi.festival.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalStatus;

/** SQL for festivals; lists take the caller's scope. */
@Repository
public class FestivalRepository {

    static final String SELECT = """
            select f.id, f.campaign_id, f.unit_id, o.code as unit_code, o.name as unit_name, o.type_code, o.path as unit_path,
                   f.starts_at, f.ends_at, f.venue, f.pilot, f.status, f.status_reason, f.details::text as details,
                   f.internal_note, f.version, f.updated_at
            from festival f join org_unit o on o.id = f.unit_id
            """;

    private final JdbcClient jdbc;
    private final vn.ngayhoi.shared.files.FileStore files;
    private final JsonMapper json;

    FestivalRepository(JdbcClient jdbc, JsonMapper json, vn.ngayhoi.shared.files.FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
        this.json = json;
    }

    /** A festival with its unit's path, for scope decisions. */
    public record Located(Festival festival, String unitPath) {}

    public Optional<Located> find(long id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query(this::map).optional();
    }

    public Optional<Located> findByUnit(long campaignId, long unitId) {
        return jdbc.sql(SELECT + " where f.campaign_id = ? and f.unit_id = ?")
                .params(campaignId, unitId)
                .query(this::map)
                .optional();
    }

    public List<Located> list(String pathPrefix, Long campaignId, String unitPath, List<String> typeCodes) {
        return jdbc.sql(SELECT + """
                         where o.path like ? and (?::bigint is null or f.campaign_id = ?)
                           and (?::text is null or o.path like ?)
                           and (cardinality(?::text[]) = 0 or o.type_code = any(?::text[]))
                         order by f.starts_at, o.code
                        """)
                .params(
                        pathPrefix + "%",
                        campaignId,
                        campaignId,
                        unitPath,
                        unitPath == null ? null : unitPath + "%",
                        typeCodes.toArray(String[]::new),
                        typeCodes.toArray(String[]::new))
                .query(this::map)
                .list();
    }

    /**
     * One page of {@link #list}'s festivals changed after {@code since} (null: all), in id order, and
     * how many match: two statements, the page's rows only.
     */
    public vn.ngayhoi.shared.Slice<Located> page(
            String pathPrefix, Long campaignId, String unitPath, OffsetDateTime since, int offset, int limit) {
        String where = """
                 where o.path like ? and (?::bigint is null or f.campaign_id = ?)
                   and (?::text is null or o.path like ?)
                   and (?::timestamptz is null or f.updated_at > ?)
                """;
        Object[] params = {
            pathPrefix + "%", campaignId, campaignId, unitPath, unitPath == null ? null : unitPath + "%", since, since
        };
        List<Located> items = jdbc.sql(SELECT + where + " order by f.id limit ? offset ?")
                .params(java.util.stream.Stream.concat(
                                java.util.Arrays.stream(params), java.util.stream.Stream.of(limit, offset))
                        .toArray())
                .query(this::map)
                .list();
        long total = jdbc.sql("select count(*) from festival f join org_unit o on o.id = f.unit_id" + where)
                .params(params)
                .query(Long.class)
                .single();
        return new vn.ngayhoi.shared.Slice<>(items, total);
    }

    /**
     * One page of the festivals page's list: under {@code pathPrefix} (and {@code unitPath} when
     * given), of one campaign when given, in the state {@code state} at {@code now} (the derived
     * AWAITING_RESULTS included), of units whose folded name holds {@code foldedName}; those waiting
     * for someone first, then by start. Two statements (issue 20).
     */
    public vn.ngayhoi.shared.Slice<Located> pageByUrgency(
            String pathPrefix,
            Long campaignId,
            String unitPath,
            FestivalStatus state,
            String foldedName,
            OffsetDateTime now,
            long offset,
            int limit) {
        String derived =
                "(case when f.status = 'REGISTERED' and f.ends_at < ? then 'AWAITING_RESULTS' else f.status end)";
        String name = foldedName == null || foldedName.isEmpty() ? null : "%" + foldedName + "%";
        String wanted = state == null ? null : state.name();
        return vn.ngayhoi.shared.Slice.read(
                jdbc,
                SELECT.substring(0, SELECT.indexOf("from festival")),
                SELECT.substring(SELECT.indexOf("from festival")) + """
                         where o.path like ? and (?::bigint is null or f.campaign_id = ?)
                           and (?::text is null or o.path like ?)
                           and (?::text is null or o.name_folded like ?)
                           and (?::text is null or
                """ + derived + " = ?)",
                "order by case " + derived + """
                         when 'AWAITING_RESULTS' then 0 when 'PLANNED' then 1 when 'POSTPONED' then 2
                         when 'REGISTERED' then 3 when 'HELD' then 4 else 5 end, f.starts_at, f.id
                        """,
                java.util.Arrays.asList(
                        pathPrefix + "%",
                        campaignId,
                        campaignId,
                        unitPath,
                        unitPath == null ? null : unitPath + "%",
                        name,
                        name,
                        wanted,
                        now,
                        wanted),
                List.of(now),
                this::map,
                offset,
                limit);
    }

    /** Registered festivals from {@code from} on, of units under {@code pathPrefix}: the public page. */
    public List<Located> upcomingRegistered(String pathPrefix, OffsetDateTime from) {
        return jdbc.sql(
                        SELECT
                                + " where o.path like ? and f.status = 'REGISTERED' and f.ends_at >= ? order by f.starts_at, o.code")
                .params(pathPrefix + "%", from)
                .query(this::map)
                .list();
    }

    public long insert(
            long campaignId,
            long unitId,
            OffsetDateTime starts,
            OffsetDateTime ends,
            String venue,
            boolean pilot,
            FestivalStatus status,
            FestivalDetails details,
            String note,
            OffsetDateTime now) {
        long id = jdbc.sql("""
                        insert into festival (campaign_id, unit_id, starts_at, ends_at, venue, pilot, status, details, internal_note,
                                              created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) returning id
                        """)
                .params(
                        campaignId,
                        unitId,
                        starts,
                        ends,
                        venue,
                        pilot,
                        status.name(),
                        json.writeValueAsString(details),
                        note,
                        now,
                        now)
                .query(Long.class)
                .single();
        count(id, 1);
        return id;
    }

    public boolean update(
            long id,
            int version,
            OffsetDateTime starts,
            OffsetDateTime ends,
            String venue,
            boolean pilot,
            FestivalStatus status,
            String reason,
            FestivalDetails details,
            String note,
            OffsetDateTime now) {
        // the festival's old row leaves the counts and its new one joins them (nothing if unchanged)
        count(id, -1);
        boolean updated = jdbc.sql("""
                        update festival set starts_at = ?, ends_at = ?, venue = ?, pilot = ?, status = ?, status_reason = ?,
                            details = ?::jsonb, internal_note = ?, updated_at = ?, version = version + 1
                        where id = ? and version = ?
                        """)
                        .params(
                                starts,
                                ends,
                                venue,
                                pilot,
                                status.name(),
                                reason,
                                json.writeValueAsString(details),
                                note,
                                now,
                                id,
                                version)
                        .update()
                == 1;
        count(id, 1);
        return updated;
    }

    /** Moves the status on if nobody changed the festival since {@code version}. */
    public boolean setStatus(long id, int version, FestivalStatus status, String reason, OffsetDateTime now) {
        count(id, -1);
        boolean updated =
                jdbc.sql("""
                                update festival set status = ?, status_reason = ?, updated_at = ?, version = version + 1
                                where id = ? and version = ?
                                """).params(status.name(), reason, now, id, version).update() == 1;
        count(id, 1);
        return updated;
    }

    /**
     * Adds {@code sign} × the festival as it stands to {@code festival_count} at its unit, each
     * ancestor and the whole (ADR 0028), in the order status changes always take, so that two changes
     * under one ancestor wait for each other.
     */
    private void count(long festivalId, int sign) {
        jdbc.sql("""
                        insert into festival_count (campaign_id, unit_id, status, ends_at, n)
                        select f.campaign_id, k, f.status,
                               case when f.status = 'REGISTERED' then f.ends_at else '-infinity'::timestamptz end, ?
                        from festival f join org_unit o on o.id = f.unit_id
                             cross join lateral unnest(
                                 array[0::bigint] || string_to_array(trim(both '/' from o.path), '/')::bigint[]) as k
                        where f.id = ?
                        order by k
                        on conflict (campaign_id, unit_id, status, ends_at) do update set n = festival_count.n + excluded.n
                        """).params(sign, festivalId).update();
    }

    /**
     * Takes the counts of {@code unitId}'s own key (its subtree's festivals) from {@code minus} and
     * adds them to {@code plus}: a moved unit's festivals leave the old ancestors for the new ones.
     * The campaigns are named so that the primary key finds the unit's rows instead of a full scan.
     */
    public void shift(long unitId, List<Long> minus, List<Long> plus) {
        if (minus.isEmpty() && plus.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into festival_count (campaign_id, unit_id, status, ends_at, n)
                        select c.campaign_id, k.key, c.status, c.ends_at, k.sign * c.n
                        from festival_count c
                             cross join (select unnest(?::bigint[]) as key, -1 as sign
                                         union all select unnest(?::bigint[]), 1) as k
                        where c.campaign_id = any(array(select id from campaign)) and c.unit_id = ?
                        order by c.campaign_id, k.key, c.status, c.ends_at
                        on conflict (campaign_id, unit_id, status, ends_at) do update set n = festival_count.n + excluded.n
                        """)
                .params(minus.toArray(Long[]::new), plus.toArray(Long[]::new), unitId)
                .update();
    }

    /** Recounts every campaign (an imported list may re-parent any unit). */
    public void rebuildCounts() {
        jdbc.sql("delete from festival_count").update();
        jdbc.sql("""
                        insert into festival_count (campaign_id, unit_id, status, ends_at, n)
                        select f.campaign_id, k, f.status,
                               case when f.status = 'REGISTERED' then f.ends_at else '-infinity'::timestamptz end, count(*)
                        from festival f join org_unit o on o.id = f.unit_id
                             cross join lateral unnest(
                                 array[0::bigint] || string_to_array(trim(both '/' from o.path), '/')::bigint[]) as k
                        group by 1, 2, 3, 4
                        """).update();
    }

    public void assignLeader(long festivalId, long userId, OffsetDateTime now) {
        jdbc.sql(
                        "insert into festival_leader (festival_id, user_id, assigned_at) values (?, ?, ?) on conflict do nothing")
                .params(festivalId, userId, now)
                .update();
    }

    public void removeLeader(long festivalId, long userId) {
        jdbc.sql("delete from festival_leader where festival_id = ? and user_id = ?")
                .params(festivalId, userId)
                .update();
    }

    public List<Long> leaders(long festivalId) {
        return jdbc.sql("select user_id from festival_leader where festival_id = ? order by user_id")
                .param(festivalId)
                .query(Long.class)
                .list();
    }

    /** Festivals a leader attends, by time. */
    public List<Located> ofLeader(long userId) {
        return jdbc.sql(SELECT
                        + " join festival_leader l on l.festival_id = f.id where l.user_id = ? order by f.starts_at")
                .param(userId)
                .query(this::map)
                .list();
    }

    /** An attachment without its bytes. */
    public record AttachmentInfo(long id, String kind, String fileName, long size) {}

    /** An attachment with its bytes and festival. */
    public record AttachmentFile(long id, long festivalId, String fileName, String contentType, byte[] content) {}

    public void addAttachment(
            long festivalId,
            String kind,
            String name,
            String mime,
            byte[] content,
            String sha,
            OffsetDateTime now,
            String by) {
        jdbc.sql("""
                        insert into festival_attachment (festival_id, kind, file_name, content_type, size_bytes, sha256, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(festivalId, kind, name, mime, (long) content.length, files.put(content), now, by)
                .update();
    }

    public List<AttachmentInfo> attachments(long festivalId) {
        return jdbc.sql(
                        "select id, kind, file_name, size_bytes from festival_attachment where festival_id = ? order by id")
                .param(festivalId)
                .query((rs, n) -> new AttachmentInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    public Optional<AttachmentFile> attachment(long id) {
        return jdbc.sql("select id, festival_id, file_name, content_type, sha256 from festival_attachment where id = ?")
                .param(id)
                .query((rs, n) -> new AttachmentFile(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), files.get(rs.getString(5))))
                .optional();
    }

    private Located map(ResultSet rs, int n) throws SQLException {
        Festival f = new Festival(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getLong("unit_id"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                rs.getString("type_code"),
                rs.getObject("starts_at", OffsetDateTime.class),
                rs.getObject("ends_at", OffsetDateTime.class),
                rs.getString("venue"),
                rs.getBoolean("pilot"),
                FestivalStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                json.readValue(rs.getString("details"), FestivalDetails.class),
                rs.getString("internal_note"),
                rs.getInt("version"),
                rs.getObject("updated_at", OffsetDateTime.class));
        return new Located(f, rs.getString("unit_path"));
    }
}
