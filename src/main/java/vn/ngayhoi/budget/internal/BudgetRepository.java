package vn.ngayhoi.budget.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.budget.Activity;
import vn.ngayhoi.budget.Estimate;
import vn.ngayhoi.budget.EstimateLine;
import vn.ngayhoi.budget.EstimateStatus;
import vn.ngayhoi.budget.FundSource;
import vn.ngayhoi.budget.LineSummary;
import vn.ngayhoi.budget.Payment;
import vn.ngayhoi.budget.Verdict;

/** Estimates, lines, payments and settlements; every list the pages scope takes the scope as a path prefix. */
@Repository
public class BudgetRepository {

    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A line to insert; the amount is computed by the caller and checked by the table. */
    public record NewLine(
            Activity activity,
            Long activityRef,
            String activityLabel,
            String content,
            String unitOfMeasure,
            long quantity,
            long unitPrice,
            long amount,
            FundSource source,
            String normCode,
            long spendingUnitId) {}

    public long insertEstimate(
            long campaignId,
            long unitId,
            long appraiserUnitId,
            long approverUnitId,
            String title,
            String by,
            OffsetDateTime at) {
        return jdbc.sql("""
                insert into budget_estimate (campaign_id, unit_id, appraiser_unit_id, approver_unit_id, title,
                    status, created_by, created_at)
                values (?, ?, ?, ?, ?, 'DRAFT', ?, ?) returning id
                """)
                .params(campaignId, unitId, appraiserUnitId, approverUnitId, title, by, at)
                .query(Long.class)
                .single();
    }

    public Optional<Long> estimateOf(long campaignId, long unitId) {
        return jdbc.sql("select id from budget_estimate where campaign_id = ? and unit_id = ?")
                .params(campaignId, unitId)
                .query(Long.class)
                .optional();
    }

