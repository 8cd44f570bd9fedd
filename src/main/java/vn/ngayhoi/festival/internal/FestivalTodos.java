package vn.ngayhoi.festival.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/** A unit officer whose unit must hold a festival and has not registered one sees it on the home page. */
@Component
class FestivalTodos implements TodoSource {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;

    FestivalTodos(JdbcClient jdbc, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        if (!actor.has(Role.UNIT_OFFICER)) {
            return List.of();
        }
        String scope = policy.scopeOf(actor).pathPrefix();
        List<TodoItem> items = new ArrayList<>();
        // Campaigns whose committee's territory holds the unit, without a registered festival of the unit.
        jdbc.sql("""
                        select c.id, c.year, c.window_start from campaign c
                        join org_unit committee on committee.id = c.committee_id
                        join org_unit territory on territory.id = committee.parent_id
                        where ? like territory.path || '%'
                          and not exists (select 1 from festival f where f.campaign_id = c.id and f.unit_id = ?
                                          and f.status in ('REGISTERED', 'HELD'))
                        order by c.year desc
                        """)
                .params(scope, actor.unitId())
                .query((rs, n) -> new TodoItem(
                        "festival.todo.register",
                        new Object[] {rs.getInt(2)},
                        "/festivals/new?campaign=" + rs.getLong(1),
                        rs.getObject(3, java.time.LocalDate.class)))
                .list()
                .forEach(items::add);
        return items;
    }
}
