package vn.ngayhoi.outreach.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The slogans a unit ticked as displayed, by their place in the campaign's list. */
@Repository
public class SloganRepository {

    private final JdbcClient jdbc;

    SloganRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Index → place (empty when not said) of the slogans the unit displayed. */
    public Map<Integer, String> ticked(long campaignId, long unitId) {
        Map<Integer, String> ticked = new LinkedHashMap<>();
        jdbc.sql("""
                        select slogan_index, coalesce(place, '') from outreach_slogan_display
                        where campaign_id = ? and unit_id = ? order by slogan_index
                        """).params(campaignId, unitId).query(rs -> {
            ticked.put(rs.getInt(1), rs.getString(2));
        });
        return ticked;
    }

    /** Replaces the unit's ticks with {@code ticked} in one statement pair (the caller's transaction). */
    public void replace(long campaignId, long unitId, Map<Integer, String> ticked, String by, OffsetDateTime at) {
        jdbc.sql("delete from outreach_slogan_display where campaign_id = ? and unit_id = ?")
                .params(campaignId, unitId)
                .update();
        for (var e : ticked.entrySet()) {
            jdbc.sql("""
                            insert into outreach_slogan_display (campaign_id, unit_id, slogan_index, place, ticked_by, ticked_at)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(campaignId, unitId, e.getKey(), e.getValue().isEmpty() ? null : e.getValue(), by, at)
                    .update();
        }
    }

    /** How many units of the subtree displayed each slogan, by index. */
    public Map<Integer, Integer> unitsBySlogan(long campaignId, String pathPrefix) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select d.slogan_index, count(*) from outreach_slogan_display d join org_unit o on o.id = d.unit_id
                        where d.campaign_id = ? and o.path like ? group by d.slogan_index
                        """).params(campaignId, pathPrefix + "%").query(rs -> {
            counts.put(rs.getInt(1), rs.getInt(2));
        });
        return counts;
    }
}
