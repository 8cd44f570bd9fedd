package vn.ngayhoi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngayhoi.document.PhuLucIChecklistTests.firstTable;
import static vn.ngayhoi.document.PhuLucIChecklistTests.lineRatio;
import static vn.ngayhoi.document.PhuLucIChecklistTests.page;
import static vn.ngayhoi.document.PhuLucIChecklistTests.paragraphAfter;
import static vn.ngayhoi.document.PhuLucIChecklistTests.paragraphWithText;
import static vn.ngayhoi.document.PhuLucIChecklistTests.runs;
import static vn.ngayhoi.document.PhuLucIChecklistTests.twips;
import static vn.ngayhoi.document.TextAssertions.norm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Signature;
import vn.ngayhoi.document.internal.Nd30Renderer;
import vn.ngayhoi.evaluation.Criterion;
import vn.ngayhoi.evaluation.EvaluationDocuments;
import vn.ngayhoi.evaluation.EvaluationDocuments.Issuer;
import vn.ngayhoi.evaluation.RuleSet;

/**
 * The Phụ lục I points (as {@link PhuLucIChecklistTests} holds them) for the three documents of
 * evaluation as issued: a khu dân cư's Bản đăng ký, the commune chairman's Quyết định công nhận
 * with its list, and a Giấy công nhận. LibreOffice opens them in {@link PhuLucIChecklistTests}'s one
 * conversion, so the suite starts it once.
 */
class EvaluationDocumentsChecklistTests {

    static final DocumentRenderer renderer = new Nd30Renderer();
    static final LocalDate DATE = LocalDate.of(2022, 11, 10);
    static final Issuer KDC = new Issuer("UBND XÃ SƠN HÀ", "BẢN HẢ", "KDC", "Sơn Hà", "Bản Hả");
    static final Issuer COMMUNE =
            new Issuer(null, "ỦY BAN NHÂN DÂN XÃ SƠN HÀ", "UBND", "Sơn Hà", "Ủy ban nhân dân xã Sơn Hà");
    static final RuleSet.Period PERIOD = new RuleSet.Period(LocalDate.of(2021, 11, 1), LocalDate.of(2022, 10, 31));

    record Kind(String name, Issuer issuer, String heading, String number, String title, String signer) {}

    static final List<Kind> KINDS = List.of(
            new Kind("registration", KDC, "BẢN ĐĂNG KÝ", "Số: 07/ĐK-KDC", "TRƯỞNG KHU DÂN CƯ", "Hà Văn Páo"),
            new Kind("decision", COMMUNE, "QUYẾT ĐỊNH", "Số: 07/QĐ-UBND", "CHỦ TỊCH", "Lò Văn Tuấn"),
            new Kind("certificate", COMMUNE, "GIẤY CÔNG NHẬN", "Số: 07/GCN-UBND", "CHỦ TỊCH", "Lò Văn Tuấn"));

    static OfficialDocument document(Kind k) {
        return switch (k.name()) {
            case "registration" ->
                EvaluationDocuments.registration(
                        KDC,
                        LocalDate.of(2022, 3, 1),
                        2022,
                        PERIOD,
                        "Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an",
                        "số 01-NQ/CB ngày 15/02/2022 của Chi bộ bản Hả",
                        "số 02/KH ngày 20/02/2022",
                        List.of(
                                new Criterion(
                                        "KDC1",
                                        "Trong quý I có nghị quyết và đăng ký",
                                        "YES_NO",
                                        null,
                                        null,
                                        null,
                                        15,
                                        true),
                                new Criterion(
                                        "KDC4",
                                        "Không có tội phạm nghiêm trọng",
                                        "NUMBER",
                                        null,
                                        "LE",
                                        BigDecimal.ZERO,
                                        20,
                                        true),
                                new Criterion(
                                        "Q510",
                                        "Tổ chức Ngày hội",
                                        "DERIVED",
                                        "FESTIVAL_HELD",
                                        "GE",
                                        BigDecimal.ONE,
                                        10,
                                        false)),
                        "Ủy ban nhân dân xã Sơn Hà",
                        new Signature(null, "TRƯỞNG KHU DÂN CƯ", null, "Hà Văn Páo"),
                        k.number());
            case "decision" ->
                EvaluationDocuments.decision(
                        COMMUNE,
                        DATE,
                        2022,
                        "Chủ tịch Ủy ban nhân dân xã Sơn Hà",
                        "Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an",
                        "Công an xã Sơn Hà",
                        List.of(
                                new EvaluationDocuments.Line(1, "Bản Hả", "Khu dân cư", 95, "Xuất sắc"),
                                new EvaluationDocuments.Line(2, "Bản Bóng", "Khu dân cư", 78, "Khá")),
                        "Lò Văn Tuấn",
                        k.number());
            default ->
                EvaluationDocuments.certificate(
                        COMMUNE,
                        DATE,
                        2022,
                        "Chủ tịch Ủy ban nhân dân xã Sơn Hà",
                        "Bản Hả",
                        "Khu dân cư",
                        PERIOD,
                        "Xuất sắc",
                        "05/QĐ-UBND",
                        DATE,
                        "Lò Văn Tuấn",
                        k.number());
        };
    }

