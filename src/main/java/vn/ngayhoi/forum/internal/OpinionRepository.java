package vn.ngayhoi.forum.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.forum.Opinion;
import vn.ngayhoi.forum.OpinionStatus;

/** Opinions, their photos and routes. Every query for staff takes the scope's path prefix. */
@Repository
public class OpinionRepository {

    private static final String SELECT = """
            select o.id, o.channel, o.unit_id, u.code, u.name, u.path, o.festival_id, t.code, t.name, o.text,
                   o.anonymous, o.name, o.contact, o.status, o.received_at, o.due_date, o.answer, o.answered_by,
                   o.answered_at, o.approved_by, o.published, o.published_question, o.hidden_reason,
                   o.escalated_unit_id, e.name, e.path, o.escalated_at, o.recorded_by, o.version,
                   (select count(*) from forum_attachment a where a.opinion_id = o.id)
            from forum_opinion o
            join org_unit u on u.id = o.unit_id
            join forum_topic t on t.id = o.topic_id
            left join org_unit e on e.id = o.escalated_unit_id
            """;

    private final JdbcClient jdbc;
    private final vn.ngayhoi.shared.files.FileStore files;

    OpinionRepository(JdbcClient jdbc, vn.ngayhoi.shared.files.FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** A topic people may choose. */
    public record Topic(long id, String code, String name) {}

    /** A photo as stored. */
    public record Attachment(long id, String fileName, String contentType, byte[] content) {}

    /** What a new opinion holds. */
    public record NewOpinion(
            String trackingHash,
            String channel,
            long unitId,
            Long festivalId,
            long topicId,
            String text,
            boolean anonymous,
            String name,
            String contact,
            OffsetDateTime receivedAt,
            LocalDate dueDate,
            String recordedBy) {}

    public List<Topic> activeTopics() {
        return jdbc.sql("select id, code, name from forum_topic where active order by position, id")
                .query((rs, n) -> new Topic(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public Optional<Topic> topic(String code) {
        return jdbc.sql("select id, code, name from forum_topic where code = ? and active")
                .param(code)
                .query((rs, n) -> new Topic(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    public long insert(NewOpinion o) {
        return jdbc.sql("""
                        insert into forum_opinion (tracking_hash, channel, unit_id, chosen_unit_id, festival_id, topic_id,
                            text, anonymous, name, contact, status, received_at, due_date, recorded_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?) returning id
                        """)
                .params(
                        o.trackingHash(),
                        o.channel(),
                        o.unitId(),
                        o.unitId(),
                        o.festivalId(),
                        o.topicId(),
                        o.text(),
                        o.anonymous(),
                        o.name(),
                        o.contact(),
                        o.receivedAt(),
                        o.dueDate(),
                        o.recordedBy(),
                        o.receivedAt())
                .query(Long.class)
                .single();
    }

    /** An opinion as it happened (start-up only: the demo's history), in any state. */
    public long insertPast(NewOpinion o, Opinion past) {
        long id = insert(o);
        jdbc.sql("""
                        update forum_opinion set status = ?, answer = ?, answered_by = ?, answered_at = ?, approved_by = ?,
                            published = ?, published_question = ?, hidden_reason = ?, escalated_unit_id = ?,
                            escalated_at = ?, updated_at = coalesce(?, ?)
                        where id = ?
                        """)
                .params(
                        past.status().name(),
                        past.answer(),
                        past.answeredBy(),
                        past.answeredAt(),
                        past.approvedBy(),
                        past.published(),
                        past.publishedQuestion(),
                        past.hiddenReason(),
                        past.escalatedUnitId(),
                        past.escalatedAt(),
                        past.answeredAt(),
                        o.receivedAt(),
                        id)
                .update();
        return id;
    }

    public void attach(long opinionId, String fileName, String contentType, byte[] content, String sha256) {
        jdbc.sql("insert into forum_attachment (opinion_id, file_name, content_type, sha256) values (?, ?, ?, ?)")
                .params(opinionId, fileName, contentType, files.put(content))
                .update();
    }

    public List<Attachment> attachments(long opinionId) {
        return jdbc.sql(
                        "select id, file_name, content_type, sha256 from forum_attachment where opinion_id = ? order by id")
                .param(opinionId)
                .query((rs, n) ->
                        new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), files.get(rs.getString(4))))
                .list();
    }

    public Optional<Opinion> find(long id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query(this::map).optional();
    }

    public Optional<Opinion> findByTrackingHash(String hash) {
        return jdbc.sql(SELECT + " where o.tracking_hash = ?")
                .param(hash)
                .query(this::map)
                .optional();
    }

    /**
     * Opinions of units under {@code pathPrefix}, or escalated to a unit under it; filters are
     * optional. Open ones first, oldest due date first.
     */
    public List<Opinion> list(String pathPrefix, String unitPath, String status, String topic, int limit) {
        return jdbc.sql(SELECT + """
                         where (u.path like ? or e.path like ?)
                           and (?::text is null or u.path like ? or e.path like ?)
                           and (?::text is null or o.status = ?)
                           and (?::text is null or t.code = ?)
                         order by case when o.status in ('RECEIVED', 'PENDING_APPROVAL') then 0 else 1 end,
                                  o.due_date, o.id
                         limit ?
                        """)
                .params(
                        pathPrefix + "%",
                        pathPrefix + "%",
                        unitPath,
                        unitPath + "%",
                        unitPath + "%",
                        status,
                        status,
                        topic,
                        topic,
                        limit)
                .query(this::map)
                .list();
    }

    /**
     * One page of {@link #list}'s opinions and how many match, in two statements (issue 20): waiting
     * ones first as the page lists them, or by id for the API ({@code byId}).
     */
    public vn.ngayhoi.shared.Slice<Opinion> page(
            String pathPrefix, String unitPath, String status, String topic, boolean byId, long offset, int limit) {
        return vn.ngayhoi.shared.Slice.read(
                jdbc,
                SELECT.substring(0, SELECT.indexOf("from forum_opinion")),
                SELECT.substring(SELECT.indexOf("from forum_opinion")) + """
                         where (u.path like ? or e.path like ?)
                           and (?::text is null or u.path like ? or e.path like ?)
                           and (?::text is null or o.status = ?)
                           and (?::text is null or t.code = ?)
                        """,
                byId ? "order by o.id" : """
                        order by case when o.status in ('RECEIVED', 'PENDING_APPROVAL') then 0 else 1 end,
                                 o.due_date, o.id
                        """,
                this::map,
                offset,
                limit,
                pathPrefix + "%",
                pathPrefix + "%",
                unitPath,
                unitPath + "%",
                unitPath + "%",
                status,
                status,
                topic,
                topic);
    }

    /** Published answers of units under {@code pathPrefix}, newest first. */
    public List<Opinion> published(String pathPrefix, String topic, int limit) {
        return jdbc.sql(SELECT + """
                         where o.published and o.status = 'ANSWERED' and u.path like ?
                           and (?::text is null or t.code = ?)
                         order by o.answered_at desc, o.id desc limit ?
                        """)
                .params(pathPrefix + "%", topic, topic, limit)
                .query(this::map)
                .list();
    }

    /** Changes the row only when it is still at {@code version} and in one of {@code from}. */
    public boolean answer(
            long id, int version, String answer, OpinionStatus to, String by, String approvedBy, OffsetDateTime at) {
        return jdbc.sql("""
                        update forum_opinion set answer = ?, status = ?, answered_by = ?, approved_by = ?,
                            answered_at = case when ? = 'ANSWERED' then ? else answered_at end,
                            version = version + 1, updated_at = ?
                        where id = ? and version = ? and status in ('RECEIVED', 'PENDING_APPROVAL')
                        """)
                        .params(answer, to.name(), by, approvedBy, to.name(), at, at, id, version)
                        .update()
                == 1;
    }

    public boolean approve(long id, int version, String approvedBy, OffsetDateTime at) {
        return jdbc.sql("""
                        update forum_opinion set status = 'ANSWERED', approved_by = ?, answered_at = ?,
                            version = version + 1, updated_at = ?
                        where id = ? and version = ? and status = 'PENDING_APPROVAL'
                        """).params(approvedBy, at, at, id, version).update() == 1;
    }

    public boolean route(long id, int version, long toUnit, LocalDate dueDate, OffsetDateTime at) {
        return jdbc.sql("""
                        update forum_opinion set unit_id = ?, due_date = ?, escalated_unit_id = null, escalated_at = null,
                            version = version + 1, updated_at = ?
                        where id = ? and version = ? and status = 'RECEIVED'
                        """).params(toUnit, dueDate, at, id, version).update() == 1;
    }

    public void recordRoute(long id, long from, long to, String reason, String by, OffsetDateTime at) {
        jdbc.sql(
                        "insert into forum_route (opinion_id, from_unit, to_unit, reason, routed_by, routed_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, from, to, reason, by, at)
                .update();
    }

    public boolean publish(long id, int version, String question, OffsetDateTime at) {
        return jdbc.sql("""
                        update forum_opinion set published = true, published_question = ?, version = version + 1, updated_at = ?
                        where id = ? and version = ? and status = 'ANSWERED'
                        """).params(question, at, id, version).update() == 1;
    }

    public boolean hide(long id, int version, String reason, OffsetDateTime at) {
        return jdbc.sql("""
                        update forum_opinion set status = 'HIDDEN', published = false, hidden_reason = ?,
                            version = version + 1, updated_at = ?
                        where id = ? and version = ? and status <> 'HIDDEN'
                        """).params(reason, at, id, version).update() == 1;
    }

    /** Open opinions a unit answers, or that were escalated to it. */
    public List<Opinion> openOf(long unitId) {
        return jdbc.sql(SELECT + " where o.status in ('RECEIVED', 'PENDING_APPROVAL')"
                        + " and (o.unit_id = ? or o.escalated_unit_id = ?) order by o.due_date, o.id")
                .params(unitId, unitId)
                .query(this::map)
                .list();
    }

    /** Answers waiting for approval under {@code pathPrefix}. */
    public List<Opinion> pendingApprovalUnder(String pathPrefix) {
        return jdbc.sql(SELECT + " where o.status = 'PENDING_APPROVAL' and u.path like ? order by o.due_date, o.id")
                .param(pathPrefix + "%")
                .query(this::map)
                .list();
    }

    /** Open opinions whose due date is before {@code today} and that were never escalated. */
    public List<Opinion> dueForEscalation(LocalDate today) {
        return jdbc.sql(SELECT + " where o.status in ('RECEIVED', 'PENDING_APPROVAL') and o.due_date < ?"
                        + " and o.escalated_at is null order by o.id")
                .param(today)
                .query(this::map)
                .list();
    }

    /** Claims the escalation; false when another instance (or an earlier run) already did. */
    public boolean escalate(long id, long toUnit, OffsetDateTime at) {
        return jdbc.sql("""
                        update forum_opinion set escalated_unit_id = ?, escalated_at = ?, version = version + 1, updated_at = ?
                        where id = ? and escalated_at is null and status in ('RECEIVED', 'PENDING_APPROVAL')
                        """).params(toUnit, at, at, id).update() == 1;
    }

    /** Every opinion received under {@code pathPrefix} in [from, to), for figures. */
    public List<Opinion> receivedBetween(String pathPrefix, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(SELECT + " where u.path like ? and o.received_at >= ? and o.received_at < ? order by o.id")
                .params(pathPrefix + "%", from, to)
                .query(this::map)
                .list();
    }

    /** The opinions chosen for one unit itself (not its subtree) in [from, to). */
    public List<Opinion> receivedByUnit(long unitId, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(SELECT
                        + " where o.chosen_unit_id = ? and o.received_at >= ? and o.received_at < ? order by o.id")
                .params(unitId, from, to)
                .query(this::map)
                .list();
    }

    private Opinion map(ResultSet rs, int n) throws SQLException {
        return new Opinion(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, Long.class),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getBoolean(11),
                rs.getString(12),
                rs.getString(13),
                OpinionStatus.valueOf(rs.getString(14)),
                rs.getObject(15, OffsetDateTime.class),
                rs.getObject(16, LocalDate.class),
                rs.getString(17),
                rs.getString(18),
                rs.getObject(19, OffsetDateTime.class),
                rs.getString(20),
                rs.getBoolean(21),
                rs.getString(22),
                rs.getString(23),
                rs.getObject(24, Long.class),
                rs.getString(25),
                rs.getString(26),
                rs.getObject(27, OffsetDateTime.class),
                rs.getString(28),
                rs.getInt(29),
                rs.getInt(30));
    }
}
