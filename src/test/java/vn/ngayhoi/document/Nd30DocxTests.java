package vn.ngayhoi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ngayhoi.document.TextAssertions.containsEveryLine;
import static vn.ngayhoi.document.TextAssertions.norm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.OfficialDocument.Signature;
import vn.ngayhoi.document.internal.Nd30Renderer;

class Nd30DocxTests {

    final DocumentRenderer renderer = new Nd30Renderer();
    final OfficialDocument plan = SeedPlan.document(renderer);

    XWPFDocument open(OfficialDocument d) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(renderer.docx(d)));
    }

    @Test
    void a4PortraitWithTheNd30MarginsInTwips() throws IOException {
        try (XWPFDocument doc = open(plan)) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(new BigInteger(section.getPgSz().getW().toString())).isEqualTo(11906);
            assertThat(new BigInteger(section.getPgSz().getH().toString())).isEqualTo(16838);
            assertThat(new BigInteger(section.getPgMar().getTop().toString())).isEqualTo(1134);
            assertThat(new BigInteger(section.getPgMar().getBottom().toString()))
                    .isEqualTo(1134);
            assertThat(new BigInteger(section.getPgMar().getLeft().toString())).isEqualTo(1701);
            assertThat(new BigInteger(section.getPgMar().getRight().toString())).isEqualTo(850);
        }
    }

    @Test
    void everyRunIsBlackTimesNewRomanInAllFourScripts() throws IOException {
        try (XWPFDocument doc = open(plan)) {
            List<XWPFRun> runs = allRuns(doc);
            assertThat(runs).hasSizeGreaterThan(50);
            for (XWPFRun run : runs) {
                for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
                    assertThat(run.getFontFamily(range)).as(run.text()).isEqualTo("Times New Roman");
                }
                assertThat(run.getColor()).isEqualTo("000000");
            }
        }
    }

    @Test
    void everyHeadingParagraphAndHeaderLineIsThere() throws IOException {
        try (XWPFDocument doc = open(plan);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            containsEveryLine(text, SeedPlan.expectedLines(plan));
            assertThat(text).contains("Số: 05/KH-BCĐ");
            assertThat(text).doesNotContain("**");
        }
    }

    @Test
    void bodyIsJustified14PtWithFirstLineIndentAndEmphasisKept() throws IOException {
        try (XWPFDocument doc = open(plan)) {
            XWPFParagraph time = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("a. Thời gian:"))
                    .findFirst()
                    .orElseThrow();
            assertThat(time.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(time.getIndentationFirstLine()).isEqualTo(720);
            assertThat(time.getSpacingAfter()).isEqualTo(120);
            assertThat(time.getSpacingBetween()).isBetween(1.0, 1.5);
            assertThat(time.getRuns().get(0).text()).isEqualTo("a. Thời gian:");
            assertThat(time.getRuns().get(0).isBold()).isTrue();
            assertThat(time.getRuns().get(1).isBold()).isFalse();
            assertThat(time.getRuns())
                    .allSatisfy(r -> assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0));

            XWPFRun italic = allRuns(doc).stream()
                    .filter(r -> r.text().equals("trọng tâm là 08 tháng đầu năm 2022"))
                    .findFirst()
                    .orElseThrow();
            assertThat(italic.isItalic()).isTrue();
            assertThat(italic.isBold()).isFalse();

            XWPFParagraph heading = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("I. MỤC ĐÍCH, YÊU CẦU"))
                    .findFirst()
                    .orElseThrow();
            assertThat(heading.getRuns()).allSatisfy(r -> assertThat(r.isBold()).isTrue());

            XWPFParagraph bullet = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("+ Thực hiện trước hoặc sau buổi lễ."))
                    .findFirst()
                    .orElseThrow();
            assertThat(bullet.getIndentationFirstLine()).isPositive();
        }
    }

    @Test
    void headerTableTitleAndSignatureFollowNd30() throws IOException {
        try (XWPFDocument doc = open(plan)) {
            XWPFTable header = doc.getTables().get(0);
            XWPFTableCell issuer = header.getRow(0).getCell(0);
            XWPFRun parent = issuer.getParagraphs().get(0).getRuns().get(0);
            assertThat(parent.text()).isEqualTo("UBND HUYỆN QUAN SƠN");
            assertThat(parent.isBold()).isFalse();
            assertThat(parent.getFontSizeAsDouble()).isEqualTo(13.0);
            XWPFRun body = issuer.getParagraphs().get(1).getRuns().get(0);
            assertThat(body.text()).isEqualTo("BAN CHỈ ĐẠO 138");
            assertThat(body.isBold()).isTrue();
            assertThat(issuer.getParagraphs().get(2).getBorderBottom().name()).isEqualTo("SINGLE");
            XWPFTableCell nation = header.getRow(0).getCell(1);
            XWPFRun motto = nation.getParagraphs().get(1).getRuns().get(0);
            assertThat(motto.text()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(motto.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(motto.isBold()).isTrue();
            XWPFRun date =
                    header.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertThat(date.isItalic()).isTrue();
            assertThat(date.getFontSizeAsDouble()).isEqualTo(14.0);

            XWPFParagraph title = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("KẾ HOẠCH"))
                    .findFirst()
                    .orElseThrow();
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns().get(0).isBold()).isTrue();

            XWPFTableRow end = doc.getTables().get(1).getRow(0);
            List<XWPFParagraph> recipients = end.getCell(0).getParagraphs();
            XWPFRun label = recipients.get(0).getRuns().get(0);
            assertThat(label.text()).isEqualTo("Nơi nhận:");
            assertThat(label.isBold()).isTrue();
            assertThat(label.isItalic()).isTrue();
            assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
            assertThat(recipients).hasSize(11);
            assertThat(recipients.get(1).getText()).isEqualTo("- Ban Chỉ đạo 138 tỉnh (để b/c);");
            assertThat(recipients.get(10).getText()).isEqualTo("- Lưu: VT.");
            assertThat(recipients.get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(11.0);
            List<String> signature = end.getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .filter(t -> !t.isBlank())
                    .toList();
            assertThat(signature).containsExactly("TRƯỞNG BAN", "CHỦ TỊCH UBND HUYỆN", "Lương Tiến Thành");
        }
    }

    @Test
    void pageNumbersAreAPageFieldInTheHeaderExceptOnPageOne() throws IOException {
        try (XWPFDocument doc = open(plan)) {
            assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            var policy = doc.getHeaderFooterPolicy();
            String defaultHeader = policy.getDefaultHeader()._getHdrFtr().xmlText();
            assertThat(defaultHeader).contains("PAGE").contains("fldChar");
            assertThat(policy.getFirstPageHeader()._getHdrFtr().xmlText()).doesNotContain("PAGE");
            assertThat(policy.getDefaultHeader().getParagraphs().get(0).getAlignment())
                    .isEqualTo(ParagraphAlignment.CENTER);
        }
    }

    @Test
    void aCongVanCarriesItsSubjectUnderTheNumberAndHasNoTitle() throws IOException {
        OfficialDocument letter = new OfficialDocument(
                null,
                "CÔNG AN HUYỆN QUAN SƠN",
                "Số: 12/CAH",
                "Quan Sơn, ngày 02 tháng 8 năm 2022",
                null,
                "tổ chức Ngày hội toàn dân bảo vệ ANTQ",
                List.of(new Paragraph(List.of(Run.plain("Kính gửi các đơn vị.")))),
                List.of("Như trên", "Lưu: VT"),
                new Signature("KT. TRƯỞNG CÔNG AN HUYỆN", "PHÓ TRƯỞNG CÔNG AN HUYỆN", null, null));
        try (XWPFDocument doc = open(letter);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            XWPFTableCell number = doc.getTables().get(0).getRow(1).getCell(0);
            assertThat(number.getParagraphs().get(1).getText()).isEqualTo("V/v tổ chức Ngày hội toàn dân bảo vệ ANTQ");
            assertThat(number.getParagraphs().get(1).getRuns().get(0).getFontSizeAsDouble())
                    .isEqualTo(12.0);
            assertThat(doc.getTables()
                            .get(0)
                            .getRow(0)
                            .getCell(0)
                            .getParagraphs()
                            .get(0)
                            .getText())
                    .isEqualTo("CÔNG AN HUYỆN QUAN SƠN");
            String text = norm(extractor.getText());
            assertThat(text).contains("KT. TRƯỞNG CÔNG AN HUYỆN").contains("- Như trên; - Lưu: VT.");
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().contains("Ngày hội toàn dân"));
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().equals("Kính gửi các đơn vị."));
        }
    }

    @Test
    void textIsNormalisedToNfc() throws IOException {
        String decomposed = java.text.Normalizer.normalize("Quyết định Sơn Hà", java.text.Normalizer.Form.NFD);
        OfficialDocument d = new OfficialDocument(
                "UBND HUYỆN QUAN SƠN",
                "BAN CHỈ ĐẠO 138",
                "Số: 01/KH-BCĐ",
                "Quan Sơn, ngày 05 tháng 01 năm 2022",
                "KẾ HOẠCH",
                "Thử",
                List.of(new Paragraph(List.of(Run.plain(decomposed)))),
                List.of("Lưu: VT"),
                new Signature(null, "TRƯỞNG BAN", null, "A"));
        try (XWPFDocument doc = open(d);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("Quyết định Sơn Hà").doesNotContain(decomposed);
        }
    }

    @Test
    void aTableHasItsCellsABoldCentredHeaderAndAlignedColumns() throws IOException {
        try (XWPFDocument doc = open(SeedReport.document())) {
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Chỉ tiêu"))
                    .findFirst()
                    .orElseThrow();
            List<List<String>> cells = table.getRows().stream()
                    .map(row -> row.getTableCells().stream()
                            .map(XWPFTableCell::getText)
                            .toList())
                    .toList();
            List<List<String>> expected = new ArrayList<>();
            expected.add(SeedReport.HEADER);
            expected.addAll(SeedReport.ROWS);
            assertThat(cells).isEqualTo(expected);

            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            for (XWPFTableCell cell : header.getTableCells()) {
                XWPFParagraph p = cell.getParagraphs().get(0);
                assertThat(p.getAlignment()).as(cell.getText()).isEqualTo(ParagraphAlignment.CENTER);
                assertThat(p.getRuns())
                        .isNotEmpty()
                        .allSatisfy(r -> assertThat(r.isBold()).isTrue());
            }
            for (int r = 1; r < table.getRows().size(); r++) {
                XWPFTableRow row = table.getRow(r);
                assertThat(row.getCell(0).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
                assertThat(row.getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
                assertThat(row.getCell(2).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
                boolean total = r == table.getRows().size() - 1;
                for (XWPFTableCell cell : row.getTableCells()) {
                    assertThat(cell.getParagraphs().get(0).getRuns())
                            .allSatisfy(run ->
                                    assertThat(run.isBold()).as(cell.getText()).isEqualTo(total));
                }
            }
            List<XWPFRun> runs = new ArrayList<>();
            table.getRows()
                    .forEach(row -> row.getTableCells()
                            .forEach(cell -> cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
            assertThat(runs).hasSize(3 * 4).allSatisfy(run -> {
                assertThat(run.getFontFamily(XWPFRun.FontCharRange.hAnsi)).isEqualTo("Times New Roman");
                assertThat(run.getFontSizeAsDouble()).isEqualTo(12.0);
                assertThat(run.getColor()).isEqualTo("000000");
            });

            // The text width between the 30 mm and 15 mm margins, centred so it stays inside them.
            assertThat(table.getWidthType()).isEqualTo(TableWidthType.DXA);
            assertThat(table.getWidth()).isEqualTo(11906 - 1701 - 850);
            assertThat(table.getTableAlignment()).isEqualTo(TableRowAlign.CENTER);
            assertThat(List.of(
                            table.getTopBorderType(),
                            table.getBottomBorderType(),
                            table.getLeftBorderType(),
                            table.getRightBorderType(),
                            table.getInsideHBorderType(),
                            table.getInsideVBorderType()))
                    .containsOnly(XWPFBorderType.SINGLE);
            assertThat(table.getTopBorderColor()).isEqualTo("000000");

            // Word would merge the table with the next one if nothing stood between them.
            List<IBodyElement> elements = doc.getBodyElements();
            assertThat(elements.get(elements.indexOf(table) + 1)).isInstanceOf(XWPFParagraph.class);
        }
    }

    @Test
    void aTableRowWithTheWrongNumberOfCellsIsRejected() {
        List<String> header = List.of("Chỉ tiêu", "Số lượng");
        assertThatThrownBy(() -> new OfficialDocument.Table(
                        header, List.of(List.of("Người tham dự")), List.of(false, true), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Row 1");
        assertThatThrownBy(() -> new OfficialDocument.Table(
                        header, List.of(List.of("a", "1", "x")), List.of(false, true), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfficialDocument.Table(header, List.of(), List.of(false), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTableKeepsItsOwnCopyOfTheCells() {
        List<String> row = new ArrayList<>(List.of("Người tham dự", "1.234.567"));
        List<List<String>> rows = new ArrayList<>(List.of(row));
        OfficialDocument.Table table =
                new OfficialDocument.Table(List.of("Chỉ tiêu", "Số lượng"), rows, List.of(false, true), false);
        row.set(1, "0");
        rows.add(List.of("b", "2"));
        assertThat(table.rows()).containsExactly(List.of("Người tham dự", "1.234.567"));
    }

    static List<XWPFRun> allRuns(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable table : doc.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                }
            }
        }
        doc.getHeaderList().forEach(h -> h.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
        return runs;
    }
}
