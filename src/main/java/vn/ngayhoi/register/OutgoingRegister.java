package vn.ngayhoi.register;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.RegisterEvents.DocumentWithdrawn;
import vn.ngayhoi.register.internal.RegisterWriter;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Slice;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/**
 * Reading the registers: a unit's year as a list with search and filters, and the frozen files. A
 * register is visible to accounts whose scope holds its unit; an issued file also to the units it
 * was delivered to. Anything else answers 404.
 */
@Service
public class OutgoingRegister {

    private final JdbcClient jdbc;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final RegisterWriter writer;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    private final vn.ngayhoi.shared.files.FileStore files;

    OutgoingRegister(
            JdbcClient jdbc,
            OrgUnitManagement units,
            AccessPolicy policy,
            RegisterWriter writer,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock,
            vn.ngayhoi.shared.files.FileStore files) {
        this.files = files;
        this.jdbc = jdbc;
        this.units = units;
        this.policy = policy;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    /** A frozen file with what a download needs. */
    public record StoredFile(long documentId, String fileName, byte[] bytes, String sha256) {}

    /** A filter on a register year; blank fields filter nothing. */
    public record Filter(String query, String typeName, Integer month) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    /** A register the current account may read: its unit and a year with entries. */
    public record RegisterYear(String unitCode, String unitName, int year, long entries) {}

    /** Registers of units in the current account's scope, newest year first. */
    public List<RegisterYear> visibleRegisters() {
        return jdbc.sql("""
                        select u.code, u.name, o.year, count(*) from outgoing_document o join org_unit u on u.id = o.register_unit_id
                        where u.path like ? group by u.code, u.name, o.year order by o.year desc, u.name
                        """)
                .param(policy.currentScope().pathPrefix() + "%")
                .query((rs, i) -> new RegisterYear(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)))
                .list();
    }

    /** The name of a register's unit, scope-checked like {@link #entries}. */
    public String unitName(String unitCode, int year) {
        return units.getByCode(unitCode.strip(), LocalDate.of(year, 12, 31)).name();
    }

    /** The unit's register for the year, oldest number first (404 for a unit out of scope). */
    public List<RegisterEntry> entries(String unitCode, int year, Filter filter) {
        OrgUnit unit = units.getByCode(unitCode.strip(), LocalDate.of(year, 12, 31));
        return entries(unit.id(), year, filter);
    }

    /**
     * One page of the unit's register for the year, oldest number first, and how many entries match:
     * the filters of {@link #entries} applied in SQL, in two statements whatever the register's size
     * (issue 20). 404 for a unit out of scope.
     */
    public Slice<RegisterEntry> page(String unitCode, int year, Filter filter, long offset, int limit) {
        OrgUnit unit = units.getByCode(unitCode.strip(), LocalDate.of(year, 12, 31));
        String type = filter.typeName() == null || filter.typeName().isBlank()
                ? null
                : filter.typeName().strip();
        String q = Texts.fold(filter.query());
        String pattern = q.isEmpty()
                ? null
                : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return Slice.read(
                jdbc,
                SELECT.substring(0, SELECT.indexOf("from outgoing_document o")),
                SELECT.substring(SELECT.indexOf("from outgoing_document o")) + """
                         where o.register_unit_id = ? and o.year = ?
                           and (?::text is null or lower(o.type_name) = lower(?))
                           and (?::int is null or extract(month from o.issued_on) = ?)
                           and (?::text is null or %s like ?)
                        """.formatted(FOLDED_TEXT),
                "order by o.number, o.id",
                Arrays.asList(unit.id(), year, type, type, filter.month(), filter.month(), pattern, pattern),
                OutgoingRegister::entry,
                offset,
                limit);
    }

    /**
     * What the search matches, folded in SQL as {@link Texts#fold} folds the query: the accented
     * letters (and capitals) that fold to one ASCII letter are translated, so "quyet dinh" finds
     * "Quyết định" without a folded column.
     */
    private static final String FOLDED_TEXT;

    static {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (char c = 'A'; c <= 0x1EFF; c++) {
            if (Character.isLetter(c) && c != Character.toLowerCase(c) || c > 0x7F && Character.isLetter(c)) {
                String folded = Texts.fold(String.valueOf(c));
                if (folded.length() == 1 && folded.charAt(0) < 0x80 && folded.charAt(0) != c) {
                    from.append(c);
                    to.append(folded.charAt(0));
                }
            }
        }
        FOLDED_TEXT = "translate(concat_ws(' ', o.notation, o.type_name, o.subject, o.signer_name,"
                + " array_to_string(o.recipients, ' ')), '" + from + "', '" + to + "')";
    }

