package vn.ngayhoi.document.internal;

import static vn.ngayhoi.document.internal.Nd30Renderer.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
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
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Bullet;
import vn.ngayhoi.document.OfficialDocument.Heading;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.OfficialDocument.Signature;
import vn.ngayhoi.document.OfficialDocument.Table;

/** The DOCX half of {@link Nd30Renderer}: Apache POI, Times New Roman, the NĐ 30 layout. */
final class Nd30Docx {

    private Nd30Docx() {}

    // ---------------------------------------------------------------- DOCX

    static byte[] docx(OfficialDocument d) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaultFonts(doc);
            CTSectPr section = pageSetup(doc);
            pageNumbers(doc, section);
            if (d.draft()) {
                XWPFParagraph mark = centred(doc.createParagraph(), 60);
                run(mark, DRAFT_MARK, 14, true, false);
            }
            docxHeader(doc, d);
            if (d.typeName() != null) {
                XWPFParagraph type = centred(doc.createParagraph(), 0);
                type.setSpacingBefore(360);
                run(type, upper(d.typeName()), 14, true, false);
                XWPFParagraph subject = centred(doc.createParagraph(), 0);
                run(subject, d.subject(), 14, true, false);
                shortLine(doc.createParagraph(), TEXT_WIDTH, underlineTwips(d.subject(), 14, TEXT_WIDTH));
                doc.getParagraphs().get(doc.getParagraphs().size() - 1).setSpacingAfter(240);
            } else {
                doc.createParagraph().setSpacingAfter(120);
            }
            addressees(doc, d.addressees());
            XWPFParagraph last = null;
            for (Block block : d.body()) {
                if (block instanceof Table t) {
                    docxTable(doc, t);
                    last = null;
                } else {
                    last = doc.createParagraph();
                    docxBlock(last, block);
                }
            }
            if (last != null) {
                // the closing paragraph goes to the page of the signature: never a Nơi nhận alone
                last.setKeepNext(true);
            }
            docxEnd(doc, d);
            XWPFParagraph end = doc.createParagraph();
            end.setSpacingBetween(1, LineSpacingRule.EXACT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String DRAFT_MARK = "DỰ THẢO";

    /**
     * Times New Roman 14 as the document default and as the Normal style, so a paragraph a clerk adds
     * in Word takes the layout's font rather than Word's Calibri 11.
     */
    private static void defaultFonts(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(DOCX_FONT);
        fonts.setHAnsi(DOCX_FONT);
        fonts.setCs(DOCX_FONT);
        fonts.setEastAsia(DOCX_FONT);
        var styles = doc.createStyles();
        styles.setDefaultFonts(fonts);
        var ct = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
        ct.setStyleId("Normal");
        ct.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
        ct.setDefault(Boolean.TRUE);
        ct.addNewName().setVal("Normal");
        var rpr = ct.addNewRPr();
        CTFonts normalFonts = rpr.addNewRFonts();
        normalFonts.setAscii(DOCX_FONT);
        normalFonts.setHAnsi(DOCX_FONT);
        normalFonts.setCs(DOCX_FONT);
        normalFonts.setEastAsia(DOCX_FONT);
        rpr.addNewSz().setVal(java.math.BigInteger.valueOf(28));
        rpr.addNewSzCs().setVal(java.math.BigInteger.valueOf(28));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(ct, styles));
    }

    /** "Kính gửi: …" centred for one addressee; for several, each on its own "- …;" line under it. */
    private static void addressees(XWPFDocument doc, List<String> addressees) {
        if (addressees.isEmpty()) {
            return;
        }
        XWPFParagraph p = centred(doc.createParagraph(), 120);
        run(p, "Kính gửi: ", 14, false, false);
        if (addressees.size() == 1) {
            run(p, nfc(addressees.get(0)).strip() + ".", 14, false, false);
            return;
        }
        p.setSpacingAfter(0);
        for (int i = 0; i < addressees.size(); i++) {
            XWPFParagraph line = doc.createParagraph();
            line.setAlignment(ParagraphAlignment.LEFT);
            line.setIndentationLeft(mmToTwips(50));
            line.setSpacingAfter(i == addressees.size() - 1 ? 120 : 0);
            run(line, recipientLine(addressees.get(i), i == addressees.size() - 1), 14, false, false);
        }
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
        shortLine(left.addParagraph(), HEADER_LEFT, underlineTwips(upper(d.issuingBody()), 13, HEADER_LEFT));

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
}
