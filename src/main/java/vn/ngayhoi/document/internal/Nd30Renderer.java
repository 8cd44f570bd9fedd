package vn.ngayhoi.document.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.springframework.stereotype.Component;
import vn.ngayhoi.document.Banner;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Bullet;
import vn.ngayhoi.document.OfficialDocument.Heading;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.OfficialDocument.Signature;
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
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int HEADER_LEFT = 3600;
    private static final int HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
    private static final int FIRST_LINE_INDENT = 720; // 1.27 cm
    private static final int TABLE_FONT_SIZE = 12;

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final byte[] regular = font("Regular");
    private final byte[] bold = font("Bold");
    private final byte[] italic = font("Italic");
    private final byte[] boldItalic = font("BoldItalic");

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

    // ---------------------------------------------------------------- DOCX

    @Override
    public byte[] docx(OfficialDocument d) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaultFonts(doc);
            CTSectPr section = pageSetup(doc);
            pageNumbers(doc, section);
            docxHeader(doc, d);
            if (d.typeName() != null) {
                XWPFParagraph type = centred(doc.createParagraph(), 0);
                type.setSpacingBefore(360);
                run(type, upper(d.typeName()), 14, true, false);
                XWPFParagraph subject = centred(doc.createParagraph(), 0);
                run(subject, d.subject(), 14, true, false);
                shortLine(doc.createParagraph(), TEXT_WIDTH, mmToTwips(35));
                doc.getParagraphs().get(doc.getParagraphs().size() - 1).setSpacingAfter(240);
            } else {
                doc.createParagraph().setSpacingAfter(120);
            }
            for (Block block : d.body()) {
                if (block instanceof Table t) {
                    docxTable(doc, t);
                } else {
                    docxBlock(doc.createParagraph(), block);
                }
            }
            docxEnd(doc, d);
            XWPFParagraph last = doc.createParagraph();
            last.setSpacingBetween(1, LineSpacingRule.EXACT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void defaultFonts(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(DOCX_FONT);
        fonts.setHAnsi(DOCX_FONT);
        fonts.setCs(DOCX_FONT);
        fonts.setEastAsia(DOCX_FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    private static CTSectPr pageSetup(XWPFDocument doc) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mmToTwips(8)));
        margins.setFooter(BigInteger.valueOf(mmToTwips(8)));
        margins.setGutter(BigInteger.ZERO);
        return section;
    }

    /** A centred PAGE field in the header of every page but the first. */
    private static void pageNumbers(XWPFDocument doc, CTSectPr section) {
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph empty = first.getParagraphs().isEmpty()
                ? first.createParagraph()
                : first.getParagraphs().get(0);
        empty.setSpacingAfter(0);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty()
                ? header.createParagraph()
                : header.getParagraphs().get(0);
        centred(p, 0);
        style(p.createRun(), 14, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        style(p.createRun(), 14, false, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
        style(p.createRun(), 14, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "2", 14, false, false);
        style(p.createRun(), 14, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    private static void docxHeader(XWPFDocument doc, OfficialDocument d) {
        XWPFTable table = borderless(doc, 2, HEADER_LEFT, HEADER_RIGHT);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph p = firstParagraph(left);
        if (d.parentBody() != null && !d.parentBody().isBlank()) {
            run(p, upper(d.parentBody()), 13, false, false);
            p = centred(left.addParagraph(), 0);
        }
        run(p, upper(d.issuingBody()), 13, true, false);
        shortLine(left.addParagraph(), HEADER_LEFT, mmToTwips(23));

        XWPFTableCell right = table.getRow(0).getCell(1);
        run(firstParagraph(right), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
        run(centred(right.addParagraph(), 0), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        shortLine(right.addParagraph(), HEADER_RIGHT, mmToTwips(61));

        XWPFTableCell number = table.getRow(1).getCell(0);
        XWPFParagraph numberLine = firstParagraph(number);
        numberLine.setSpacingBefore(120);
        run(numberLine, d.numberLine(), 13, false, false);
        if (d.typeName() == null && d.subject() != null) {
            XWPFParagraph subject = centred(number.addParagraph(), 0);
            subject.setSpacingBefore(60);
            run(subject, "V/v " + nfc(d.subject()), 12, false, false);
        }
        XWPFParagraph date = firstParagraph(table.getRow(1).getCell(1));
        date.setSpacingBefore(120);
        run(date, d.placeDateLine(), 14, false, true);
    }

    private static void docxBlock(XWPFParagraph p, Block block) {
        body(p);
        if (block instanceof Heading h) {
            p.setIndentationFirstLine(0);
            p.setKeepNext(true);
            p.setSpacingBefore(60);
            run(p, h.text(), 14, true, false);
        } else if (block instanceof Paragraph para) {
            runs(p, para.runs());
        } else if (block instanceof Bullet b) {
            run(p, nfc(b.marker()) + " ", 14, false, false);
            runs(p, b.runs());
        }
    }

    private static void docxTable(XWPFDocument doc, Table t) {
        int columns = t.header().size();
        XWPFTable table = doc.createTable(1 + t.rows().size(), columns);
        // Centred at exactly the text width, the table sits inside the margins whichever Word
        // compatibility mode places a left-aligned table's border out in the margin.
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.setCellMargins(40, 100, 40, 100);
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        var tblPr = table.getCTTbl().getTblPr();
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        int[] widths = shares(columnWeights(t), TEXT_WIDTH);
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTableRow header = table.getRow(0);
        // Repeated on every page, so a long table still says what its columns are.
        header.setRepeatHeader(true);
        for (int c = 0; c < columns; c++) {
            docxCell(header.getCell(c), widths[c], t.header().get(c), ParagraphAlignment.CENTER, true);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            boolean bold = t.lastRowBold() && r == t.rows().size() - 1;
            for (int c = 0; c < columns; c++) {
                ParagraphAlignment align = t.numeric().get(c) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
                docxCell(row.getCell(c), widths[c], t.rows().get(r).get(c), align, bold);
            }
        }
        // Word joins two tables with nothing between them into one, and the signature table may
        // follow; this 1 pt paragraph keeps them apart and leaves the space a paragraph would.
        XWPFParagraph after = doc.createParagraph();
        after.setSpacingBefore(0);
        after.setSpacingAfter(120);
        after.setSpacingBetween(1, LineSpacingRule.EXACT);
    }

    private static void docxCell(XWPFTableCell cell, int width, String text, ParagraphAlignment align, boolean bold) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(width));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setIndentationFirstLine(0);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0);
        run(p, text, TABLE_FONT_SIZE, bold, false);
    }

    /** {@code total} split in proportion to {@code weights}; the last share takes the rounding. */
    static int[] shares(int[] weights, int total) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int[] shares = new int[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            shares[i] = total * weights[i] / sum;
            given += shares[i];
        }
        shares[weights.length - 1] = total - given;
        return shares;
    }

    private static void docxEnd(XWPFDocument doc, OfficialDocument d) {
        int half = TEXT_WIDTH / 2;
        XWPFTable table = borderless(doc, 1, half, TEXT_WIDTH - half);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph label = firstParagraph(left);
        label.setAlignment(ParagraphAlignment.LEFT);
        label.setSpacingBefore(120);
        List<String> recipients = d.recipients();
        if (!recipients.isEmpty()) {
            run(label, "Nơi nhận:", 12, true, true);
            for (int i = 0; i < recipients.size(); i++) {
                XWPFParagraph line = left.addParagraph();
                line.setAlignment(ParagraphAlignment.LEFT);
                line.setSpacingAfter(0);
                run(line, recipientLine(recipients.get(i), i == recipients.size() - 1), 11, false, false);
            }
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph p = firstParagraph(right);
        p.setSpacingBefore(120);
        Signature s = d.signature();
        boolean first = true;
        if (s != null) {
            for (String line : new String[] {s.authority(), s.title(), s.secondTitle()}) {
                if (line == null || line.isBlank()) {
                    continue;
                }
                if (!first) {
                    p = centred(right.addParagraph(), 0);
                }
                run(p, upper(line), 14, true, false);
                first = false;
            }
        }
        XWPFParagraph name = centred(right.addParagraph(), 0);
        name.setSpacingBefore(1700);
        if (s != null && s.signerName() != null) {
            run(name, s.signerName(), 14, true, false);
        }
        table.getRow(0).setCantSplitRow(true);
    }

    private static XWPFTable borderless(XWPFDocument doc, int rows, int leftWidth, int rightWidth) {
        XWPFTable table = doc.createTable(rows, 2);
        table.removeBorders();
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(leftWidth + rightWidth));
        table.setCellMargins(0, 0, 0, 0);
        var tblPr = table.getCTTbl().getTblPr();
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(leftWidth));
        grid.addNewGridCol().setW(BigInteger.valueOf(rightWidth));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 2; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(c == 0 ? leftWidth : rightWidth));
            }
        }
        return table;
    }

    private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return centred(cell.getParagraphs().get(0), 0);
    }

    private static XWPFParagraph centred(XWPFParagraph p, int after) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(after);
        p.setSpacingBefore(0);
        p.setSpacingBetween(1.0);
        return p;
    }

    /** An empty centred paragraph, 1 pt high, whose bottom border is a line of {@code length}. */
    private static void shortLine(XWPFParagraph p, int available, int length) {
        centred(p, 0);
        int indent = Math.max(0, (available - length) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBetween(2, LineSpacingRule.EXACT);
        p.setBorderBottom(Borders.SINGLE);
    }

    private static void body(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(120);
        p.setSpacingBetween(1.15);
    }

    private static void runs(XWPFParagraph p, List<Run> runs) {
        for (Run r : runs) {
            run(p, r.text(), 14, r.bold(), r.italic());
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
        XWPFRun r = style(p.createRun(), size, bold, italic);
        r.setText(nfc(text));
        return r;
    }

    private static XWPFRun style(XWPFRun r, double size, boolean bold, boolean italic) {
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
            r.setFontFamily(DOCX_FONT, range);
        }
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setColor("000000");
        r.setLang("vi-VN");
        return r;
    }

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
            """;

    @Override
    public byte[] pdf(OfficialDocument d) {
        return pdfOf(documentHtml(d));
    }

    String documentHtml(OfficialDocument d) {
        StringBuilder h = new StringBuilder(16384);
        open(h, d.typeName() == null ? d.subject() : d.typeName() + " " + nfc(d.subject()), DOCUMENT_CSS);
        double left = 100.0 * HEADER_LEFT / TEXT_WIDTH;
        h.append("<table><colgroup><col style=\"width:")
                .append(String.format(Locale.ROOT, "%.1f", left))
                .append("%\"/><col/></colgroup><tr><td class=\"s13\">");
        if (d.parentBody() != null && !d.parentBody().isBlank()) {
            h.append("<div>").append(esc(upper(d.parentBody()))).append("</div>");
        }
        h.append("<div class=\"b\">").append(esc(upper(d.issuingBody()))).append("</div>");
        h.append("<div class=\"line\" style=\"width:23mm\"></div></td>");
        h.append("<td><div class=\"b s13\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>");
        h.append("<div class=\"b\">Độc lập - Tự do - Hạnh phúc</div>");
        h.append("<div class=\"line\" style=\"width:61mm\"></div></td></tr>");
        h.append("<tr><td class=\"s13 no\"><div>").append(esc(d.numberLine())).append("</div>");
        if (d.typeName() == null && d.subject() != null) {
            h.append("<div class=\"s12 vv\">V/v ").append(esc(d.subject())).append("</div>");
        }
        h.append("</td><td class=\"date\">").append(esc(d.placeDateLine())).append("</td></tr></table>");
        if (d.typeName() != null) {
            h.append("<div class=\"title\">").append(esc(upper(d.typeName()))).append("</div>");
            h.append("<div class=\"subject\">").append(esc(d.subject())).append("</div>");
            h.append("<div class=\"line after-title\" style=\"width:35mm\"></div>");
        } else {
            h.append("<div class=\"after-title\"></div>");
        }
        for (Block block : d.body()) {
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
        h.append("</td></tr></table></body></html>");
        return h.toString();
    }

    /** A table in the look of the DOCX one; the header row repeats on every page it spans. */
    private static void htmlTable(StringBuilder h, Table t) {
        int[] weights = columnWeights(t);
        int[] percents = shares(weights, 1000);
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

    // ---------------------------------------------------------------- HTML → PDF

    private static void open(StringBuilder h, String title, String css) {
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
