package vn.ngayhoi.festival.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/**
 * Festivals on home pages: the unit's festival to register for each campaign of its territory, and
 * its results to record once the day has passed; a leader's festivals still to attend.
 */
@Component
class FestivalTodos implements TodoSource {

    private static final ZoneId VIETNAM = Formats.ZONE;
    private static final Formats FORMATS = new Formats();

    private final JdbcClient jdbc;
    private final Clock clock;

    FestivalTodos(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (actor.unitId() <= 0) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<TodoItem> items = new ArrayList<>();
        if (actor.has(Role.UNIT_OFFICER)) {
            // Campaigns whose committee's territory holds the unit, without a festival of the unit
            // that is registered, held or waiting for its results.
            jdbc.sql("""
                            select c.id, c.year, c.window_start, u.code, u.name from campaign c
                            join campaign_territory territory on territory.campaign_id = c.id
                            join org_unit u on u.id = ?
                            where u.path like territory.territory_path || '%'
                              and not exists (select 1 from festival f where f.campaign_id = c.id and f.unit_id = u.id
                                              and f.status in ('REGISTERED', 'HELD'))
                            order by c.year desc
                            """)
                    .param(actor.unitId())
                    .query((rs, n) -> new TodoItem(
                            "FESTIVAL_REGISTER",
                            "festival.todo.register",
                            new Object[] {String.valueOf(rs.getInt(2))},
                            "/festivals/new?campaign=" + rs.getLong(1),
                            rs.getObject(3, LocalDate.class),
                            rs.getString(4),
                            rs.getString(5),
                            null))
                    .list()
                    .forEach(items::add);
            jdbc.sql("""
                            select f.id, f.starts_at, f.ends_at, u.code, u.name from festival f
                            join org_unit u on u.id = f.unit_id
                            where f.unit_id = ? and f.status = 'REGISTERED' and f.ends_at < ?
                            """)
                    .params(actor.unitId(), now)
                    .query((rs, n) -> new TodoItem(
                            "FESTIVAL_RECORD_RESULTS",
                            "festival.todo.recordResults",
                            new Object[] {day(rs.getObject(2, OffsetDateTime.class))},
                            "/festivals/" + rs.getLong(1),
                            localDate(rs.getObject(3, OffsetDateTime.class)),
                            rs.getString(4),
                            rs.getString(5),
                            null))
                    .list()
                    .forEach(items::add);
        }
        if (actor.has(Role.LEADER)) {
            jdbc.sql("""
                            select f.id, f.starts_at, f.starts_at, u.code, u.name from festival f
                            join festival_leader l on l.festival_id = f.id and l.user_id = ?
                            join org_unit u on u.id = f.unit_id
                            where f.status = 'REGISTERED' and f.ends_at >= ?
                            """)
                    .params(actor.userId(), now)
                    .query((rs, n) -> new TodoItem(
                            "FESTIVAL_ATTEND",
                            "festival.todo.attend",
                            new Object[] {rs.getString(5), day(rs.getObject(2, OffsetDateTime.class))},
                            "/festivals/" + rs.getLong(1),
                            localDate(rs.getObject(3, OffsetDateTime.class)),
                            rs.getString(4),
                            rs.getString(5),
                            null))
                    .list()
                    .forEach(items::add);
        }
        return items;
    }

    private static LocalDate localDate(OffsetDateTime at) {
        return at.atZoneSameInstant(VIETNAM).toLocalDate();
    }

    private static String day(OffsetDateTime at) {
        return FORMATS.date(at);
    }
}
