package vn.ngayhoi.outreach;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the log and the registry say, per unit of a subtree, for the report's prefill: propaganda
 * counts by channel in a campaign, and models launched in a year (originals) or replicated there
 * (replications, each counted once and never as launched). Callers pass a subtree they have checked.
 */
@Service
public class OutreachFigures {

    private final JdbcClient jdbc;

    OutreachFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One unit's figures; {@code path} lets the caller decide which report counts them. */
    public record UnitFigures(
            long unitId, String path, Map<PropagandaChannel, Long> propaganda, int launched, int replicated) {

        public long propaganda(PropagandaChannel channel) {
            return propaganda.getOrDefault(channel, 0L);
        }

        UnitFigures withPropaganda(PropagandaChannel channel, long sum) {
            Map<PropagandaChannel, Long> m = new EnumMap<>(PropagandaChannel.class);
            m.putAll(propaganda);
            m.put(channel, sum);
            return new UnitFigures(unitId, path, m, launched, replicated);
        }
    }

    public List<UnitFigures> systemByUnit(long campaignId, int year, String pathPrefix) {
        Map<Long, UnitFigures> byUnit = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.id, o.path, p.channel, sum(p.count)
                        from outreach_propaganda p join org_unit o on o.id = p.unit_id
                        where p.campaign_id = ? and o.path like ?
                        group by o.id, o.path, p.channel
                        """).params(campaignId, pathPrefix + "%").query(rs -> {
            UnitFigures f = byUnit.computeIfAbsent(rs.getLong(1), id -> empty(id));
            byUnit.put(
                    f.unitId(),
                    withPath(f, rs.getString(2))
                            .withPropaganda(PropagandaChannel.valueOf(rs.getString(3)), rs.getLong(4)));
        });
        jdbc.sql("""
                        select o.id, o.path,
                               count(*) filter (where m.origin_model_id is null),
                               count(*) filter (where m.origin_model_id is not null)
                        from outreach_model m join org_unit o on o.id = m.unit_id
                        where o.path like ? and m.launched_on between make_date(?, 1, 1) and make_date(?, 12, 31)
                        group by o.id, o.path
                        """).params(pathPrefix + "%", year, year).query(rs -> {
            UnitFigures f = withPath(byUnit.computeIfAbsent(rs.getLong(1), id -> empty(id)), rs.getString(2));
            byUnit.put(f.unitId(), new UnitFigures(f.unitId(), f.path(), f.propaganda(), rs.getInt(3), rs.getInt(4)));
        });
        return List.copyOf(byUnit.values());
    }

    private static UnitFigures empty(long id) {
        return new UnitFigures(id, null, new EnumMap<>(PropagandaChannel.class), 0, 0);
    }

    private static UnitFigures withPath(UnitFigures f, String path) {
        return new UnitFigures(f.unitId(), path, f.propaganda(), f.launched(), f.replicated());
    }
}
