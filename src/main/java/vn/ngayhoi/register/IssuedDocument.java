package vn.ngayhoi.register;

/**
 * A document as issued: its number and the frozen files' checksums. {@code id} is the document's id in
 * {@code /documents/{id}.pdf}.
 */
public record IssuedDocument(
        long id, DocumentNumber number, String docxSha256, String pdfSha256, int pageCount, String source) {

    /** Where the frozen PDF is served. */
    public String pdfUrl() {
        return "/documents/" + id + ".pdf";
    }

    public String docxUrl() {
        return "/documents/" + id + ".docx";
    }
}
