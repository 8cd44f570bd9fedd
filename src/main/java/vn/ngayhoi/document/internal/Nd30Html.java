package vn.ngayhoi.document.internal;

import static vn.ngayhoi.document.internal.Nd30Renderer.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Bullet;
import vn.ngayhoi.document.OfficialDocument.Heading;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.OfficialDocument.Signature;
import vn.ngayhoi.document.OfficialDocument.Table;

/** The PDF half of {@link Nd30Renderer}: the document as XHTML for openhtmltopdf, in the DOCX's layout. */
final class Nd30Html {

    private Nd30Html() {}

    // ---------------------------------------------------------------- PDF

    /*
     * Word's line spacing "multiple 1.15" is 1.15 times the font's own line height (1.15 em for
     * Times New Roman and Liberation Serif), hence line-height 1.32 for body text here.
     */
    private static final String DOCUMENT_CSS = """
            @page { size: A4; margin: 20mm 15mm 20mm 30mm;
              @top-center { content: counter(page); font-family: 'Liberation Serif'; font-size: 14pt;
                            vertical-align: middle; } }
            @page :first { @top-center { content: none; } }
            * { font-family: 'Liberation Serif'; color: #000; }
            body { font-size: 14pt; margin: 0; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; }
            td { vertical-align: top; padding: 0; text-align: center; line-height: 1.15; }
            tr { page-break-inside: avoid; }
            .s13 { font-size: 13pt; } .s12 { font-size: 12pt; } .s11 { font-size: 11pt; }
            .b { font-weight: bold; } .i { font-style: italic; } .nw { display: inline-block; white-space: nowrap; text-indent: 0; }
            .line { border-top: 0.75pt solid #000; height: 0; margin: 2pt auto 0 auto; }
            .no { padding-top: 6pt; } .vv { padding-top: 3pt; }
            .date { padding-top: 6pt; font-style: italic; }
            .title { text-align: center; font-weight: bold; margin-top: 18pt; }
            .subject { text-align: center; font-weight: bold; }
            .after-title { margin-bottom: 12pt; }
            p { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt 0; line-height: 1.32; }
            p.h { text-indent: 0; font-weight: bold; margin-top: 3pt; page-break-after: avoid; }
            .end { margin-top: 12pt; }
            td.recv { text-align: left; line-height: 1.1; }
            td.sig { font-weight: bold; }
            table.grid { margin: 0 0 6pt 0; -fs-table-paginate: paginate; }
            table.grid th, table.grid td { border: 0.5pt solid #000; padding: 2pt 5pt; font-size: 12pt;
                            line-height: 1.15; vertical-align: middle; text-align: left; }
            table.grid th { font-weight: bold; text-align: center; }
            table.grid td.n { text-align: right; }
            table.grid tr.total td { font-weight: bold; }
            .space { height: 85pt; }
            .draft { text-align: center; font-weight: bold; margin-bottom: 3pt; }
            .to { text-align: center; margin: 0 0 6pt 0; }
            .to-line { margin-left: 50mm; }
            .keep { page-break-inside: avoid; }
            """;

