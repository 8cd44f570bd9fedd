package vn.ngayhoi.register.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of the register's tables (an architecture test holds every other class to it):
 * the counter, the entries and the frozen files.
 */
@Repository
public class RegisterWriter {

    private final JdbcClient jdbc;
    private final vn.ngayhoi.shared.files.FileStore files;

    RegisterWriter(JdbcClient jdbc, vn.ngayhoi.shared.files.FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /**
     * The next number of a register's year. The counter row stays locked until the transaction ends,
     * so concurrent issues take numbers in turn (no duplicate) and a rolled-back issue gives its
     * number back (no gap).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int nextNumber(long registerUnitId, int year) {
        return jdbc.sql("""
                        insert into register_counter (register_unit_id, year, last_number) values (?, ?, 1)
                        on conflict (register_unit_id, year) do update set last_number = register_counter.last_number + 1
                        returning last_number
                        """).params(registerUnitId, year).query(Integer.class).single();
    }

    /** The entry of a source already issued, if any. */
    public Optional<Long> documentOfSource(String source) {
        return jdbc.sql("select id from issued_document where source = ?")
                .param(source)
                .query(Long.class)
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insertEntry(
            long registerUnitId,
            int year,
            int number,
            String notation,
            String typeName,
            String subject,
            LocalDate issuedOn,
            String source,
            String signerName,
            String signerPosition,
            List<String> recipients,
            Long replacesId) {
        return jdbc.sql("""
                        insert into outgoing_document (register_unit_id, year, number, notation, type_name, subject, issued_on,
                                                       source, signer_name, signer_position, recipients, replaces_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        registerUnitId,
                        year,
                        number,
                        notation,
                        typeName,
                        subject,
                        issuedOn,
                        source,
                        signerName,
                        signerPosition,
                        recipients.toArray(String[]::new),
                        replacesId)
                .query(Long.class)
                .single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setPageCount(long entryId, int pages) {
        jdbc.sql("update outgoing_document set page_count = ? where id = ?")
                .params(pages, entryId)
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insertDocument(
            long entryId,
            String source,
            byte[] docx,
            byte[] pdf,
            String docxSha,
            String pdfSha,
            String issuedBy,
            OffsetDateTime issuedAt,
            Collection<Long> recipientUnitIds) {
        // The bytes go to the file store before the row that names them commits; a file whose row
        // rolled back is unreferenced, never a row without its file.
        String storedDocx = files.put(docx);
        String storedPdf = files.put(pdf);
        if (!storedDocx.equals(docxSha) || !storedPdf.equals(pdfSha)) {
            throw new IllegalStateException("the checksums given for " + source + " are not those of its files");
        }
        long id = jdbc.sql("""
                        insert into issued_document (register_entry_id, source, docx_sha256, pdf_sha256, issued_by, issued_at)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(entryId, source, storedDocx, storedPdf, issuedBy, issuedAt)
                .query(Long.class)
                .single();
        for (Long unitId : recipientUnitIds) {
            jdbc.sql("insert into issued_document_recipient (document_id, recipient_unit_id) values (?, ?)")
                    .params(id, unitId)
                    .update();
        }
        return id;
    }

    /** Marks an entry withdrawn; false when it was withdrawn already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean withdraw(long entryId, LocalDate on, String reason) {
        return jdbc.sql("""
                        update outgoing_document set status = 'WITHDRAWN', withdrawn_on = ?, withdrawn_reason = ?
                        where id = ? and status = 'ISSUED'
                        """).params(on, reason, entryId).update() == 1;
    }

    /** The clerk's record of how the document was sent: copies printed and urgency (Phụ lục VI). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean setHandling(long entryId, int copies, String priority) {
        return jdbc.sql("update outgoing_document set copies = ?, priority = ? where id = ?")
                        .params(copies, priority, entryId)
                        .update()
                == 1;
    }
}
