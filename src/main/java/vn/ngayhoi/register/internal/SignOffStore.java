package vn.ngayhoi.register.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.register.SignOff;
import vn.ngayhoi.register.SignOffStatus;

/** The rows of {@code document_signoff}; every step is one guarded UPDATE. */
@Repository
public class SignOffStore {

    private static final String SELECT = """
            select id, source, register_unit_id, subject, page_path, status, return_reason, version, updated_by,
                   updated_at, fingerprint
            from document_signoff
            """;

    private final JdbcClient jdbc;

    SignOffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the sign-off of a source as a draft; a source opened before keeps its row. */
    public SignOff open(
            String source, long registerUnitId, String subject, String pagePath, String by, OffsetDateTime at) {
        jdbc.sql("""
                        insert into document_signoff (source, register_unit_id, subject, page_path, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (source) do nothing
                        """).params(source, registerUnitId, subject, pagePath, by, at).update();
        return find(source).orElseThrow();
    }

    public Optional<SignOff> find(String source) {
        return jdbc.sql(SELECT + " where source = ?")
                .param(source)
                .query(this::map)
                .optional();
    }

    public Optional<String> fingerprint(String source) {
        return jdbc.sql("select fingerprint from document_signoff where source = ?")
                .param(source)
                .query(String.class)
                .optional();
    }

    /** Moves the row if it is still at {@code expectedVersion} in one of {@code from}; whether it did. */
    public boolean move(
            String source,
            int expectedVersion,
            List<SignOffStatus> from,
            SignOffStatus to,
            String reason,
            String fingerprint,
            String by,
            OffsetDateTime at) {
        return jdbc.sql("""
                                update document_signoff
                                set status = ?, return_reason = ?, fingerprint = coalesce(?, fingerprint),
                                    updated_by = ?, updated_at = ?, version = version + 1
                                where source = ? and version = ? and status = any(?)
                                """)
                        .params(
                                to.name(),
                                reason,
                                fingerprint,
                                by,
                                at,
                                source,
                                expectedVersion,
                                from.stream().map(Enum::name).toArray(String[]::new))
                        .update()
                == 1;
    }

    /**
     * Marks an approved sign-off issued, in the issuing transaction. Empty when the source has no
     * sign-off (a kind with a workflow of its own); otherwise whether it was approved.
     */
    public Optional<Boolean> markIssued(String source, OffsetDateTime at) {
        if (find(source).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                                update document_signoff set status = 'ISSUED', updated_at = ?, version = version + 1
                                where source = ? and status = 'APPROVED'
                                """).params(at, source).update() == 1);
    }

    /** The subject the lists show follows the draft's. */
    public void retitle(String source, String subject) {
        jdbc.sql("update document_signoff set subject = ? where source = ? and status in ('DRAFT', 'RETURNED')")
                .params(subject, source)
                .update();
    }

    /**
     * Sign-offs in one of the statuses of the registers a unit acts for: its own, and those of the
     * committees directly under it (as {@code OrgUnit.actingUnitId} says), oldest first.
     */
    public List<SignOff> ofActingUnit(long unitId, List<SignOffStatus> statuses) {
        return jdbc.sql(SELECT + """
                         where status = any(?) and register_unit_id in (
                             select u.id from org_unit u
                             where u.id = ? or (u.parent_id = ? and u.type_code = 'COMMITTEE'))
                         order by id
                        """)
                .params(statuses.stream().map(Enum::name).toArray(String[]::new), unitId, unitId)
                .query(this::map)
                .list();
    }

    /** Submitted sign-offs of registers under a path (a leader's scope), oldest first. */
    public List<SignOff> submittedUnder(String pathPrefix) {
        return jdbc.sql(SELECT + """
                         where status = 'SUBMITTED' and register_unit_id in (select u.id from org_unit u where u.path like ?)
                         order by id
                        """).param(pathPrefix + "%").query(this::map).list();
    }

    private SignOff map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new SignOff(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                SignOffStatus.valueOf(rs.getString(6)),
                rs.getString(7),
                rs.getInt(8),
                rs.getString(9),
                rs.getObject(10, OffsetDateTime.class));
    }
}