    /** The register of a unit already checked, or read for the demo's consistency. */
    public List<RegisterEntry> systemEntries(long registerUnitId, int year) {
        return entries(registerUnitId, year, Filter.NONE);
    }

    private List<RegisterEntry> entries(long registerUnitId, int year, Filter filter) {
        List<RegisterEntry> all = jdbc.sql(SELECT + " where o.register_unit_id = ? and o.year = ? order by o.number")
                .params(registerUnitId, year)
                .query(OutgoingRegister::entry)
                .list();
        return all.stream()
                .filter(e -> filter.typeName() == null
                        || filter.typeName().isBlank()
                        || e.typeName().equalsIgnoreCase(filter.typeName().strip()))
                .filter(e -> filter.month() == null || e.issuedOn().getMonthValue() == filter.month())
                .filter(e -> Texts.containsFolded(
                        String.join(
                                " ",
                                e.fullNotation(),
                                e.typeName(),
                                e.subject(),
                                e.signerName() == null ? "" : e.signerName(),
                                String.join(" ", e.recipients())),
                        filter.query()))
                .toList();
    }

    /** The register entry of a source, without a scope check (for the kind that issued it). */
    public Optional<RegisterEntry> systemEntryOfSource(String source) {
        return jdbc.sql(SELECT + " where o.source = ?")
                .param(source)
                .query(OutgoingRegister::entry)
                .optional();
    }

    /** The frozen file of a source, for a kind that checked its reader itself (its old URLs). */
    public Optional<StoredFile> systemFileOfSource(String source, String extension) {
        return jdbc.sql("select id from issued_document where source = ?")
                .param(source)
                .query(Long.class)
                .optional()
                .map(id -> load(id, extension));
    }

    /**
     * An issued file for the current account: the issuing unit is in its scope or the document was
     * delivered to a unit in it; 404 otherwise (and for an unknown id or extension).
     */
    public StoredFile file(long documentId, String extension) {
        if (!"pdf".equals(extension) && !"docx".equals(extension)) {
            throw new NotFoundException("issued_document:" + documentId + "." + extension);
        }
        Actor actor = policy.requireActor();
        Scope scope = policy.scopeOf(actor);
        String prefix = scope.pathPrefix() + "%";
        boolean visible = jdbc.sql("""
                        select count(*) from issued_document d
                        join outgoing_document o on o.id = d.register_entry_id
                        join org_unit u on u.id = o.register_unit_id
                        where d.id = ? and (u.path like ? or exists (
                            select 1 from issued_document_recipient r join org_unit ru on ru.id = r.recipient_unit_id
                            where r.document_id = d.id and ru.path like ?))
                        """)
                        .params(documentId, prefix, prefix)
                        .query(Long.class)
                        .single()
                > 0;
        if (!visible) {
            throw policy.refuse(actor, "issued_document:" + documentId);
        }
        return load(documentId, extension);
    }

    /**
     * The number line a document of {@code type} would print if the unit issued it on {@code on}: for a
     * check page. Another issue may take it first; the issuer then refuses to issue what was not shown.
     */
    public String nextNumberLine(long registerUnitId, LocalDate on, DocumentType type, String issuerAbbreviation) {
        return "Số: "
                + DocumentNumber.notation(
                        nextNumber(registerUnitId, on.getYear()), type.abbreviation(), issuerAbbreviation);
    }

    /** The number the register's next document of the year would take. */
    int nextNumber(long registerUnitId, int year) {
        return jdbc.sql(
                        "select coalesce(max(last_number), 0) + 1 from register_counter where register_unit_id = ? and year = ?")
                .params(registerUnitId, year)
                .query(Integer.class)
                .single();
    }

    /** A frozen file by id, for a kind that checked its reader itself. */
    public StoredFile systemFile(long documentId, String extension) {
        return load(documentId, extension);
    }

    private StoredFile load(long documentId, String extension) {
        String sql = "pdf".equals(extension)
                ? "select d.pdf_sha256, o.notation from issued_document d join outgoing_document o on o.id = d.register_entry_id where d.id = ?"
                : "select d.docx_sha256, o.notation from issued_document d join outgoing_document o on o.id = d.register_entry_id where d.id = ?";
        return jdbc.sql(sql)
                .param(documentId)
                .query((rs, i) -> new StoredFile(
                        documentId,
                        rs.getString(2).replace('/', '-') + "." + extension,
                        files.get(rs.getString(1)),
                        rs.getString(1)))
                .optional()
                .orElseThrow(() -> new NotFoundException("issued_document:" + documentId));
    }

