package vn.ngayhoi.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/** SQL for accounts. Lists take the caller's scope; an account belongs to its unit's place in the tree. */
@Repository
public class UserRepository {

    private static final String SELECT = """
            select u.id, u.username, u.full_name, u.position, u.unit_id, o.code as unit_code, o.name as unit_name,
                   u.enabled, u.locked_until, u.created_at, u.email,
                   coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') as roles
            from app_user u left join org_unit o on o.id = u.unit_id
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What sign-in needs: the hash and the lock state. */
    public record Credentials(
            long id,
            String username,
            String passwordHash,
            String fullName,
            Long unitId,
            boolean enabled,
            int failedAttempts,
            OffsetDateTime lockedUntil,
            Set<Role> roles) {}

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("""
                        select u.id, u.username, u.password_hash, u.full_name, u.unit_id, u.enabled, u.failed_attempts,
                               u.locked_until,
                               coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '')
                        from app_user u where lower(u.username) = lower(?)
                        """)
                .param(username)
                .query((rs, n) -> {
                    long unit = rs.getLong(5);
                    Long unitId = rs.wasNull() ? null : unit;
                    return new Credentials(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            unitId,
                            rs.getBoolean(6),
                            rs.getInt(7),
                            rs.getObject(8, OffsetDateTime.class),
                            roles(rs.getString(9)));
                })
                .optional();
    }

    public Optional<UserView> findById(long id) {
        return jdbc.sql(SELECT + " where u.id = ?")
                .param(id)
                .query(UserRepository::map)
                .optional();
    }

    public Optional<UserView> findByUsername(String username) {
        return jdbc.sql(SELECT + " where lower(u.username) = lower(?)")
                .param(username)
                .query(UserRepository::map)
                .optional();
    }

    public List<UserView> list(Scope scope, String folded, int limit) {
        return jdbc.sql(SELECT + """
                         where (o.path like ? or (o.id is null and ? = '/'))
                           and (? = '' or lower(u.username) like ? or u.full_name_folded like ? or o.name_folded like ?)
                         order by o.path nulls first, u.username limit ?
                        """)
                .params(
                        scope.pathPrefix() + "%",
                        scope.pathPrefix(),
                        folded,
                        "%" + folded + "%",
                        "%" + folded + "%",
                        "%" + folded + "%",
                        limit)
                .query(UserRepository::map)
                .list();
    }

    /** One page of {@link #list}'s accounts and how many match: two statements (issue 20). */
    public vn.ngayhoi.shared.Slice<UserView> page(Scope scope, String folded, long offset, int limit) {
        return vn.ngayhoi.shared.Slice.read(
                jdbc,
                SELECT.substring(0, SELECT.indexOf("from app_user")),
                SELECT.substring(SELECT.indexOf("from app_user")) + """
                         where (o.path like ? or (o.id is null and ? = '/'))
                           and (? = '' or lower(u.username) like ? or u.full_name_folded like ? or o.name_folded like ?)
                        """,
                "order by o.path nulls first, u.username",
                UserRepository::map,
                offset,
                limit,
                scope.pathPrefix() + "%",
                scope.pathPrefix(),
                folded,
                "%" + folded + "%",
                "%" + folded + "%",
                "%" + folded + "%");
    }

    /** The full name of each of {@code usernames} that names an account, in one statement. */
    public java.util.Map<String, String> fullNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        jdbc.sql("select lower(username), full_name from app_user where lower(username) = any(?)")
                .param(usernames.stream()
                        .map(u -> u.toLowerCase(java.util.Locale.ROOT))
                        .distinct()
                        .toArray(String[]::new))
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
                .list();
        return names;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Enabled accounts attached to the unit itself, for notices about the unit's work. */
    public List<UserView> inUnit(long unitId) {
        return jdbc.sql(SELECT + " where u.unit_id = ? and u.enabled order by u.username")
                .param(unitId)
                .query(UserRepository::map)
                .list();
    }

    public void setEmail(long id, String email) {
        jdbc.sql("update app_user set email = ? where id = ?").params(email, id).update();
    }

    public long countWithRole(Role role) {
        return jdbc.sql("select count(*) from user_role where role = ?")
                .param(role.name())
                .query(Long.class)
                .single();
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public long insert(
            String username,
            String hash,
            String fullName,
            String position,
            Long unitId,
            Set<Role> roles,
            OffsetDateTime now) {
        long id = jdbc.sql("""
                        insert into app_user (username, password_hash, full_name, full_name_folded, position, unit_id,
                                              password_changed_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(username, hash, fullName, Texts.fold(fullName), position, unitId, now, now)
                .query(Long.class)
                .single();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        return id;
    }

    public void setPassword(long id, String hash, OffsetDateTime now) {
        jdbc.sql("""
                        update app_user set password_hash = ?, password_changed_at = ?, failed_attempts = 0,
                            locked_until = null, version = version + 1 where id = ?
                        """).params(hash, now, id).update();
    }

    /** Counts one more failure atomically and returns the new count. */
    public int recordFailure(long id) {
        return jdbc.sql(
                        "update app_user set failed_attempts = failed_attempts + 1 where id = ? returning failed_attempts")
                .param(id)
                .query(Integer.class)
                .single();
    }

    public void lockUntil(long id, OffsetDateTime until) {
        jdbc.sql("update app_user set locked_until = ?, failed_attempts = 0 where id = ?")
                .params(until, id)
                .update();
    }

    public void clearFailures(long id) {
        jdbc.sql(
                        "update app_user set failed_attempts = 0, locked_until = null where id = ? and (failed_attempts > 0 or locked_until is not null)")
                .param(id)
                .update();
    }

    private static Set<Role> roles(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(csv.split(",")).map(Role::valueOf).forEach(set::add);
        return set;
    }

    private static UserView map(ResultSet rs, int n) throws SQLException {
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new UserView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("position"),
                unitId,
                rs.getString("unit_code"),
                rs.getString("unit_name"),
                roles(rs.getString("roles")),
                rs.getBoolean("enabled"),
                rs.getObject("locked_until", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("email"));
    }
}
