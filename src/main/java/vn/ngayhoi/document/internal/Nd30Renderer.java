package vn.ngayhoi.document.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.ngayhoi.document.Banner;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Table;

/**
 * Renders {@link OfficialDocument}s in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: DOCX with
 * Apache POI in Times New Roman, PDF with openhtmltopdf in Liberation Serif (metric-compatible with
 * Times New Roman, with the Vietnamese letters) embedded from the classpath. Stateless apart from
 * the font bytes read once, so thread-safe.
 */
@Component
public class Nd30Renderer implements DocumentRenderer {

    static final String DOCX_FONT = "Times New Roman";
    static final String PDF_FONT = "Liberation Serif";
    static final Locale VI = Locale.forLanguageTag("vi-VN");

    // A4 portrait and the NĐ 30 margins, in twentieths of a point.
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mmToTwips(20);
    static final int MARGIN_BOTTOM = mmToTwips(20);
    static final int MARGIN_LEFT = mmToTwips(30);
    static final int MARGIN_RIGHT = mmToTwips(15);
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    static final int HEADER_LEFT = 3600;
    static final int HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
    static final int FIRST_LINE_INDENT = 720; // 1.27 cm
    static final int TABLE_FONT_SIZE = 12;

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final byte[] regular = font("Regular");
    private final byte[] bold = font("Bold");
    private final byte[] italic = font("Italic");
    private final byte[] boldItalic = font("BoldItalic");

    /** Liberation Serif Bold (Times-metric), to measure titles for the lines NĐ 30 draws under them. */
    private static final java.awt.Font MEASURE_BOLD = awtFont("Bold");

