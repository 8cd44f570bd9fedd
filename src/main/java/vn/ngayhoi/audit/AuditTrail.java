package vn.ngayhoi.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngayhoi.shared.AuditableEvent;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;

/**
 * Appends every {@link AuditableEvent} to the trail, inside the transaction of the change so that a
 * change and its entry commit or fail together. Refusals and failed logins are written in their own
 * transaction, because the error that follows them rolls the surrounding one back. Nothing here
 * updates or deletes an entry, and the table refuses it anyway.
 */
@Service
public class AuditTrail {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final Clock clock;
    private final TransactionTemplate independent;

    AuditTrail(JdbcClient jdbc, AccessPolicy policy, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AuditableEvent event) {
        String actor = event.actorOverride() != null
                ? event.actorOverride()
                : policy.currentActor().map(Actor::username).orElse(SYSTEM);
        if (event.survivesRollback()) {
            independent.executeWithoutResult(status -> append(actor, event));
        } else {
            append(actor, event);
        }
    }

    private void append(String actor, AuditableEvent event) {
        jdbc.sql("insert into audit_entry (occurred_at, actor, action, target, summary) values (?, ?, ?, ?, ?)")
                .params(
                        OffsetDateTime.now(clock),
                        actor,
                        event.action(),
                        truncate(event.target()),
                        truncate(attributed(event.summary())))
                .update();
    }

    /** A change made with an access token says which token, so every use of one can be traced. */
    private String attributed(String summary) {
        return policy.currentCredential()
                .map(token -> (summary == null || summary.isBlank() ? "" : summary + " ") + "[qua " + token + "]")
                .orElse(summary);
    }

    /** Entries matching the query, newest first. */
    public List<AuditEntry> find(AuditQuery q) {
        return jdbc.sql("select id, occurred_at, actor, action, target, summary from audit_entry" + WHERE
                        + " order by occurred_at desc, id desc limit ? offset ?")
                .params(params(q, q.size(), q.page() * q.size()))
                .query((rs, n) -> new AuditEntry(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    public long count(AuditQuery q) {
        return jdbc.sql("select count(*) from audit_entry" + WHERE)
                .params(params(q))
                .query(Long.class)
                .single();
    }

    /** Distinct action codes, for the filter on the trail page. */
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_entry order by action")
                .query(String.class)
                .list();
    }

    private static final String WHERE = """
             where (?::text is null or actor = ?)
               and (?::text is null or action = ?)
               and (?::text is null or target ilike '%' || ? || '%')
               and (?::timestamptz is null or occurred_at >= ?)
               and (?::timestamptz is null or occurred_at < ?)
            """;

    private static Object[] params(AuditQuery q, Object... extra) {
        String actor = blankToNull(q.actor());
        String action = blankToNull(q.action());
        String target = blankToNull(q.target());
        OffsetDateTime from = startOf(q.from());
        OffsetDateTime to = startOf(q.to() == null ? null : q.to().plusDays(1));
        Object[] base = {actor, actor, action, action, target, target, from, from, to, to};
        Object[] all = new Object[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    private static OffsetDateTime startOf(LocalDate date) {
        return date == null ? null : date.atStartOfDay(Formats.ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