    static String documentHtml(OfficialDocument d) {
        StringBuilder h = new StringBuilder(16384);
        open(h, d.typeName() == null ? d.subject() : d.typeName() + " " + nfc(d.subject()), DOCUMENT_CSS);
        if (d.draft()) {
            h.append("<div class=\"draft\">").append(Nd30Docx.DRAFT_MARK).append("</div>");
        }
        double left = 100.0 * HEADER_LEFT / TEXT_WIDTH;
        h.append("<table><colgroup><col style=\"width:")
                .append(String.format(Locale.ROOT, "%.1f", left))
                .append("%\"/><col/></colgroup><tr><td class=\"s13\">");
        if (d.parentBody() != null && !d.parentBody().isBlank()) {
            h.append("<div>").append(esc(upper(d.parentBody()))).append("</div>");
        }
        h.append("<div class=\"b\">").append(esc(upper(d.issuingBody()))).append("</div>");
        h.append("<div class=\"line\" style=\"width:")
                .append(underlineTwips(upper(d.issuingBody()), 13, HEADER_LEFT) / 20)
                .append("pt\"></div></td>");
        h.append("<td><div class=\"b s13\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>");
        h.append("<div class=\"b\">Độc lập - Tự do - Hạnh phúc</div>");
        h.append("<div class=\"line\" style=\"width:61mm\"></div></td></tr>");
        h.append("<tr><td class=\"s13 no\"><div>")
                .append(esc(keepSpaces(d.numberLine())))
                .append("</div>");
        if (d.typeName() == null && d.subject() != null) {
            h.append("<div class=\"s12 vv\">V/v ").append(esc(d.subject())).append("</div>");
        }
        h.append("</td><td class=\"date\">")
                .append(esc(keepSpaces(d.placeDateLine())))
                .append("</td></tr></table>");
        if (d.typeName() != null) {
            h.append("<div class=\"title\">").append(esc(upper(d.typeName()))).append("</div>");
            h.append("<div class=\"subject\">").append(esc(d.subject())).append("</div>");
            h.append("<div class=\"line after-title\" style=\"width:")
                    .append(underlineTwips(d.subject(), 14, TEXT_WIDTH) / 20)
                    .append("pt\"></div>");
        } else {
            h.append("<div class=\"after-title\"></div>");
        }
        List<String> to = d.addressees();
        if (to.size() == 1) {
            h.append("<div class=\"to\">Kính gửi: ")
                    .append(esc(nfc(to.get(0)).strip()))
                    .append(".</div>");
        } else if (!to.isEmpty()) {
            h.append("<div class=\"to\" style=\"margin-bottom:0\">Kính gửi:</div>");
            for (int i = 0; i < to.size(); i++) {
                h.append("<div class=\"to-line\">")
                        .append(esc(recipientLine(to.get(i), i == to.size() - 1)))
                        .append("</div>");
            }
            h.append("<div style=\"height:6pt\"></div>");
        }
        List<Block> blocks = d.body();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (b == blocks.size() - 1 && !(block instanceof Table)) {
                // the closing paragraph and the signature stay on one page: never a Nơi nhận alone
                h.append("<div class=\"keep\">");
            }
            if (block instanceof Heading x) {
                h.append("<p class=\"h\">").append(esc(x.text())).append("</p>");
            } else if (block instanceof Paragraph x) {
                runs(h.append("<p>"), x.runs()).append("</p>");
            } else if (block instanceof Bullet x) {
                runs(h.append("<p>").append(esc(x.marker())).append(' '), x.runs())
                        .append("</p>");
            } else if (block instanceof Table x) {
                htmlTable(h, x);
            }
        }
        h.append("<table class=\"end\"><tr><td class=\"recv\">");
        List<String> recipients = d.recipients();
        if (!recipients.isEmpty()) {
            h.append("<div class=\"s12 b i\">Nơi nhận:</div>");
            for (int i = 0; i < recipients.size(); i++) {
                h.append("<div class=\"s11\">")
                        .append(esc(recipientLine(recipients.get(i), i == recipients.size() - 1)))
                        .append("</div>");
            }
        }
        h.append("</td><td class=\"sig\">");
        Signature s = d.signature();
        if (s != null) {
            for (String line : new String[] {s.authority(), s.title(), s.secondTitle()}) {
                if (line != null && !line.isBlank()) {
                    h.append("<div>").append(esc(upper(line))).append("</div>");
                }
            }
        }
        h.append("<div class=\"space\"></div>");
        if (s != null && s.signerName() != null) {
            h.append("<div>").append(esc(s.signerName())).append("</div>");
        }
        h.append("</td></tr></table>");
        if (!blocks.isEmpty() && !(blocks.get(blocks.size() - 1) instanceof Table)) {
            h.append("</div>");
        }
        h.append("</body></html>");
        return h.toString();
    }

    /** A table in the look of the DOCX one; the header row repeats on every page it spans. */
    private static void htmlTable(StringBuilder h, Table t) {
        int[] weights = columnWeights(t);
        int[] percents = Nd30Docx.shares(weights, 1000);
        h.append("<table class=\"grid\"><colgroup>");
        for (int share : percents) {
            h.append("<col style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", share / 10.0))
                    .append("%\"/>");
        }
        h.append("</colgroup><thead><tr>");
        for (String cell : t.header()) {
            h.append("<th>").append(esc(cell)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (int r = 0; r < t.rows().size(); r++) {
            boolean total = t.lastRowBold() && r == t.rows().size() - 1;
            h.append(total ? "<tr class=\"total\">" : "<tr>");
            List<String> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                h.append(t.numeric().get(c) ? "<td class=\"n\">" : "<td>")
                        .append(esc(row.get(c)))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    /**
     * The runs as inline XHTML. A word made of pieces of several runs ("“" then an italic "Bảo")
     * becomes one inline block: openhtmltopdf would otherwise break the line between the pieces
     * (it ignores white-space: nowrap there).
     */
    private static StringBuilder runs(StringBuilder h, List<Run> runs) {
        Inline out = new Inline(h);
        List<Run> word = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (Run r : runs) {
            String text = nfc(r.text());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    endPiece(word, piece, r);
                    out.word(word);
                    out.space();
                } else {
                    piece.append(c);
                }
            }
            endPiece(word, piece, r);
        }
        out.word(word);
        out.close();
        return h;
    }

    private static void endPiece(List<Run> word, StringBuilder piece, Run style) {
        if (!piece.isEmpty()) {
            word.add(new Run(piece.toString(), style.bold(), style.italic()));
            piece.setLength(0);
        }
    }

    /** Writes words, opening and closing {@code <b>}/{@code <i>} only where the emphasis changes. */
    private static final class Inline {
        private final StringBuilder h;
        private boolean open;
        private boolean bold;
        private boolean italic;

        Inline(StringBuilder h) {
            this.h = h;
        }

        void word(List<Run> word) {
            if (word.size() == 1) {
                Run r = word.get(0);
                style(r.bold(), r.italic());
                h.append(esc(r.text()));
            } else if (word.size() > 1) {
                close();
                h.append("<span class=\"nw\">");
                for (Run r : word) {
                    style(r.bold(), r.italic());
                    h.append(esc(r.text()));
                }
                close();
                h.append("</span>");
            }
            word.clear();
        }

        void space() {
            h.append(' ');
        }

        private void style(boolean b, boolean i) {
            if (open && b == bold && i == italic) {
                return;
            }
            close();
            h.append(b ? "<b>" : "").append(i ? "<i>" : "");
            open = true;
            bold = b;
            italic = i;
        }

        void close() {
            if (open) {
                h.append(italic ? "</i>" : "").append(bold ? "</b>" : "");
                open = false;
            }
        }
    }
}
