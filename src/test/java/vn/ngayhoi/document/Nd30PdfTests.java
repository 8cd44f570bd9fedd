package vn.ngayhoi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.ngayhoi.document.TextAssertions.containsEveryLine;
import static vn.ngayhoi.document.TextAssertions.norm;
import static vn.ngayhoi.document.TextAssertions.pdfText;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.OfficialDocument.Signature;
import vn.ngayhoi.document.internal.Nd30Renderer;

class Nd30PdfTests {

    static final float MM = 72f / 25.4f;

    final DocumentRenderer renderer = new Nd30Renderer();
    final OfficialDocument plan = SeedPlan.document(renderer);

    @Test
    void everyVietnameseLineIsExtractableAndNoGlyphIsMissing() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(plan))) {
            String text = pdfText(pdf);
            containsEveryLine(text, SeedPlan.expectedLines(plan));
            assertThat(text).doesNotContain("#").doesNotContain("\uFFFD").doesNotContain("**");
            assertThat(text).contains("Số: 05/KH-BCĐ");
        }
    }

    @Test
    void linesBreakOnlyAtSpacesNeverInsideANumberOrAfterAnOpeningQuote() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(plan))) {
            List<String> lines = pdfText(pdf).lines().map(String::strip).toList();
            assertThat(lines).hasSizeGreaterThan(100);
            assertThat(lines).noneMatch(line -> line.endsWith("“"));
            assertThat(lines).noneMatch(line -> line.startsWith("/") || line.startsWith("”"));
            assertThat(lines).noneMatch(line -> line.endsWith("-") && !line.endsWith(" -"));
        }
    }

    @Test
    void onlyLiberationSerifIsUsedAndItIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(plan))) {
            List<PDFont> fonts = fonts(pdf);
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif(-Bold|-Italic|-BoldItalic)?");
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(fonts.stream().map(f -> f.getName().substring(7)))
                    .contains("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic");
        }
    }

    @Test
    void pagesAreA4PortraitAndNumberedInTheTopMarginFromPageTwo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(plan))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, within(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, within(1f));
            }
            assertThat(topMargin(pdf, 0)).isEmpty();
            assertThat(topMargin(pdf, 1)).isEqualTo("2");
            assertThat(topMargin(pdf, pdf.getNumberOfPages() - 1)).isEqualTo(String.valueOf(pdf.getNumberOfPages()));
        }
    }

    @Test
    void bodyTextStartsAtTheLeftMarginOfThirtyMillimetres() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(plan))) {
            PDFTextStripperByArea leftMargin = new PDFTextStripperByArea();
            leftMargin.addRegion("margin", new Rectangle2D.Float(0, 0, 29 * MM, 842));
            leftMargin.extractRegions(pdf.getPage(1));
            assertThat(leftMargin.getTextForRegion("margin").strip()).isEmpty();
            PDFTextStripperByArea column = new PDFTextStripperByArea();
            column.addRegion("column", new Rectangle2D.Float(29 * MM, 25 * MM, 10 * MM, 700));
            column.extractRegions(pdf.getPage(1));
            assertThat(column.getTextForRegion("column").strip()).isNotEmpty();
        }
    }

    @Test
    void markupCharactersAreEscapedAndTextIsNfc() throws IOException {
        String decomposed = Normalizer.normalize("Quyết định Sơn Hà", Normalizer.Form.NFD);
        OfficialDocument d = new OfficialDocument(
                null,
                "CÔNG AN HUYỆN QUAN SƠN",
                "Số: 12/CAH",
                "Quan Sơn, ngày 02 tháng 8 năm 2022",
                null,
                "phối hợp <b>tổ chức</b> & \"điểm\"",
                List.of(new Paragraph(List.of(Run.plain(decomposed + " & <i>x</i> ]]> 'y'")))),
                List.of("Lưu: VT"),
                new Signature(null, "TRƯỞNG CÔNG AN HUYỆN", null, "Nguyễn Văn A"));
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(d))) {
            String text = norm(pdfText(pdf));
            assertThat(text).contains("V/v phối hợp <b>tổ chức</b> & \"điểm\"");
            assertThat(text).contains("Quyết định Sơn Hà & <i>x</i> ]]> 'y'");
            assertThat(text).contains("- Lưu: VT.").contains("Nguyễn Văn A");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void aTableShowsEveryCellWithNumbersRightAlignedAndTextLeftAligned() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(SeedReport.document()))) {
            String text = pdfText(pdf);
            containsEveryLine(text, SeedReport.HEADER);
            SeedReport.ROWS.forEach(row -> containsEveryLine(text, row));
            assertThat(text).doesNotContain("#").doesNotContain("\uFFFD");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);

            Map<String, float[]> words = phraseBounds(pdf);
            float[] big = words.get("1.234.567");
            float[] small = words.get("45");
            assertThat(big).as("1.234.567 is printed").isNotNull();
            assertThat(small).as("45 is printed").isNotNull();
            assertThat(small[1]).as("right edges of the amounts").isCloseTo(big[1], within(1f));
            assertThat(small[0]).as("45 starts right of 1.234.567").isGreaterThan(big[0] + 5);
            float[] first = words.get("Người tham dự");
            float[] total = words.get("Tổng cộng");
            assertThat(first).as("words %s", words.keySet()).isNotNull();
            assertThat(total).as("words %s", words.keySet()).isNotNull();
            assertThat(first[0]).as("left edges of the row names").isCloseTo(total[0], within(1f));
            // The first column starts just inside the 30 mm margin; the amounts end just before the next column.
            float[] note = words.get("Tăng 12% so với năm 2021");
            assertThat(note).as("words %s", words.keySet()).isNotNull();
            assertThat(first[0]).isBetween(30 * MM, 30 * MM + 12);
            assertThat(note[0] - big[1]).isBetween(0f, 15f);
        }
    }

    /**
     * Each phrase on the first page (text the extractor separates from its neighbours by a wide gap,
     * so a table cell is one) with its left and right x, in points from the left edge.
     */
    static Map<String, float[]> phraseBounds(PDDocument pdf) throws IOException {
        Map<String, float[]> words = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                if (!positions.isEmpty()) {
                    TextPosition last = positions.get(positions.size() - 1);
                    words.putIfAbsent(
                            Normalizer.normalize(text, Normalizer.Form.NFC),
                            new float[] {positions.get(0).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()});
                }
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(pdf);
        return words;
    }

    static String topMargin(PDDocument pdf, int pageIndex) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.addRegion("top", new Rectangle2D.Float(0, 0, 596, 19 * MM));
        stripper.extractRegions(pdf.getPage(pageIndex));
        return stripper.getTextForRegion("top").strip();
    }

    static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
