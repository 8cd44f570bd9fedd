package vn.ngayhoi.plan;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many plans of a campaign a subtree has, by status, for dashboards: read from the roll-ups
 * that every plan change keeps in its own transaction (ADR 0040), one row per status whatever the
 * size of the subtree. Callers pass a subtree they have already checked.
 */
@Service
public class PlanFigures {

    private final JdbcClient jdbc;

    PlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every status, zero where the subtree has no plan in it; {@code unitId} is the subtree's unit,
     * null for everything.
     */
    public Map<PlanStatus, Integer> systemCountByStatus(long campaignId, Long unitId) {
        Map<PlanStatus, Integer> counts = new EnumMap<>(PlanStatus.class);
        for (PlanStatus s : PlanStatus.values()) {
            counts.put(s, 0);
        }
        jdbc.sql("select status, n from plan_count where campaign_id = ? and unit_id = ?")
                .params(campaignId, unitId == null ? 0L : unitId)
                .query(rs -> {
                    counts.put(PlanStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }
}