    static Stream<Arguments> kinds() {
        return KINDS.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}: DOCX")
    @MethodSource("kinds")
    void theDocxMeetsThePoints(Kind kind) throws IOException {
        OfficialDocument d = document(kind);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(renderer.docx(d)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertThat(twips(section.getPgSz().getW())).isEqualTo(11906);
            assertThat(twips(section.getPgSz().getH())).isEqualTo(16838);
            assertThat(twips(section.getPgMar().getTop())).isBetween(1134, 1417);
            assertThat(twips(section.getPgMar().getLeft())).isBetween(1701, 1984);
            assertThat(twips(section.getPgMar().getRight())).isBetween(850, 1134);
            for (XWPFRun r : runs(doc)) {
                assertThat(r.getFontFamily()).as(r.text()).isEqualTo("Times New Roman");
            }
            assertThat(section.isSetTitlePg()).isTrue();
            XWPFTable header = firstTable(doc);
            List<XWPFParagraph> left = header.getRow(0).getCell(0).getParagraphs();
            int at = 0;
            if (kind.issuer().parentBody() != null) {
                assertThat(left.get(0).getText()).isEqualTo(kind.issuer().parentBody());
                assertThat(left.get(0).getRuns().get(0).isBold()).isFalse();
                at = 1;
            }
            assertThat(left.get(at).getText()).isEqualTo(kind.issuer().issuingBody());
            assertThat(left.get(at).getRuns().get(0).isBold()).isTrue();
            assertThat(lineRatio(left.get(at + 1), 3600, kind.issuer().issuingBody(), 13))
                    .isBetween(1 / 3.0, 0.5 + 1e-9);
            List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
            assertThat(right.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(right.get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(header.getRow(1).getCell(0).getParagraphs().get(0).getText())
                    .isEqualTo(kind.number())
                    .matches("Số: \\d{2,}/[A-ZĐ]+-" + kind.issuer().abbreviation());
            XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
            assertThat(date.getRuns().get(0).isItalic()).isTrue();
            assertThat(date.getText()).matches("Sơn Hà, ngày \\d{2} tháng \\d{1,2} năm 2022");
            XWPFParagraph title = paragraphWithText(doc, kind.heading());
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(title.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph line = paragraphAfter(doc, paragraphWithText(doc, d.subject()));
            assertThat(lineRatio(line, 11906 - 1701 - 850, d.subject(), 14)).isBetween(1 / 3.0, 0.5 + 1e-9);
            String firstParagraph = d.body().stream()
                    .filter(b -> b instanceof Paragraph)
                    .map(b -> ((Paragraph) b).runs().get(0).text())
                    .findFirst()
                    .orElseThrow();
            XWPFParagraph body = paragraphWithText(doc, firstParagraph.substring(0, 20));
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getIndentationFirstLine()).isBetween(567, 720);
            assertThat(body.getSpacingAfter()).isGreaterThanOrEqualTo(120);
            XWPFParagraph label = paragraphWithText(doc, "Nơi nhận:");
            assertThat(label.getRuns().get(0).isBold()).isTrue();
            assertThat(label.getRuns().get(0).isItalic()).isTrue();
            assertThat(norm(text)).contains("- Lưu: VT.");
            assertThat(paragraphWithText(doc, kind.title()).getRuns().get(0).isBold())
                    .isTrue();
            assertThat(text).contains(kind.signer()).doesNotContain("DỰ THẢO");
            assertThat(text.contains("Kính gửi:")).isEqualTo(kind.name().equals("registration"));
            if (kind.name().equals("decision")) {
                assertThat(text).contains("Bản Hả").contains("Bản Bóng").contains("Xuất sắc");
            }
        }
    }

    @ParameterizedTest(name = "{0}: PDF")
    @MethodSource("kinds")
    void thePdfMeetsThePoints(Kind kind) throws IOException {
        OfficialDocument d = document(kind);
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(d))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isBetween(594f, 597f);
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                assertThat(pdf.getPage(0).getResources().getFont(name).getName())
                        .contains("LiberationSerif");
            }
            String first = page(pdf, 1);
            assertThat(first)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains(kind.number())
                    .contains(kind.heading())
                    .doesNotContain("DỰ THẢO");
            String end = page(pdf, pdf.getNumberOfPages());
            assertThat(end).contains("Nơi nhận:").contains(kind.title()).contains(kind.signer());
        }
    }
}