    public long insertLine(long estimateId, NewLine l) {
        int no = jdbc.sql("select coalesce(max(line_no), 0) + 1 from budget_line where estimate_id = ?")
                .param(estimateId)
                .query(Integer.class)
                .single();
        return jdbc.sql("""
                insert into budget_line (estimate_id, line_no, activity, activity_ref, activity_label, content,
                    unit_of_measure, quantity, unit_price, amount, source, norm_code, spending_unit_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(
                        estimateId,
                        no,
                        l.activity().name(),
                        l.activityRef(),
                        l.activityLabel(),
                        l.content(),
                        l.unitOfMeasure(),
                        l.quantity(),
                        l.unitPrice(),
                        l.amount(),
                        l.source().name(),
                        l.normCode(),
                        l.spendingUnitId())
                .query(Long.class)
                .single();
    }

    public boolean deleteLine(long estimateId, long lineId) {
        return jdbc.sql("delete from budget_line where estimate_id = ? and id = ?")
                        .params(estimateId, lineId)
                        .update()
                > 0;
    }

    /** Locks the estimate's row: state changes of one estimate run one after the other. */
    public Optional<Integer> lock(long id) {
        return jdbc.sql("select version from budget_estimate where id = ? for update")
                .param(id)
                .query(Integer.class)
                .optional();
    }

    /** Moves the estimate from one of {@code from} to {@code to}; false when it was not in one of them. */
    public boolean move(long id, List<EstimateStatus> from, EstimateStatus to) {
        return jdbc.sql(
                                "update budget_estimate set status = ?, version = version + 1 where id = ? and status in (:from)"
                                        .replace(
                                                ":from",
                                                String.join(
                                                        ",",
                                                        from.stream()
                                                                .map(s -> "'" + s.name() + "'")
                                                                .toList())))
                        .params(to.name(), id)
                        .update()
                > 0;
    }

    public void setSubmission(long id, String number, long docId) {
        jdbc.sql("update budget_estimate set submission_number = ?, submission_doc_id = ?, revision = revision + 1,"
                        + " return_reason = null where id = ?")
                .params(number, docId, id)
                .update();
    }

    public void setAppraisal(long id, String note, String reason, String by, LocalDate on) {
        jdbc.sql("update budget_estimate set appraisal_note = ?, return_reason = ?, appraised_by = ?, appraised_on = ?"
                        + " where id = ?")
                .params(note, reason, by, on, id)
                .update();
    }

    public void setVerdict(long lineId, Verdict verdict, long agreed, String reason) {
        jdbc.sql("update budget_line set verdict = ?, agreed_amount = ?, reason = ? where id = ?")
                .params(verdict.name(), agreed, reason, lineId)
                .update();
    }

    public void clearVerdicts(long estimateId) {
        jdbc.sql("update budget_line set verdict = null, agreed_amount = null, reason = null where estimate_id = ?")
                .param(estimateId)
                .update();
    }

    public void setApproval(long id, String number, long docId, LocalDate on, String by) {
        jdbc.sql("update budget_estimate set approval_number = ?, approval_doc_id = ?, approved_on = ?, approved_by = ?"
                        + " where id = ?")
                .params(number, docId, on, by, id)
                .update();
    }

    public Optional<Estimate> find(long id) {
        return header("e.id = ?", id).stream().findFirst();
    }

    /** Estimates of a campaign whose requesting unit lies under {@code prefix} (null: all), by id. */
    public List<Estimate> ofCampaign(long campaignId, String prefix) {
        return prefix == null
                ? header("e.campaign_id = ?", campaignId)
                : header("e.campaign_id = ? and u.path like ? || '%'", campaignId, prefix);
    }

    /** The estimates with the given ids, in id order (one page of {@link EstimatePages}). */
    public List<Estimate> byIds(List<Long> ids) {
        return ids.isEmpty() ? List.of() : header("e.id = any(?)", (Object) ids.toArray(Long[]::new));
    }

    /** Approved estimates of a campaign with a line spent by a unit under {@code prefix}. */
    public List<Long> withLinesUnder(long campaignId, String prefix) {
        return jdbc.sql("""
                select distinct e.id from budget_estimate e join budget_line l on l.estimate_id = e.id
                join org_unit s on s.id = l.spending_unit_id
                where e.campaign_id = ? and s.path like ? || '%' order by e.id
                """).params(campaignId, prefix).query(Long.class).list();
    }

    /** Estimates waiting for a step: appraisal at a department, approval at a unit. */
    public List<Estimate> waiting(EstimateStatus status, String column, long unitId) {
        return header("e.status = '" + status.name() + "' and e." + column + " = ?", unitId);
    }

    /** Approved estimates with a line the unit spends and has not settled. */
    public List<Estimate> unsettledOf(long unitId) {
        List<Long> ids = jdbc.sql("""
                select distinct e.id from budget_estimate e join budget_line l on l.estimate_id = e.id
                where e.status = 'APPROVED' and l.spending_unit_id = ? and coalesce(l.agreed_amount, 0) > 0
                  and not exists (select 1 from budget_settlement s where s.estimate_id = e.id and s.unit_id = ?)
                order by e.id
                """).params(unitId, unitId).query(Long.class).list();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    private List<Estimate> header(String where, Object... params) {
        List<Object[]> rows = jdbc.sql("""
                select e.id, e.campaign_id, e.unit_id, u.code, u.name, u.path, e.appraiser_unit_id,
                    e.approver_unit_id, e.title, e.status, e.revision, e.submission_number, e.submission_doc_id,
                    e.appraisal_note, e.return_reason, e.approval_number, e.approval_doc_id, e.approved_on,
                    e.version
                from budget_estimate e join org_unit u on u.id = e.unit_id
                """ + " where " + where + " order by e.id")
                .params(List.of(params))
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getLong(7),
                    rs.getLong(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getInt(11),
                    rs.getString(12),
                    (Long) rs.getObject(13),
                    rs.getString(14),
                    rs.getString(15),
                    rs.getString(16),
                    (Long) rs.getObject(17),
                    rs.getObject(18, LocalDate.class),
                    rs.getInt(19)
                })
                .list();
        List<Estimate> out = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            out.add(new Estimate(
                    id,
                    (Long) r[1],
                    (Long) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (Long) r[6],
                    (Long) r[7],
                    (String) r[8],
                    EstimateStatus.valueOf((String) r[9]),
                    (Integer) r[10],
                    (String) r[11],
                    (Long) r[12],
                    (String) r[13],
                    (String) r[14],
                    (String) r[15],
                    (Long) r[16],
                    (LocalDate) r[17],
                    (Integer) r[18],
                    lines(id)));
        }
        return out;
    }

    public List<EstimateLine> lines(long estimateId) {
        return jdbc.sql("""
                select l.*, s.code as s_code, s.name as s_name, s.path as s_path, c.window_start,
                    (select n.amount from budget_norm n where n.code = l.norm_code and n.valid_from <= c.window_start
                        and (n.valid_to is null or n.valid_to >= c.window_start)
                     order by n.valid_from desc limit 1) as norm_amount
                from budget_line l join org_unit s on s.id = l.spending_unit_id
                join budget_estimate e on e.id = l.estimate_id join campaign c on c.id = e.campaign_id
                where l.estimate_id = ? order by l.line_no
                """).param(estimateId).query(BudgetRepository::line).list();
    }

    public Optional<EstimateLine> line(long lineId) {
        return jdbc.sql("select estimate_id from budget_line where id = ?")
                .param(lineId)
                .query(Long.class)
                .optional()
                .flatMap(e -> lines(e).stream().filter(l -> l.id() == lineId).findFirst());
    }

    /** Locks one line: two payments against it are checked against its remaining amount one after the other. */
    public void lockLine(long lineId) {
        jdbc.sql("select id from budget_line where id = ? for update")
                .param(lineId)
                .query(Long.class)
                .optional();
    }

    private static EstimateLine line(ResultSet rs, int n) throws SQLException {
        String verdict = rs.getString("verdict");
        return new EstimateLine(
                rs.getLong("id"),
                rs.getLong("estimate_id"),
                rs.getInt("line_no"),
                Activity.valueOf(rs.getString("activity")),
                (Long) rs.getObject("activity_ref"),
                rs.getString("activity_label"),
                rs.getString("content"),
                rs.getString("unit_of_measure"),
                rs.getLong("quantity"),
                rs.getLong("unit_price"),
                rs.getLong("amount"),
                FundSource.valueOf(rs.getString("source")),
                rs.getString("norm_code"),
                (Long) rs.getObject("norm_amount"),
                rs.getLong("spending_unit_id"),
                rs.getString("s_code"),
                rs.getString("s_name"),
                rs.getString("s_path"),
                verdict == null ? null : Verdict.valueOf(verdict),
                (Long) rs.getObject("agreed_amount"),
                rs.getString("reason"));
    }

    // ---- payments and settlements ----

    public long spentOnLine(long lineId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from budget_payment where line_id = ?")
                .param(lineId)
                .query(Long.class)
                .single();
    }

    public long insertPayment(
            long lineId,
            long estimateId,
            LocalDate on,
            String payee,
            long amount,
            String fileName,
            String fileType,
            byte[] content,
            String sha256,
            String by,
            OffsetDateTime at) {
        return jdbc.sql("""
                insert into budget_payment (line_id, estimate_id, paid_on, payee, amount, file_name, file_type, content,
                    sha256, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(lineId, estimateId, on, payee, amount, fileName, fileType, content, sha256, by, at)
                .query(Long.class)
                .single();
    }

    /** Payments of an estimate on lines spent by a unit under {@code prefix} (null: all), by id. */
    public List<Payment> payments(long estimateId, String prefix) {
        return jdbc.sql("""
                select p.id, p.line_id, p.estimate_id, l.spending_unit_id, s.code, s.name, p.paid_on, p.payee, p.amount,
                    p.file_name, p.file_type, p.sha256, p.recorded_by, p.recorded_at
                from budget_payment p join budget_line l on l.id = p.line_id join org_unit s on s.id = l.spending_unit_id
                where p.estimate_id = ? and (cast(? as text) is null or s.path like ? || '%') order by p.id
                """)
                .params(estimateId, prefix, prefix)
                .query((rs, n) -> new Payment(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8),
                        rs.getLong(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getObject(14, OffsetDateTime.class)))
                .list();
    }

    public record Receipt(long estimateId, String spendingUnitPath, String fileName, String fileType, byte[] content) {}

    public Optional<Receipt> receipt(long paymentId) {
        return jdbc.sql("""
                select p.estimate_id, s.path, p.file_name, p.file_type, p.content from budget_payment p
                join budget_line l on l.id = p.line_id join org_unit s on s.id = l.spending_unit_id where p.id = ?
                """)
                .param(paymentId)
                .query((rs, n) ->
                        new Receipt(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5)))
                .optional();
    }

    /** Approved, spent and settled per line of an estimate, lines of units under {@code prefix} (null: all). */
    public List<LineSummary> summary(long estimateId, String prefix) {
        return jdbc.sql("""
                select l.id, l.line_no, l.activity, l.content, l.spending_unit_id, s.code, s.name,
                    case when e.status = 'APPROVED' then coalesce(l.agreed_amount, 0) else 0 end,
                    (select coalesce(sum(p.amount), 0) from budget_payment p where p.line_id = l.id),
                    exists (select 1 from budget_settlement t where t.estimate_id = e.id
                            and t.unit_id = l.spending_unit_id)
                from budget_line l join budget_estimate e on e.id = l.estimate_id
                join org_unit s on s.id = l.spending_unit_id
                where e.id = ? and (cast(? as text) is null or s.path like ? || '%') order by l.line_no
                """)
                .params(estimateId, prefix, prefix)
                .query((rs, n) -> new LineSummary(
                        rs.getLong(1),
                        rs.getInt(2),
                        Activity.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getBoolean(10)))
                .list();
    }

    public boolean settled(long estimateId, long unitId) {
        return jdbc.sql("select count(*) from budget_settlement where estimate_id = ? and unit_id = ?")
                        .params(estimateId, unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public record Settlement(long estimateId, long unitId, long approved, long spent, LocalDate settledOn, String by) {}

    public Optional<Settlement> settlement(long estimateId, long unitId) {
        return jdbc.sql("select estimate_id, unit_id, approved, spent, settled_on, settled_by from budget_settlement"
                        + " where estimate_id = ? and unit_id = ?")
                .params(estimateId, unitId)
                .query((rs, n) -> new Settlement(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6)))
                .optional();
    }

    public void insertSettlement(
            long estimateId, long unitId, long approved, long spent, LocalDate on, String by, OffsetDateTime at) {
        jdbc.sql("insert into budget_settlement (estimate_id, unit_id, approved, spent, settled_on, settled_by,"
                        + " settled_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(estimateId, unitId, approved, spent, on, by, at)
                .update();
    }

    /**
     * What a unit spent in a campaign's approved estimates: the settled figure where it closed its
     * settlement, the payments so far elsewhere; null when nothing was allocated to it.
     */
    public Long spentOrSettled(long campaignId, long unitId) {
        return jdbc.sql("""
                select sum(coalesce(t.spent, (select coalesce(sum(p.amount), 0) from budget_payment p
                        join budget_line pl on pl.id = p.line_id
                        where pl.estimate_id = e.id and pl.spending_unit_id = ?)))
                from budget_estimate e
                left join budget_settlement t on t.estimate_id = e.id and t.unit_id = ?
                where e.campaign_id = ? and e.status = 'APPROVED'
                  and exists (select 1 from budget_line l where l.estimate_id = e.id and l.spending_unit_id = ?)
                """).params(unitId, unitId, campaignId, unitId).query(Long.class).list().stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Norms in force on a day, by code. */
    public record Norm(String code, String name, String unitOfMeasure, long amount, LocalDate validFrom) {}

    public List<Norm> normsOn(LocalDate day) {
        return jdbc.sql("""
                select distinct on (code) code, name, unit_of_measure, amount, valid_from from budget_norm
                where valid_from <= ? and (valid_to is null or valid_to >= ?) order by code, valid_from desc
                """)
                .params(day, day)
                .query((rs, n) -> new Norm(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }
}
