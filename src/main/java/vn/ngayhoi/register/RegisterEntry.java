package vn.ngayhoi.register;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the outgoing register (sổ đăng ký văn bản đi) with the metadata of NĐ 30 Phụ lục VI.
 *
 * @param number the number in the register's year (CodeNumber)
 * @param notation the notation after the number ("KH-BCĐ"; "BCĐ" for a công văn) (CodeNotation)
 * @param fullNotation number and notation as printed ("01/KH-BCĐ")
 * @param replaces the full notation of the entry this one replaces or amends, or null
 * @param replacedBy the full notation of the entry that replaced this one, or null
 * @param documentId the issued document's id ({@code /documents/{id}.pdf}), or null for a line
 *     with no frozen file
 * @param sha256 the SHA-256 of the frozen PDF
 */
public record RegisterEntry(
        long entryId,
        int number,
        String notation,
        String fullNotation,
        LocalDate issuedOn,
        String typeName,
        String subject,
        String signerName,
        String signerPosition,
        List<String> recipients,
        Integer pageCount,
        int copies,
        String priority,
        String status,
        String replaces,
        String replacedBy,
        Long documentId,
        String sha256,
        String source) {

    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }
}
