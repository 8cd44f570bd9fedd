package vn.ngayhoi.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-subtree totals in {@code report_total}. A status change adds or takes away the report's
 * values at the unit, each ancestor and the whole (unit 0) in the same transaction, always in the
 * same order (unit id, then code) so that concurrent changes wait instead of deadlocking.
 */
@Repository
public class Rollups {

    /** The key that stands for every unit of a form. */
    public static final long EVERYTHING = 0L;

    /**
     * The aggregate over the stored values, which the totals table must always equal: ancestors come
     * from each unit's path. It is also the floor the benchmark compares with.
     */
    public static final String LIVE_SUM_SQL = """
            select v.indicator_code, sum(v.value)
            from report r join org_unit o on o.id = r.unit_id join report_value v on v.report_id = r.id
            where r.form_id = ? and o.path like ? and r.status = any(?::text[])
            group by v.indicator_code
            """;

    private final JdbcClient jdbc;
    private final CountRollups counts;

    Rollups(JdbcClient jdbc, CountRollups counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    /** Ancestors of a unit from its path ("/12/345/6789/"), with the whole as 0, root first. */
    public static List<Long> keysOf(String path) {
        List<Long> keys = new ArrayList<>();
        keys.add(EVERYTHING);
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                keys.add(Long.parseLong(part));
            }
        }
        return keys;
    }

    /**
     * Adds {@code acceptedSign} × and {@code receivedSign} × the report's stored values to its keys,
     * moves the completeness counts the same way and the form's data version: every status change
     * comes through here.
     */
    public void apply(long formId, long reportId, String unitPath, int acceptedSign, int receivedSign) {
        touch(formId);
        counts.apply(reportId, keysOf(unitPath).toArray(Long[]::new), acceptedSign, receivedSign);
        jdbc.sql("""
                        insert into report_total (form_id, unit_id, indicator_code, accepted, received)
                        select ?, k, v.indicator_code, ? * v.value, ? * v.value
                        from unnest(?::bigint[]) as k cross join report_value v
                        where v.report_id = ?
                        order by k, v.indicator_code
                        on conflict (form_id, unit_id, indicator_code) do update
                        set accepted = report_total.accepted + excluded.accepted,
                            received = report_total.received + excluded.received
                        """)
                .params(formId, acceptedSign, receivedSign, keysOf(unitPath).toArray(Long[]::new), reportId)
                .update();
    }

    /** The totals of one subtree: accepted values, or accepted and submitted ones. */
    public Map<String, BigDecimal> totals(long formId, long key, boolean includeSubmitted) {
        Map<String, BigDecimal> totals = new HashMap<>();
        jdbc.sql(
                        includeSubmitted
                                ? "select indicator_code, received from report_total where form_id = ? and unit_id = ?"
                                : "select indicator_code, accepted from report_total where form_id = ? and unit_id = ?")
                .params(formId, key)
                .query(rs -> {
                    totals.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return totals;
    }

    /** Totals of several subtrees at once (a drill-down level), by unit id. */
    public Map<Long, Map<String, BigDecimal>> totalsOf(long formId, List<Long> keys, boolean includeSubmitted) {
        return totalsOf(formId, keys, includeSubmitted, null);
    }

    /**
     * The same, of one indicator only when {@code indicatorCode} is given: a chart of one figure per
     * child reads one row per child instead of one per child and indicator (98 against 2,940 rows
     * for the national level of a 30-indicator form).
     */
    public Map<Long, Map<String, BigDecimal>> totalsOf(
            long formId, List<Long> keys, boolean includeSubmitted, String indicatorCode) {
        Map<Long, Map<String, BigDecimal>> result = new HashMap<>();
        jdbc.sql((includeSubmitted
                                ? "select unit_id, indicator_code, received from report_total"
                                : "select unit_id, indicator_code, accepted from report_total")
                        + " where form_id = ? and unit_id = any(?::bigint[])"
                        + " and (?::text is null or indicator_code = ?::text)")
                .params(formId, keys.toArray(Long[]::new), indicatorCode, indicatorCode)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                });
        return result;
    }

    /** The form's data version: it moves in the transaction of each change its counts depend on. */
    public long dataVersion(long formId) {
        return jdbc.sql("select data_version from report_form where id = ?")
                .param(formId)
                .query(Long.class)
                .single();
    }

    public void touch(long formId) {
        jdbc.sql("update report_form set data_version = data_version + 1 where id = ?")
                .param(formId)
                .update();
    }

    /** Units changed: every form's counts may have. */
    public void touchAll() {
        jdbc.sql("update report_form set data_version = data_version + 1").update();
    }

    /**
     * Takes the totals of {@code unitId}'s own key (its whole subtree) away from {@code minus} and
     * adds them to {@code plus}, for every form, in one statement ordered like {@link #apply}: a moved
     * subtree leaves its old ancestors and joins the new ones. The rows touched are the form's
     * indicators times the ancestors that differ, whatever the size of the form. The forms are named
     * so that the primary key (form, unit, indicator) finds the unit's rows: on the unit alone
     * PostgreSQL reads every row of every form (1.8 million for one national form, most of a move's
     * second).
     */
    void shift(long unitId, List<Long> minus, List<Long> plus) {
        if (minus.isEmpty() && plus.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into report_total (form_id, unit_id, indicator_code, accepted, received)
                        select t.form_id, k.key, t.indicator_code, k.sign * t.accepted, k.sign * t.received
                        from report_total t
                             cross join (select unnest(?::bigint[]) as key, -1 as sign
                                         union all select unnest(?::bigint[]), 1) as k
                        where t.form_id = any(array(select id from report_form)) and t.unit_id = ?
                        order by t.form_id, k.key, t.indicator_code
                        on conflict (form_id, unit_id, indicator_code) do update
                        set accepted = report_total.accepted + excluded.accepted,
                            received = report_total.received + excluded.received
                        """)
                .params(minus.toArray(Long[]::new), plus.toArray(Long[]::new), unitId)
                .update();
    }

    /** Recomputes a form's totals from the stored values (after units move, or to check them). */
    public void rebuild(long formId) {
        touch(formId);
        jdbc.sql("delete from report_total where form_id = ?").param(formId).update();
        jdbc.sql("""
                        insert into report_total (form_id, unit_id, indicator_code, accepted, received)
                        select r.form_id, k, v.indicator_code,
                               sum(case when r.status = 'ACCEPTED' then v.value else 0 end),
                               sum(v.value)
                        from report r join org_unit o on o.id = r.unit_id join report_value v on v.report_id = r.id
                             cross join lateral unnest(
                                 array[0::bigint] || string_to_array(trim(both '/' from o.path), '/')::bigint[]) as k
                        where r.form_id = ? and r.status in ('SUBMITTED', 'ACCEPTED')
                        group by r.form_id, k, v.indicator_code
                        """).param(formId).update();
    }

    /** Forms that have totals: all of them need rebuilding when units move. */
    public List<Long> formsWithTotals() {
        return jdbc.sql("select distinct form_id from report_total")
                .query(Long.class)
                .list();
    }
}
