package vn.ngayhoi.plan;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How many plans of a campaign a subtree has, by status, in one aggregate query for dashboards.
 * Callers pass a subtree they have already checked.
 */
@Service
public class PlanFigures {

    private final JdbcClient jdbc;

    PlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every status, zero where the subtree has no plan in it. */
    public Map<PlanStatus, Integer> systemCountByStatus(long campaignId, String pathPrefix) {
        Map<PlanStatus, Integer> counts = new EnumMap<>(PlanStatus.class);
        for (PlanStatus s : PlanStatus.values()) {
            counts.put(s, 0);
        }
        jdbc.sql("""
                        select p.status, count(*) from plan p join org_unit o on o.id = p.unit_id
                        where p.campaign_id = ? and o.path like ?
                        group by p.status
                        """).params(campaignId, pathPrefix + "%").query(rs -> {
            counts.put(PlanStatus.valueOf(rs.getString(1)), rs.getInt(2));
        });
        return counts;
    }
}
