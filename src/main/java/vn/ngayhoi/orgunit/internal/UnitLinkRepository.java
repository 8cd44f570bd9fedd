package vn.ngayhoi.orgunit.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.orgunit.UnitLink;

/** SQL for the links between units of two structures (org_unit_link). */
@Repository
public class UnitLinkRepository {

    private final JdbcClient jdbc;
    private final OrgUnitRepository units;

    UnitLinkRepository(JdbcClient jdbc, OrgUnitRepository units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The units {@code successorId} was formed from, by code. */
    public List<UnitLink> predecessors(long successorId) {
        return linked("successor_id", "predecessor_id", successorId);
    }

    /** The units {@code predecessorId} went into, by code. */
    public List<UnitLink> successors(long predecessorId) {
        return linked("predecessor_id", "successor_id", predecessorId);
    }

    private List<UnitLink> linked(String from, String to, long id) {
        record Row(long unitId, String kind, BigDecimal share) {}
        List<Row> rows = jdbc.sql(
                        "select l." + to + ", l.kind, l.share from org_unit_link l join org_unit u on u.id = l." + to
                                + " where l." + from + " = ? order by u.code")
                .param(id)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
        return rows.stream()
                .map(r -> new UnitLink(units.findById(r.unitId()).orElseThrow(), r.kind(), r.share()))
                .toList();
    }

    public Optional<String> kind(long predecessorId, long successorId) {
        return jdbc.sql("select kind from org_unit_link where predecessor_id = ? and successor_id = ?")
                .params(predecessorId, successorId)
                .query(String.class)
                .optional();
    }

    public void setShare(long predecessorId, long successorId, BigDecimal share) {
        jdbc.sql("update org_unit_link set share = ? where predecessor_id = ? and successor_id = ?")
                .params(share, predecessorId, successorId)
                .update();
    }

    /** How many distinct units of {@code structure} at {@code tier} are predecessors of some link. */
    public long linkedPredecessors(String structure, int tier) {
        return jdbc.sql("""
                        select count(distinct l.predecessor_id) from org_unit_link l
                        join org_unit u on u.id = l.predecessor_id join unit_type t on t.code = u.type_code
                        where u.structure_code = ? and t.tier = ?
                        """).params(structure, tier).query(Long.class).single();
    }

    /** Official units of {@code structure} at {@code tier}. */
    public long countOfficial(String structure, int tier) {
        return jdbc.sql("""
                        select count(*) from org_unit u join unit_type t on t.code = u.type_code
                        where u.structure_code = ? and t.tier = ? and t.territorial and u.code ~ '^[0-9]+$'
                        """).params(structure, tier).query(Long.class).single();
    }
}