    private static java.awt.Font awtFont(String face) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(font(face)));
        } catch (java.awt.FontFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The width in points of bold text at {@code sizePt}, as Times New Roman sets it. */
    static double boldWidthPt(String text, double sizePt) {
        var context = new java.awt.font.FontRenderContext(null, true, true);
        return MEASURE_BOLD
                .deriveFont((float) sizePt)
                .getStringBounds(nfc(text), context)
                .getWidth();
    }

    /**
     * NĐ 30 Phụ lục I: the line under the issuing body and under the trích yếu is one third to one half
     * as long as the text above it; here two fifths of the widest line of that text (a text that wraps
     * fills its column), in twips.
     */
    static int underlineTwips(String text, double sizePt, int columnTwips) {
        double widest = Math.min(boldWidthPt(text, sizePt) * 20, columnTwips);
        return (int) Math.round(widest * 0.4);
    }

    /** Keeps the blanks of a draft's number and date: a run of spaces stays as wide as typed. */
    static String keepSpaces(String text) {
        return nfc(text).replaceAll("(?<= ) ", "\u00A0");
    }

    static int mmToTwips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    private static byte[] font(String face) {
        String name = "liberation/LiberationSerif-" + face + ".ttf";
        try (InputStream in = Nd30Renderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static String upper(String text) {
        return nfc(text).toUpperCase(VI);
    }

    /**
     * Each column's share of the table width, in proportion to the longest text it must hold on one
     * line: the longest cell, or the longest header word since a header may wrap between words.
     * Bounded so that a column of short numbers keeps room for its header and one long cell does
     * not squeeze the others to nothing.
     */
    static int[] columnWeights(Table t) {
        int[] weights = new int[t.header().size()];
        for (int c = 0; c < weights.length; c++) {
            int longest = 0;
            for (String word : nfc(t.header().get(c)).split("\\s+")) {
                longest = Math.max(longest, word.length());
            }
            for (List<String> row : t.rows()) {
                longest = Math.max(longest, nfc(row.get(c)).length());
            }
            weights[c] = Math.max(6, Math.min(40, longest));
        }
        return weights;
    }

    /** A Nơi nhận entry as printed: "- text;" or, for the last, "- text.". */
    static String recipientLine(String recipient, boolean last) {
        String text = nfc(recipient).strip();
        while (text.endsWith(";") || text.endsWith(".")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return "- " + text + (last ? "." : ";");
    }

    @Override
    public List<Block> parse(String markup) {
        return MarkupParser.parse(markup);
    }

    // ---------------------------------------------------------------- DOCX and PDF (Nd30Docx, Nd30Html)

    @Override
    public byte[] docx(OfficialDocument d) {
        return Nd30Docx.docx(d);
    }

    @Override
    public byte[] pdf(OfficialDocument d) {
        return pdfOf(Nd30Html.documentHtml(d));
    }

    String documentHtml(OfficialDocument d) {
        return Nd30Html.documentHtml(d);
    }

    // ---------------------------------------------------------------- banner

    private static final String BANNER_CSS = """
            @page { size: A4 landscape; margin: 12mm 15mm; }
            * { font-family: 'Liberation Serif'; color: #000; }
            body { margin: 0; }
            table { width: 100%; height: 180mm; border-collapse: collapse; }
            td { vertical-align: middle; text-align: center; padding: 0; }
            .organiser { font-size: 18pt; font-weight: bold; line-height: 1.3; }
            .title { font-size: 72pt; font-weight: bold; margin-top: 28pt; line-height: 1.1; }
            .subtitle { font-size: 28pt; font-weight: bold; margin-top: 6pt; line-height: 1.2; }
            .date { font-size: 18pt; font-style: italic; margin-top: 28pt; }
            """;

    @Override
    public byte[] bannerPdf(Banner b) {
        StringBuilder h = new StringBuilder(2048);
        open(h, b.title(), BANNER_CSS);
        h.append("<table><tr><td>");
        h.append("<div class=\"organiser\">").append(esc(upper(b.organiser()))).append("</div>");
        h.append("<div class=\"title\">").append(esc(upper(b.title()))).append("</div>");
        if (b.subtitle() != null && !b.subtitle().isBlank()) {
            h.append("<div class=\"subtitle\">")
                    .append(esc(upper(b.subtitle())))
                    .append("</div>");
        }
        if (b.placeDate() != null && !b.placeDate().isBlank()) {
            h.append("<div class=\"date\">").append(esc(b.placeDate())).append("</div>");
        }
        h.append("</td></tr></table></body></html>");
        return pdfOf(h.toString());
    }

    // ---------------------------------------------------------------- certificates

    private static final String CERTIFICATE_CSS = """
            @page { size: A4 landscape; margin: 0; }
            * { font-family: 'Liberation Serif'; color: #000; }
            body { margin: 0; }
            .sheet { position: relative; width: 297mm; height: 209mm; page-break-after: always; }
            .sheet.last { page-break-after: auto; }
            .text { position: absolute; width: 237mm; text-align: center; }
            .issuer { font-size: 16pt; font-weight: bold; }
            .title { font-size: 40pt; font-weight: bold; margin-top: 10mm; }
            .lead { font-size: 16pt; font-style: italic; margin-top: 6mm; }
            .awardee { font-size: 26pt; font-weight: bold; margin-top: 4mm; }
            .unit { font-size: 16pt; margin-top: 2mm; }
            .achievement { font-size: 16pt; margin-top: 6mm; padding: 0 10mm; }
            .decision { font-size: 13pt; font-style: italic; margin-top: 6mm; }
            .sign { position: absolute; width: 110mm; text-align: center; font-size: 15pt; }
            .sign .date { font-style: italic; font-size: 14pt; }
            .sign .role { font-weight: bold; margin-top: 2mm; }
            .sign .name { font-weight: bold; margin-top: 24mm; }
            """;

    @Override
    public byte[] certificatesPdf(
            List<vn.ngayhoi.document.Certificate> certificates, double offsetXmm, double offsetYmm) {
        StringBuilder h = new StringBuilder(4096);
        open(h, "GIẤY KHEN", CERTIFICATE_CSS);
        String left = mm(30 + offsetXmm);
        String top = mm(28 + offsetYmm);
        String signLeft = mm(165 + offsetXmm);
        String signTop = mm(140 + offsetYmm);
        for (int i = 0; i < certificates.size(); i++) {
            vn.ngayhoi.document.Certificate c = certificates.get(i);
            h.append("<div class=\"sheet")
                    .append(i == certificates.size() - 1 ? " last" : "")
                    .append("\">");
            h.append("<div class=\"text\" style=\"left: ")
                    .append(left)
                    .append("; top: ")
                    .append(top)
                    .append(";\">");
            h.append("<div class=\"issuer\">").append(esc(upper(c.issuer()))).append("</div>");
            h.append("<div class=\"title\">").append(esc(upper(c.title()))).append("</div>");
            h.append("<div class=\"lead\">").append(esc("Tặng")).append("</div>");
            h.append("<div class=\"awardee\">").append(esc(c.awardee())).append("</div>");
            if (c.unitLine() != null && !c.unitLine().isBlank()) {
                h.append("<div class=\"unit\">").append(esc(c.unitLine())).append("</div>");
            }
            h.append("<div class=\"achievement\">").append(esc(c.achievement())).append("</div>");
            h.append("<div class=\"decision\">").append(esc(c.decisionLine())).append("</div>");
            h.append("</div>");
            h.append("<div class=\"sign\" style=\"left: ")
                    .append(signLeft)
                    .append("; top: ")
                    .append(signTop)
                    .append(";\">");
            h.append("<div class=\"date\">").append(esc(c.placeDate())).append("</div>");
            h.append("<div class=\"role\">").append(esc(upper(c.signerTitle()))).append("</div>");
            h.append("<div class=\"name\">")
                    .append(esc(c.signerName() == null ? "" : c.signerName()))
                    .append("</div>");
            h.append("</div></div>");
        }
        h.append("</body></html>");
        return pdfOf(h.toString());
    }

    private static String mm(double value) {
        return String.format(java.util.Locale.ROOT, "%.1fmm", Math.max(0, value));
    }

    // ---------------------------------------------------------------- HTML → PDF

    static void open(StringBuilder h, String title, String css) {
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\"><head>")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>")
                .append("<title>")
                .append(esc(title))
                .append("</title><style>")
                .append(css)
                .append("</style></head><body>");
    }

    private byte[] pdfOf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(65536)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeLineBreaker(new SpaceLineBreaker());
            builder.useFont(() -> new ByteArrayInputStream(regular), PDF_FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), PDF_FONT, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(italic), PDF_FONT, 400, FontStyle.ITALIC, true);
            builder.useFont(() -> new ByteArrayInputStream(boldItalic), PDF_FONT, 700, FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NFC text escaped for XHTML, with the characters XML forbids dropped. */
    static String esc(String text) {
        String s = nfc(text);
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Override
    public int pageCount(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public String firstPageText(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