    /**
     * Withdraws (thu hồi) an issued document: its number is never reused and its line stays, marked.
     * Only the standing office or a leader of the issuing unit's scope.
     */
    @Transactional
    public RegisterEntry withdraw(long entryId, String reason) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.LEADER, Role.ADMIN);
        RegisterEntry entry = entryInScope(entryId);
        String clean = Texts.clean(reason);
        if (clean == null || clean.isEmpty() || clean.length() > 1000) {
            throw ValidationException.of("reason", "register.withdraw.reasonRequired");
        }
        if (!writer.withdraw(entryId, LocalDate.now(clock), clean)) {
            throw new ConflictException("register.withdraw.already");
        }
        events.publishEvent(new DocumentWithdrawn(entryId, entry.fullNotation(), clean));
        return systemEntryOfSource(entry.source()).orElseThrow();
    }

    /** The urgency marks of NĐ 30 the register records. */
    public static final List<String> PRIORITIES = List.of("NORMAL", "URGENT", "EXPRESS");

    /**
     * Records how many copies were printed and the urgency mark (Độ khẩn) of an entry, as the clerk
     * does in the paper register; the issued files are not touched. The issuing unit's officers.
     */
    @Transactional
    public RegisterEntry setHandling(long entryId, String copies, String priority) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.UNIT_OFFICER, Role.LEADER, Role.ADMIN);
        RegisterEntry entry = entryInScope(entryId);
        int n;
        try {
            n = Integer.parseInt(copies == null ? "" : copies.strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        java.util.List<vn.ngayhoi.shared.ValidationException.Problem> problems = new java.util.ArrayList<>();
        if (n < 1 || n > 10000) {
            problems.add(new vn.ngayhoi.shared.ValidationException.Problem("copies", "register.handling.copies"));
        }
        if (priority == null || !PRIORITIES.contains(priority)) {
            problems.add(new vn.ngayhoi.shared.ValidationException.Problem("priority", "register.handling.priority"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        writer.setHandling(entryId, n, priority);
        events.publishEvent(new RegisterEvents.HandlingRecorded(entryId, entry.fullNotation(), n, priority));
        return systemEntryOfSource(entry.source()).orElseThrow();
    }

    /** An entry of a register in the account's scope; 404 otherwise. */
    private RegisterEntry entryInScope(long entryId) {
        RegisterEntry entry = jdbc.sql(SELECT + " where o.id = ?")
                .param(entryId)
                .query(OutgoingRegister::entry)
                .optional()
                .orElseThrow(() -> new NotFoundException("outgoing_document:" + entryId));
        String path = jdbc.sql(
                        "select u.path from outgoing_document o join org_unit u on u.id = o.register_unit_id where o.id = ?")
                .param(entryId)
                .query(String.class)
                .single();
        policy.requireVisible(path, "outgoing_document:" + entryId);
        return entry;
    }

    private static final String SELECT = """
            select o.id, o.number, o.notation, o.issued_on, o.type_name, o.subject, o.signer_name, o.signer_position,
                   o.recipients, o.page_count, o.copies, o.priority, o.status, r.notation, d.id, d.pdf_sha256, o.source,
                   (select n.notation from outgoing_document n where n.replaces_id = o.id order by n.id limit 1)
            from outgoing_document o
            left join outgoing_document r on r.id = o.replaces_id
            left join issued_document d on d.register_entry_id = o.id
            """;

    private static RegisterEntry entry(ResultSet rs, int row) throws SQLException {
        String full = rs.getString(3);
        int slash = full.indexOf('/');
        Array recipients = rs.getArray(9);
        long documentId = rs.getLong(15);
        boolean hasDocument = !rs.wasNull();
        return new RegisterEntry(
                rs.getLong(1),
                rs.getInt(2),
                slash < 0 ? full : full.substring(slash + 1),
                full,
                rs.getObject(4, LocalDate.class),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                recipients == null ? List.of() : Arrays.asList((String[]) recipients.getArray()),
                (Integer) rs.getObject(10),
                rs.getInt(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(18),
                hasDocument ? documentId : null,
                rs.getString(16),
                rs.getString(17));
    }
}
