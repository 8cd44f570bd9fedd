package vn.ngayhoi.document;

/** Renders official documents; implementations are thread-safe. */
public interface DocumentRenderer {

    /** DOCX: A4 portrait, NĐ 30 margins, Times New Roman, page numbers from page 2. */
    byte[] docx(OfficialDocument document);

    /** PDF with the same layout, Liberation Serif (Times-metric, Vietnamese glyphs) embedded. */
    byte[] pdf(OfficialDocument document);

    /** The ma-két as one landscape A4 PDF page. */
    byte[] bannerPdf(Banner banner);

    /**
     * Giấy khen, one landscape A4 page each, the text moved right and down by the offsets (mm; negative
     * moves left or up) so it lands on the fields of pre-printed certificate paper.
     */
    byte[] certificatesPdf(java.util.List<Certificate> certificates, double offsetXmm, double offsetYmm);

    /**
     * Parses the small markup a plan section is written in: paragraphs separated by blank lines,
     * lines starting with "- " or "+ " as bullets, {@code **bold**} and {@code *italic*}. Anything
     * else is text.
     */
    java.util.List<OfficialDocument.Block> parse(String markup);

    /** How many pages a PDF has, for the register's page count. */
    int pageCount(byte[] pdf);

    /** The text of a PDF's first page, as a reader would copy it (for previews and checks). */
    String firstPageText(byte[] pdf);
}
