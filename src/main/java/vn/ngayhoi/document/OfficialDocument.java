package vn.ngayhoi.document;

import java.util.List;

/**
 * An official document as NĐ 30/2020 lays it out, ready to render.
 *
 * @param parentBody the body above the issuer, upper case ("UBND HUYỆN QUAN SƠN"); may be null
 * @param issuingBody the issuer, upper case ("BAN CHỈ ĐẠO 138")
 * @param numberLine "Số: 05/KH-BCĐ", or for a draft "Số:      /KH-BCĐ"
 * @param placeDateLine "Quan Sơn, ngày 05 tháng 01 năm 2022", or for a draft "Quan Sơn, ngày      tháng      năm 2022"
 * @param typeName the document type in upper case ("KẾ HOẠCH"); null for a công văn
 * @param subject the trích yếu ("Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2022");
 *     for a công văn it is printed under the number as "V/v …"
 * @param body the text, in order
 * @param recipients the Nơi nhận lines without the leading dash and trailing semicolon
 *     ("Ban Chỉ đạo 138 tỉnh (để b/c)"); the last is usually "Lưu: VT"
 * @param signature the signature block
 * @param addressees the "Kính gửi:" lines of a công văn or a report to the level above (empty for
 *     none): one is printed on the line, several as "- …;" lines under it
 * @param draft whether it is a draft: "DỰ THẢO" is printed at the top and the blanks for the number
 *     and the date are kept
 */
public record OfficialDocument(
        String parentBody,
        String issuingBody,
        String numberLine,
        String placeDateLine,
        String typeName,
        String subject,
        List<Block> body,
        List<String> recipients,
        Signature signature,
        List<String> addressees,
        boolean draft) {

    public OfficialDocument {
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
    }

    /** An issued document without "Kính gửi:". */
    public OfficialDocument(
            String parentBody,
            String issuingBody,
            String numberLine,
            String placeDateLine,
            String typeName,
            String subject,
            List<Block> body,
            List<String> recipients,
            Signature signature) {
        this(
                parentBody,
                issuingBody,
                numberLine,
                placeDateLine,
                typeName,
                subject,
                body,
                recipients,
                signature,
                List.of(),
                false);
    }

    /** The same document as a draft (or not), with its "Kính gửi:" lines. */
    public OfficialDocument with(List<String> addressees, boolean draft) {
        return new OfficialDocument(
                parentBody,
                issuingBody,
                numberLine,
                placeDateLine,
                typeName,
                subject,
                body,
                recipients,
                signature,
                addressees,
                draft);
    }

    /** A piece of the body. */
    public sealed interface Block permits Heading, Paragraph, Bullet, Table {}

    /**
     * A section heading, bold, at the left margin: level 1 "I. MỤC ĐÍCH, YÊU CẦU", level 2 "1. …",
     * level 3 "a) …".
     */
    public record Heading(int level, String text) implements Block {}

    /** A justified body paragraph with first-line indent, made of runs. */
    public record Paragraph(List<Run> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }
    }

    /** A bullet item ("- …" or "+ …" as in the source); {@code marker} is the dash or plus sign. */
    public record Bullet(String marker, List<Run> runs) implements Block {
        public Bullet {
            runs = List.copyOf(runs);
        }
    }

    /**
     * A bordered table of figures: a bold centred header row, then the rows, in 12 pt. A column
     * whose {@code numeric} entry is true is right-aligned so the digits line up ("1.234.567"); the
     * others are left-aligned. {@code lastRowBold} prints the last row in bold, for a "Tổng cộng"
     * row. Every row has as many cells as the header; the cells are preformatted text, so the
     * caller decides how numbers are written.
     */
    public record Table(List<String> header, List<List<String>> rows, List<Boolean> numeric, boolean lastRowBold)
            implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = List.copyOf(numeric);
            if (header.isEmpty()) {
                throw new IllegalArgumentException("A table needs at least one column");
            }
            if (numeric.size() != header.size()) {
                throw new IllegalArgumentException(
                        "numeric has " + numeric.size() + " entries for " + header.size() + " columns");
            }
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != header.size()) {
                    throw new IllegalArgumentException("Row " + (i + 1) + " has "
                            + rows.get(i).size() + " cells for " + header.size() + " columns");
                }
            }
        }
    }

    /** Text with its emphasis; the only formatting a section may carry. */
    public record Run(String text, boolean bold, boolean italic) {
        public static Run plain(String text) {
            return new Run(text, false, false);
        }
    }

    /**
     * The signature block, right-aligned: {@code authority} ("TM. BAN CHỈ ĐẠO", may be null),
     * {@code title} ("TRƯỞNG BAN"), {@code secondTitle} when the committee uses its parent's seal
     * ("CHỦ TỊCH UBND HUYỆN", may be null), and the signer's name (may be null for a draft).
     */
    public record Signature(String authority, String title, String secondTitle, String signerName) {}
}
