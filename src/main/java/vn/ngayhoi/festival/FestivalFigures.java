package vn.ngayhoi.festival;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What festival records already say about a subtree, so reports can prefill it instead of asking
 * again: held festivals by unit type, people who attended, models launched. Callers pass a subtree
 * they have already checked.
 */
@Service
public class FestivalFigures {

    /** {@link Festival#stateAt} in SQL, for counts; its parameter is now. */
    private static final String STATE =
            "case when f.status = 'REGISTERED' and f.ends_at < ? then 'AWAITING_RESULTS' else f.status end";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    FestivalFigures(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Figures of held festivals; {@code byStatus} counts every festival of the subtree by status. */
    public record Figures(
            Map<String, Integer> heldByType,
            long participants,
            int modelsLaunched,
            Map<FestivalStatus, Integer> byStatus) {

        public int held(List<String> typeCodes) {
            return typeCodes.stream()
                    .mapToInt(t -> heldByType.getOrDefault(t, 0))
                    .sum();
        }

        public int count(FestivalStatus status) {
            return byStatus.getOrDefault(status, 0);
        }
    }

    public Figures systemFigures(long campaignId, String pathPrefix) {
        return figures("o.path like ?", campaignId, pathPrefix + "%");
    }

    /**
     * Figures of the unit's own festival only, not of the units below it: what a report prefills, since
     * a report counts what its own unit did and the khu dân cư below report theirs themselves; taking the
     * subtree would count their festivals twice in any total above.
     */
    public Figures systemFiguresOfUnit(long campaignId, long unitId) {
        return figures("o.id = ?", campaignId, unitId);
    }

    private Figures figures(String unitCondition, long campaignId, Object unitParam) {
        Map<String, Integer> held = new HashMap<>();
        Map<FestivalStatus, Integer> byStatus = new HashMap<>();
        long[] participants = {0};
        int[] models = {0};
        jdbc.sql("""
                        select o.type_code, %s, count(*),
                               coalesce(sum((select sum(value::bigint) from jsonb_each_text(f.details -> 'attendance'))), 0),
                               count(*) filter (where coalesce(f.details ->> 'modelLaunch', '') <> '')
                        from festival f join org_unit o on o.id = f.unit_id
                        where f.campaign_id = ? and %s
                        group by 1, 2
                        """.formatted(STATE, unitCondition))
                .params(java.time.OffsetDateTime.now(clock), campaignId, unitParam)
                .query(rs -> {
                    FestivalStatus status = FestivalStatus.valueOf(rs.getString(2));
                    int count = rs.getInt(3);
                    byStatus.merge(status, count, Integer::sum);
                    if (status == FestivalStatus.HELD) {
                        held.merge(rs.getString(1), count, Integer::sum);
                        participants[0] += rs.getLong(4);
                        models[0] += rs.getInt(5);
                    }
                });
        return new Figures(held, participants[0], models[0], byStatus);
    }

    /**
     * How many festivals of a campaign the subtree has in each status (every status, zero where
     * none), from the roll-ups: a few rows whatever the size of the subtree.
     */
    public Map<FestivalStatus, Integer> systemCountByStatus(long campaignId, String pathPrefix) {
        Map<FestivalStatus, Integer> counts = new EnumMap<>(FestivalStatus.class);
        for (FestivalStatus s : FestivalStatus.values()) {
            counts.put(s, 0);
        }
        // From the roll-ups (ADR 0028): one row per status, and per end instant of registered
        // festivals, which are waiting for results once that instant has passed.
        jdbc.sql("""
                        select case when c.status = 'REGISTERED' and c.ends_at < ? then 'AWAITING_RESULTS'
                                    else c.status end, sum(c.n)
                        from festival_count c
                        where c.campaign_id = ? and c.unit_id = case when ? = '/' then 0
                            else coalesce((select id from org_unit where path = ?), -1) end
                        group by 1
                        """)
                .params(java.time.OffsetDateTime.now(clock), campaignId, pathPrefix, pathPrefix)
                .query(rs -> {
                    counts.put(FestivalStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }
}
