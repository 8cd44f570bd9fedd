package vn.ngayhoi.task.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL for chasing letters; what a draft says is kept as JSON until it is issued and frozen. */
@Repository
public class ChasingLetterStore {

    /** A letter's row: its number and files come at issue. */
    public record Row(
            long id,
            long campaignId,
            long issuerId,
            String numberLine,
            LocalDate issuedOn,
            String subject,
            Content content,
            Long issuedDocumentId,
            String pdfSha256) {

        public boolean issued() {
            return issuedDocumentId != null;
        }
    }

    /**
     * What the letter says: as of which day, what the units have not done, and each unit's lines.
     * Letters issued before drafts existed have none (their files say it).
     */
    public record Content(LocalDate asOf, String whatIsMissing, List<Recipient> recipients) {}

    public record Recipient(long unitId, String unitName, List<String> lines) {}

    private static final String SELECT = """
            select l.id, l.campaign_id, l.issuer_id, l.number_line, l.issued_on, l.subject, l.content::text,
                   l.issued_document_id, d.pdf_sha256
            from chasing_letter l left join issued_document d on d.id = l.issued_document_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ChasingLetterStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public long insertDraft(long campaignId, long issuerId, String subject, Content content, String by) {
        return jdbc.sql("""
                        insert into chasing_letter (campaign_id, issuer_id, subject, content, drafted_by)
                        values (?, ?, ?, cast(? as jsonb), ?) returning id
                        """)
                .params(campaignId, issuerId, subject, json.writeValueAsString(content), by)
                .query(Long.class)
                .single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where l.id = ?").param(id).query(this::map).optional();
    }

    /** Holds the row until the transaction ends: one issue at a time per letter. */
    public void lock(long id) {
        jdbc.sql("select id from chasing_letter where id = ? for update")
                .param(id)
                .query(Long.class)
                .single();
    }

    /** Letters issued by a unit under {@code issuerPrefix} (drafts included) or issued to one under {@code recipientPrefix}. */
    public List<Row> visible(String issuerPrefix, String recipientPrefix) {
        return jdbc.sql(SELECT + """
                         join org_unit i on i.id = l.issuer_id
                         where i.path like ?
                            or (l.issued_document_id is not null and exists (
                                select 1 from chasing_letter_delivery cd join org_unit r on r.id = cd.recipient_unit_id
                                where cd.letter_id = l.id and r.path like ?))
                         order by l.id desc
                        """)
                .params(issuerPrefix + "%", recipientPrefix + "%")
                .query(this::map)
                .list();
    }

    public void markIssued(long id, String numberLine, LocalDate on, long documentId) {
        jdbc.sql("update chasing_letter set number_line = ?, issued_on = ?, issued_document_id = ? where id = ?")
                .params(numberLine, on, documentId, id)
                .update();
    }

    public void deliver(long id, long unitId, OffsetDateTime at) {
        jdbc.sql("insert into chasing_letter_delivery (letter_id, recipient_unit_id, delivered_at) values (?, ?, ?)")
                .params(id, unitId, at)
                .update();
    }

    public List<String> recipientNames(long id) {
        return jdbc.sql("""
                        select r.name from chasing_letter_delivery d join org_unit r on r.id = d.recipient_unit_id
                        where d.letter_id = ? order by r.code
                        """).param(id).query(String.class).list();
    }

    private Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String content = rs.getString(7);
        Long documentId = rs.getObject(8, Long.class);
        return new Row(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getString(6),
                content == null ? null : json.readValue(content, Content.class),
                documentId,
                rs.getString(9));
    }
}
