package vn.ngayhoi.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.ngayhoi.document.OfficialDocument;

/**
 * What a kind of document hands to {@link DocumentIssuing}: who issues it, what it is, who signs and
 * receives it, and how to lay it out once its number is known.
 *
 * @param registerUnitId the issuing unit, whose register numbers the document (an advisory body such
 *     as a Ban Chỉ đạo keeps its own register, NĐ 30)
 * @param issuedOn the day of issue; its year picks the register's sequence
 * @param type the document type of Phụ lục III
 * @param issuerAbbreviation the issuing body's abbreviation in the notation ("BCĐ")
 * @param subject the trích yếu as the register lists it
 * @param signerName the signer's name, printed under the signature
 * @param signerPosition the signer's title ("TRƯỞNG BAN")
 * @param recipients the Nơi nhận lines as printed
 * @param recipientUnitIds the units it is delivered to (their inbox)
 * @param source what the document was issued from ("plan:12"); one source is issued once
 * @param replacesEntryId the register entry this document replaces or amends, or null
 * @param issuedBy who issued it (username, or "system" for the demo)
 * @param layout the document as printed, given its number
 */
public record IssueRequest(
        long registerUnitId,
        LocalDate issuedOn,
        DocumentType type,
        String issuerAbbreviation,
        String subject,
        String signerName,
        String signerPosition,
        List<String> recipients,
        Collection<Long> recipientUnitIds,
        String source,
        Long replacesEntryId,
        String issuedBy,
        Function<DocumentNumber, OfficialDocument> layout) {

    public IssueRequest {
        recipients = List.copyOf(recipients);
        recipientUnitIds = Set.copyOf(recipientUnitIds);
    }
}
