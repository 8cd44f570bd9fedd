package vn.ngayhoi.support;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes a campaign a test created and every row that refers to it, found through the foreign keys
 * (so that tables added later are cleaned too), for campaigns other tests' accounts would otherwise
 * see: one whose territory covers the demo's Quan Sơn units becomes the demo accounts' newest campaign.
 * Notices have no foreign key to what they link to; {@link #notices} removes those a test caused.
 */
public final class Removal {

    private final JdbcClient jdbc;

    public Removal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void campaign(long campaignId) {
        rows("campaign", "id", List.of(campaignId));
    }

    /** The notices whose link is one of {@code links} (e.g. "/reports/12" sent to the demo's accounts). */
    public void notices(List<String> links) {
        jdbc.sql("delete from notification where link = any(?)")
                .param(links.toArray(String[]::new))
                .update();
    }

    private void rows(String table, String column, List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        record Ref(String table, String column) {}
        List<Ref> refs = jdbc.sql("""
                        select cl.relname, a.attname
                        from pg_constraint c
                        join pg_class cl on cl.oid = c.conrelid
                        join pg_class t on t.oid = c.confrelid
                        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                        where c.contype = 'f' and t.relname = ? and cardinality(c.conkey) = 1
                        """)
                .param(table)
                .query((rs, n) -> new Ref(rs.getString(1), rs.getString(2)))
                .list();
        Long[] array = ids.toArray(Long[]::new);
        for (Ref ref : refs) {
            if (ref.table().equals(table)) {
                jdbc.sql("update " + table + " set " + ref.column() + " = null where " + ref.column() + " = any(?)")
                        .param(array)
                        .update();
                continue;
            }
            boolean hasId = jdbc.sql(
                                    "select count(*) from information_schema.columns where table_name = ? and column_name = 'id'")
                            .param(ref.table())
                            .query(Long.class)
                            .single()
                    > 0;
            if (hasId) {
                List<Long> children = jdbc.sql("select id from " + ref.table() + " where " + ref.column() + " = any(?)")
                        .param(array)
                        .query(Long.class)
                        .list();
                rows(ref.table(), "id", children);
            } else {
                jdbc.sql("delete from " + ref.table() + " where " + ref.column() + " = any(?)")
                        .param(array)
                        .update();
            }
        }
        // report_total has no foreign key to the form (its whole-country key is 0).
        if (table.equals("report_form")) {
            jdbc.sql("delete from report_total where form_id = any(?)")
                    .param(array)
                    .update();
        }
        jdbc.sql("delete from " + table + " where " + column + " = any(?)")
                .param(array)
                .update();
    }
}
