package vn.ngayhoi.festival.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.festival.FestivalClashes.Leader;

/** The leaders assigned to many festivals at once, with their names, for the calendar. */
@Repository
public class FestivalLeaderQueries {

    private final JdbcClient jdbc;

    FestivalLeaderQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long festivalId, long userId, String fullName) {}

    /** Festival id to its leaders, by name; festivals without leaders are absent. */
    public Map<Long, List<Leader>> leadersOf(Collection<Long> festivalIds) {
        if (festivalIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select l.festival_id, u.id as user_id, u.full_name
                        from festival_leader l join app_user u on u.id = l.user_id
                        where l.festival_id = any(?::bigint[])
                        order by l.festival_id, u.full_name, u.id
                        """)
                .param(festivalIds.toArray(Long[]::new))
                .query((rs, n) -> new Row(rs.getLong("festival_id"), rs.getLong("user_id"), rs.getString("full_name")))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Row::festivalId,
                        LinkedHashMap::new,
                        Collectors.mapping(r -> new Leader(r.userId(), r.fullName()), Collectors.toList())));
    }
}
