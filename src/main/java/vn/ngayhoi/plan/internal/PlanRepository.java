package vn.ngayhoi.plan.internal;

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
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanStatus;

/** SQL for plans; content is kept as JSON. */
@Repository
public class PlanRepository {

    private static final String SELECT = """
            select p.id, p.campaign_id, p.unit_id, o.code as unit_code, o.name as unit_name, o.path as unit_path,
                   p.parent_plan_id, p.status, p.content::text as content, p.return_reason, p.number_line, p.issued_on,
                   p.cascade_types, p.cascade_due, p.version, p.replaces_plan_id, p.replaced_by_plan_id, p.updated_at
            from plan p join org_unit o on o.id = p.unit_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A plan with the path of its unit, for scope decisions. */
    public record Located(Plan plan, String unitPath) {}

    public Optional<Located> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(this::map).optional();
    }

    /** Plans whose unit lies under {@code pathPrefix}, newest first. */
    public List<Located> inSubtree(String pathPrefix, Long campaignId) {
        return jdbc.sql(SELECT + " where o.path like ? and (?::bigint is null or p.campaign_id = ?) order by p.id desc")
                .params(pathPrefix + "%", campaignId, campaignId)
                .query(this::map)
                .list();
    }

    /** What a list of plans is filtered by; null (or blank) fields do not filter. */
    public record Filter(
            String pathPrefix,
            Long campaignId,
            Integer year,
            String status,
            String foldedName,
            OffsetDateTime updatedSince) {}

    /** How a page of plans is ordered: by id (the API), or as the page lists them (urgent first). */
    public enum Order {
        ID("order by p.id"),
        URGENCY("""
                order by case p.status when 'SUBMITTED' then 0 when 'RETURNED' then 1 when 'APPROVED' then 2
                                       when 'DRAFT' then 3 else 4 end, p.id desc
                """);

        final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /** One page of the plans matching {@code filter} and their total: two statements (issue 20). */
    public vn.ngayhoi.shared.Slice<Located> page(Filter filter, Order order, long offset, int limit) {
        String name =
                filter.foldedName() == null || filter.foldedName().isEmpty() ? null : "%" + filter.foldedName() + "%";
        return vn.ngayhoi.shared.Slice.read(
                jdbc,
                SELECT.substring(0, SELECT.indexOf("from plan")),
                """
                from plan p join org_unit o on o.id = p.unit_id
                where o.path like ? and (?::bigint is null or p.campaign_id = ?)
                  and (?::int is null or p.campaign_id in (select c.id from campaign c where c.year = ?))
                  and (?::text is null or p.status = ?) and (?::text is null or o.name_folded like ?)
                  and (?::timestamptz is null or p.updated_at > ?)
                """,
                order.sql,
                this::map,
                offset,
                limit,
                filter.pathPrefix() + "%",
                filter.campaignId(),
                filter.campaignId(),
                filter.year(),
                filter.year(),
                filter.status(),
                filter.status(),
                name,
                name,
                filter.updatedSince(),
                filter.updatedSince());
    }

    public List<Located> children(long parentPlanId) {
        return jdbc.sql(SELECT + " where p.parent_plan_id = ? order by o.code")
                .param(parentPlanId)
                .query(this::map)
                .list();
    }

    public long insert(
            long campaignId,
            long unitId,
            Long parentPlanId,
            PlanContent content,
            List<String> cascadeTypes,
            LocalDate cascadeDue,
            OffsetDateTime now) {
        // The clock's time, not the database's, so that updatedSince compares like with like.
        long id = jdbc.sql("""
                        insert into plan (campaign_id, unit_id, parent_plan_id, status, content, cascade_types, cascade_due,
                                          created_at, updated_at)
                        values (?, ?, ?, 'DRAFT', ?::jsonb, ?, ?, ?, ?) returning id
                        """)
                .params(
                        campaignId,
                        unitId,
                        parentPlanId,
                        write(content),
                        cascadeTypes.toArray(String[]::new),
                        cascadeDue,
                        now,
                        now)
                .query(Long.class)
                .single();
        count(id, null, PlanStatus.DRAFT);
        return id;
    }

    /** A draft that will replace an issued plan once issued; at most one per plan (unique key). */
    public long insertAmendment(Plan replaced, PlanContent content) {
        long id = jdbc.sql("""
                        insert into plan (campaign_id, unit_id, parent_plan_id, status, content, cascade_types, cascade_due,
                                          replaces_plan_id)
                        values (?, ?, ?, 'DRAFT', ?::jsonb, ?, ?, ?) returning id
                        """)
                .params(
                        replaced.campaignId(),
                        replaced.unitId(),
                        replaced.parentPlanId(),
                        write(content),
                        replaced.cascadeTypes().toArray(String[]::new),
                        replaced.cascadeDue(),
                        replaced.id())
                .query(Long.class)
                .single();
        count(id, null, PlanStatus.DRAFT);
        return id;
    }

    public Long outgoingId(long planId) {
        return jdbc.sql("select outgoing_id from plan where id = ?")
                .param(planId)
                .query(Long.class)
                .single();
    }

    /** Marks the replaced plan; false when another amendment replaced it first. */
    public boolean markReplaced(long replacedId, long byId) {
        return jdbc.sql("update plan set replaced_by_plan_id = ? where id = ? and replaced_by_plan_id is null")
                        .params(byId, replacedId)
                        .update()
                == 1;
    }

    /** The units a plan was delivered to, with the purpose, for its amendment to reach them too. */
    public List<long[]> deliveredUnitIds(long planId) {
        return jdbc.sql("select recipient_unit_id from plan_delivery where plan_id = ?")
                .param(planId)
                .query((rs, n) -> new long[] {rs.getLong(1)})
                .list();
    }

    /** Saves new content if nobody saved since {@code expectedVersion}. */
    public boolean updateContent(long id, PlanContent content, int expectedVersion, OffsetDateTime now) {
        return jdbc.sql("""
                        update plan set content = ?::jsonb, version = version + 1, updated_at = ?
                        where id = ? and version = ? and status in ('DRAFT', 'RETURNED')
                        """).params(write(content), now, id, expectedVersion).update() == 1;
    }

    /** Moves the status on only from {@code from}; false when someone moved it first. */
    public boolean transition(long id, PlanStatus from, PlanStatus to, String reason, OffsetDateTime now) {
        boolean moved =
                jdbc.sql("""
                        update plan set status = ?, return_reason = ?, version = version + 1, updated_at = ?
                        where id = ? and status = ?
                        """).params(to.name(), reason, now, id, from.name()).update() == 1;
        if (moved) {
            count(id, from, to);
        }
        return moved;
    }

    /** False when the plan is no longer approved (issued meanwhile): nothing is changed. */
    /**
     * Locks the plan's row until the transaction ends: of concurrent issues of one plan the second
     * waits here, then reads the plan as the first left it.
     */
    public void lock(long id) {
        jdbc.sql("select id from plan where id = ? for update")
                .param(id)
                .query(Long.class)
                .single();
    }

    public boolean markIssued(long id, String numberLine, LocalDate issuedOn, long outgoingId, OffsetDateTime now) {
        boolean issued =
                jdbc.sql("""
                        update plan set status = 'ISSUED', number_line = ?, issued_on = ?, outgoing_id = ?,
                            version = version + 1, updated_at = ? where id = ? and status = 'APPROVED'
                        """).params(numberLine, issuedOn, outgoingId, now, id).update() == 1;
        if (issued) {
            count(id, PlanStatus.APPROVED, PlanStatus.ISSUED);
        }
        return issued;
    }

    /**
     * The plan leaves {@code from} (null for a new plan) and joins {@code to} in {@code plan_count}
     * at its unit, each ancestor and the whole (ADR 0040), in this transaction and in one statement
     * whose rows are taken in key and status order, as every change takes them, so that two changes
     * under one ancestor wait for each other instead of deadlocking.
     */
    private void count(long planId, PlanStatus from, PlanStatus to) {
        jdbc.sql("""
                        insert into plan_count (campaign_id, unit_id, status, n)
                        select p.campaign_id, k, s.status, s.sign
                        from plan p join org_unit o on o.id = p.unit_id
                             cross join lateral unnest(
                                 array[0::bigint] || string_to_array(trim(both '/' from o.path), '/')::bigint[]) as k
                             cross join (select ?::text as status, -1 as sign union all select ?::text, 1) as s
                        where p.id = ? and s.status is not null
                        order by k, s.status
                        on conflict (campaign_id, unit_id, status) do update set n = plan_count.n + excluded.n
                        """)
                .params(from == null ? null : from.name(), to.name(), planId)
                .update();
    }

    /**
     * Takes the counts of {@code unitId}'s own key (its subtree's plans) from {@code minus} and adds
     * them to {@code plus}, for every campaign, in one ordered statement: a moved unit's plans leave
     * the old ancestors for the new ones (rows touched: campaigns × statuses × differing ancestors).
     * The campaigns are named so that the primary key finds the unit's rows instead of a full scan.
     */
    public void shiftCounts(long unitId, List<Long> minus, List<Long> plus) {
        if (minus.isEmpty() && plus.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into plan_count (campaign_id, unit_id, status, n)
                        select c.campaign_id, k.key, c.status, k.sign * c.n
                        from plan_count c
                             cross join (select unnest(?::bigint[]) as key, -1 as sign
                                         union all select unnest(?::bigint[]), 1) as k
                        where c.campaign_id = any(array(select id from campaign)) and c.unit_id = ? and c.n <> 0
                        order by c.campaign_id, k.key, c.status
                        on conflict (campaign_id, unit_id, status) do update set n = plan_count.n + excluded.n
                        """)
                .params(minus.toArray(Long[]::new), plus.toArray(Long[]::new), unitId)
                .update();
    }

    /** Recounts every campaign's plans by status (an imported list may re-parent any unit). */
    public void rebuildCounts() {
        jdbc.sql("delete from plan_count").update();
        jdbc.sql("""
                        insert into plan_count (campaign_id, unit_id, status, n)
                        select p.campaign_id, k, p.status, count(*)
                        from plan p join org_unit o on o.id = p.unit_id
                             cross join lateral unnest(
                                 array[0::bigint] || string_to_array(trim(both '/' from o.path), '/')::bigint[]) as k
                        group by 1, 2, 3
                        """).update();
    }

    /** Records an issued version of the plan; its frozen files live in the register (ADR 0015). */
    public void saveVersion(long planId, String numberLine, PlanContent content, long issuedDocumentId) {
        int next = jdbc.sql("select coalesce(max(version_no), 0) + 1 from plan_version where plan_id = ?")
                .param(planId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into plan_version (plan_id, version_no, number_line, content, issued_document_id)
                        values (?, ?, ?, ?::jsonb, ?)
                        """)
                .params(planId, next, numberLine, write(content), issuedDocumentId)
                .update();
    }

    /** The frozen rendering of an issued version: docx, pdf and their checksums. */
    public record Frozen(long documentId, byte[] docx, byte[] pdf, String docxSha256, String pdfSha256) {}

    /** An issued version of a plan: its number line, content and issued document. */
    public record Version(int versionNo, String numberLine, PlanContent content, Long issuedDocumentId) {}

    /** The issued document of the latest version, if the plan was issued. */
    public Optional<Long> latestDocumentId(long planId) {
        return jdbc.sql("""
                        select issued_document_id from plan_version where plan_id = ? and issued_document_id is not null
                        order by version_no desc limit 1
                        """).param(planId).query(Long.class).optional();
    }

    public List<Version> versions(long planId) {
        return jdbc.sql("""
                        select version_no, number_line, content::text, issued_document_id from plan_version where plan_id = ?
                        order by version_no
                        """)
                .param(planId)
                .query((rs, n) ->
                        new Version(rs.getInt(1), rs.getString(2), read(rs.getString(3)), (Long) rs.getObject(4)))
                .list();
    }

    public void deliver(long planId, long unitId, String purpose, OffsetDateTime now) {
        jdbc.sql("""
                        insert into plan_delivery (plan_id, recipient_unit_id, purpose, delivered_at) values (?, ?, ?, ?)
                        on conflict do nothing
                        """).params(planId, unitId, purpose, now).update();
    }

    /** Whether the plan was delivered to a unit under {@code pathPrefix}. */
    public boolean deliveredInto(long planId, String pathPrefix) {
        return jdbc.sql("""
                        select count(*) from plan_delivery d join org_unit o on o.id = d.recipient_unit_id
                        where d.plan_id = ? and o.path like ?
                        """).params(planId, pathPrefix + "%").query(Long.class).single() > 0;
    }

    public void markOpened(long planId, String pathPrefix, String username, OffsetDateTime now) {
        jdbc.sql("""
                        update plan_delivery d set opened_at = ?, opened_by = ?
                        from org_unit o
                        where o.id = d.recipient_unit_id and d.plan_id = ? and o.path like ? and d.opened_at is null
                        """).params(now, username, planId, pathPrefix + "%").update();
    }

    /** One delivery as the issuer sees it. */
    public record Delivery(
            long unitId,
            String unitCode,
            String unitName,
            String purpose,
            OffsetDateTime deliveredAt,
            OffsetDateTime openedAt,
            String openedBy) {}

    public List<Delivery> deliveries(long planId) {
        return jdbc.sql("""
                        select o.id, o.code, o.name, d.purpose, d.delivered_at, d.opened_at, d.opened_by
                        from plan_delivery d join org_unit o on o.id = d.recipient_unit_id
                        where d.plan_id = ? order by o.code
                        """)
                .param(planId)
                .query((rs, n) -> new Delivery(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class),
                        rs.getString(7)))
                .list();
    }

    /** Plans delivered to units under {@code pathPrefix}: the inbox. */
    public List<Located> inbox(String pathPrefix) {
        return jdbc.sql(SELECT + """
                         where p.id in (select d.plan_id from plan_delivery d join org_unit r on r.id = d.recipient_unit_id
                                        where r.path like ?)
                         order by p.issued_on desc nulls last, p.id desc
                        """).param(pathPrefix + "%").query(this::map).list();
    }

    public PlanContent read(String content) {
        return json.readValue(content, PlanContent.class);
    }

    String write(PlanContent content) {
        return json.writeValueAsString(content);
    }

    private Located map(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_plan_id");
        Long parentId = rs.wasNull() ? null : parent;
        Array types = rs.getArray("cascade_types");
        List<String> cascade = types == null ? List.of() : Arrays.asList((String[]) types.getArray());
        Plan plan = new Plan(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getLong("unit_id"),
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                parentId,
                PlanStatus.valueOf(rs.getString("status")),
                read(rs.getString("content")),
                rs.getString("return_reason"),
                rs.getString("number_line"),
                rs.getObject("issued_on", LocalDate.class),
                cascade,
                rs.getObject("cascade_due", LocalDate.class),
                rs.getInt("version"),
                (Long) rs.getObject("replaces_plan_id"),
                (Long) rs.getObject("replaced_by_plan_id"),
                rs.getObject("updated_at", java.time.OffsetDateTime.class));
        return new Located(plan, rs.getString("unit_path"));
    }
}
