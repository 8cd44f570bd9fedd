package vn.ngayhoi.budget.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.budget.Gift;

/** Gift lists per festival. */
@Repository
public class GiftRepository {

    private final JdbcClient jdbc;

    GiftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(
            long festivalId,
            String recipient,
            String recipientKind,
            String category,
            String kind,
            long value,
            long giverUserId,
            String by,
            OffsetDateTime at) {
        return jdbc.sql("""
                insert into budget_gift (festival_id, recipient, recipient_kind, category, kind, value, giver_user_id,
                    created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(festivalId, recipient, recipientKind, category, kind, value, giverUserId, by, at)
                .query(Long.class)
                .single();
    }

    /** Marks a gift handed; false when it was handed already (a double click). */
    public boolean markHanded(long giftId, LocalDate on) {
        return jdbc.sql("update budget_gift set handed_on = ? where id = ? and handed_on is null")
                        .params(on, giftId)
                        .update()
                > 0;
    }

    public List<Gift> ofFestival(long festivalId) {
        return jdbc.sql("""
                select g.id, g.festival_id, g.recipient, g.recipient_kind, g.category, g.kind, g.value, g.giver_user_id,
                    coalesce(u.full_name, ''), g.handed_on from budget_gift g left join app_user u on u.id = g.giver_user_id
                where g.festival_id = ? order by g.id
                """)
                .param(festivalId)
                .query((rs, n) -> new Gift(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getString(9),
                        rs.getObject(10, LocalDate.class)))
                .list();
    }

    public Optional<Long> festivalOf(long giftId) {
        return jdbc.sql("select festival_id from budget_gift where id = ?")
                .param(giftId)
                .query(Long.class)
                .optional();
    }

    /** Gifts of a festival grouped by kind and value: the estimate's gift lines. */
    public record Group(String kind, long value, long count) {}

    public List<Group> groups(long festivalId) {
        return jdbc.sql("select kind, value, count(*) from budget_gift where festival_id = ? group by kind, value"
                        + " order by min(id)")
                .param(festivalId)
                .query((rs, n) -> new Group(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }
}
