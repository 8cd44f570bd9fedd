package vn.ngayhoi.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Completeness as roll-ups in {@code report_count} (ADR 0028): per form, subtree key and unit type,
 * how many units owe a report and how many sent it (on time, late) and had it accepted. A unit counts
 * when the form assigns it (its type, under the form's root, valid on the deadline), exactly as the
 * recount {@link #RECOUNT_SQL} decides; status changes and unit changes move the rows in their own
 * transactions, so a reader takes one row per unit type and never counts.
 */
@Repository
public class CountRollups {

    /** One counted row: expected, received, on time, late and accepted units of one type. */
    public record Row(String typeCode, long expected, long received, long onTime, long late, long accepted) {}

    /**
     * The units a form assigns, each with its report if it has one: the recount that the roll-ups
     * must always equal. Parameters: the form id, then whatever the caller appends.
     */
    public static final String ASSIGNED = """
            from report_form f
                 join org_unit root on root.id = f.assign_root_id
                 join org_unit o on o.path like root.path || '%' and o.type_code = any(f.assign_types)
                      and (o.valid_from is null or o.valid_from <= f.deadline)
                      and (o.valid_to is null or o.valid_to >= f.deadline)
                 left join report r on r.unit_id = o.id and r.form_id = f.id
            """;

    private static final String COUNTED = """
            count(*),
            count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED')),
            count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED') and not r.late),
            count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED') and r.late),
            count(*) filter (where r.status = 'ACCEPTED')
            """;

    /** Counts of one subtree by recounting the units (tests and the benchmark compare with it). */
    public static final String RECOUNT_SQL = "select o.type_code, " + COUNTED + ASSIGNED
            + " where f.id = ? and o.path like ? group by o.type_code order by o.type_code";

    private static final String UPSERT = """
            on conflict (form_id, unit_id, type_code) do update
            set expected = report_count.expected + excluded.expected,
                received = report_count.received + excluded.received,
                on_time = report_count.on_time + excluded.on_time,
                late = report_count.late + excluded.late,
                accepted = report_count.accepted + excluded.accepted
            """;

    private final JdbcClient jdbc;

    CountRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of one subtree by unit type, in type order: one primary-key range read. */
    public List<Row> of(long formId, long key) {
        return jdbc
                .sql("""
                        select type_code, expected, received, on_time, late, accepted from report_count
                        where form_id = ? and unit_id = ? order by type_code
                        """)
                .params(formId, key)
                .query((rs, i) -> new Row(
                        rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list()
                .stream()
                .filter(r -> r.expected() != 0 || r.received() != 0)
                .toList();
    }

    /** Accepted (or received) reports below each of several keys, for a drill-down level. */
    public java.util.Map<Long, Long> reportsOf(long formId, List<Long> keys, boolean includeSubmitted) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql((includeSubmitted ? "select unit_id, sum(received)" : "select unit_id, sum(accepted)")
                        + " from report_count where form_id = ? and unit_id = any(?::bigint[]) group by unit_id")
                .params(formId, keys.toArray(Long[]::new))
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * A report's status moved: {@code receivedSign} and {@code acceptedSign} as for the totals, at
     * every key of its unit, if the form assigns that unit (a report of a unit the form no longer
     * assigns is not counted, as in the recount).
     */
    void apply(long reportId, Long[] keys, int acceptedSign, int receivedSign) {
        jdbc.sql("""
                        insert into report_count (form_id, unit_id, type_code, expected, received, on_time, late, accepted)
                        select f.id, k, o.type_code, 0, ?,
                               case when not r.late then ? else 0 end, case when r.late then ? else 0 end, ?
                        from report r join report_form f on f.id = r.form_id
                             join org_unit root on root.id = f.assign_root_id
                             join org_unit o on o.id = r.unit_id
                             cross join unnest(?::bigint[]) as k
                        where r.id = ? and o.path like root.path || '%' and o.type_code = any(f.assign_types)
                          and (o.valid_from is null or o.valid_from <= f.deadline)
                          and (o.valid_to is null or o.valid_to >= f.deadline)
                        order by k
                        """ + UPSERT)
                .params(receivedSign, receivedSign, receivedSign, acceptedSign, keys, reportId)
                .update();
    }

    /** Recounts a whole form (a new form, changed settings, an imported list). */
    public void rebuild(long formId) {
        jdbc.sql("delete from report_count where form_id = ?").param(formId).update();
        jdbc.sql("insert into report_count (form_id, unit_id, type_code, expected, received, on_time, late, accepted)"
                        + " select f.id, k, o.type_code, " + COUNTED + ASSIGNED
                        + """
                         cross join lateral unnest(
                             array[0::bigint] || string_to_array(trim(both '/' from o.path), '/')::bigint[]) as k
                        where f.id = ?
                        group by f.id, k, o.type_code
                        """)
                .param(formId)
                .update();
    }

    /**
     * Takes the rows of {@code unitId}'s own key (its subtree's counts) away from {@code minus} and
     * adds them to {@code plus}, for every form in {@code formIds}, in one ordered statement.
     */
    void shift(List<Long> formIds, long unitId, List<Long> minus, List<Long> plus) {
        if (formIds.isEmpty() || (minus.isEmpty() && plus.isEmpty())) {
            return;
        }
        jdbc.sql("insert into report_count (form_id, unit_id, type_code, expected, received, on_time, late, accepted)"
                        + """
                         select c.form_id, k.key, c.type_code, k.sign * c.expected, k.sign * c.received,
                                k.sign * c.on_time, k.sign * c.late, k.sign * c.accepted
                         from report_count c
                              cross join (select unnest(?::bigint[]) as key, -1 as sign
                                          union all select unnest(?::bigint[]), 1) as k
                         where c.form_id = any(?::bigint[]) and c.unit_id = ?
                         order by c.form_id, k.key, c.type_code
                        """ + UPSERT)
                .params(minus.toArray(Long[]::new), plus.toArray(Long[]::new), formIds.toArray(Long[]::new), unitId)
                .update();
    }

    /**
     * Recounts the keys inside a unit's subtree (the unit and everything below it) for one form: the
     * work is the subtree's units times its depth, never the whole form.
     */
    void recountSubtree(long formId, String unitPath) {
        jdbc.sql("""
                        delete from report_count where form_id = ?
                          and unit_id in (select id from org_unit where path like ?)
                        """).params(formId, unitPath + "%").update();
        String parentPath = parentPath(unitPath);
        jdbc.sql("insert into report_count (form_id, unit_id, type_code, expected, received, on_time, late, accepted)"
                        + " select f.id, k, o.type_code, " + COUNTED + ASSIGNED
                        + """
                         cross join lateral unnest(
                             string_to_array(trim(both '/' from substr(o.path, ?)), '/')::bigint[]) as k
                        where f.id = ? and o.path like ?
                        group by f.id, k, o.type_code
                        """)
                .params(parentPath.length() + 1, formId, unitPath + "%")
                .update();
    }

    /** Every form with its root's path, to tell which forms a unit change concerns. */
    record FormRoot(long formId, String rootPath) {}

    List<FormRoot> formRoots() {
        return jdbc.sql(
                        "select f.id, o.path from report_form f join org_unit o on o.id = f.assign_root_id order by f.id")
                .query((rs, i) -> new FormRoot(rs.getLong(1), rs.getString(2)))
                .list();
    }

    static String parentPath(String path) {
        return path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
    }

    /** Keys of a path's units ("/1/2/" → 0, 1, 2). */
    static List<Long> keys(String path) {
        return new ArrayList<>(Rollups.keysOf(path));
    }
}
