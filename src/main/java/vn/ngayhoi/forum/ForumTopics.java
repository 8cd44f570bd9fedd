package vn.ngayhoi.forum;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.shared.AuditableEvent;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;

/**
 * The topic list people choose from. The standing office adds topics and retires them; a retired
 * topic leaves the form but stays on the opinions that used it, so nothing is ever deleted.
 */
@Service
public class ForumTopics {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;

    ForumTopics(JdbcClient jdbc, AccessPolicy policy, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
    }

    /** A topic with whether the form offers it. */
    public record TopicRow(long id, String code, String name, boolean active) {}

    public record TopicChanged(String code, String summary) implements AuditableEvent {
        public String action() {
            return "FORUM_TOPIC_CHANGED";
        }

        public String target() {
            return "forum_topic:" + code;
        }
    }

    public List<TopicRow> all() {
        return jdbc.sql("select id, code, name, active from forum_topic order by position, id")
                .query((rs, n) -> new TopicRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** Adds a topic by its name; its code is the name without diacritics, in capitals. */
    @Transactional
    public void add(String name) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        String clean = Texts.clean(name);
        if (clean == null || clean.isEmpty() || clean.length() > 100) {
            throw ValidationException.of("name", "forum.topic.name");
        }
        String code =
                Texts.fold(clean).toUpperCase().replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        int added =
                jdbc.sql("""
                        insert into forum_topic (code, name, position)
                        values (?, ?, (select coalesce(max(position), 0) + 1 from forum_topic))
                        on conflict (code) do nothing
                        """).params(code.isEmpty() ? "CHU_DE" : code, clean).update();
        if (added == 0) {
            throw ValidationException.of("name", "forum.topic.exists", clean);
        }
        events.publishEvent(new TopicChanged(code, "thêm: " + clean));
    }

    /** Takes a topic off the form, or puts it back. */
    @Transactional
    public void setActive(String code, boolean active) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        int changed = jdbc.sql("update forum_topic set active = ? where code = ?")
                .params(active, code)
                .update();
        if (changed == 0) {
            throw new vn.ngayhoi.shared.NotFoundException("forum_topic:" + code);
        }
        events.publishEvent(new TopicChanged(code, active ? "dùng lại" : "thôi dùng"));
    }
}
