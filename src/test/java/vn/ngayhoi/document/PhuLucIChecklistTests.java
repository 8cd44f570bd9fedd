package vn.ngayhoi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ngayhoi.document.TextAssertions.norm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Bullet;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.OfficialDocument.Signature;
import vn.ngayhoi.document.internal.Nd30Renderer;

/**
 * The 14 points of NĐ 30/2020 Phụ lục I (DOMAIN.md §6) held against every kind of document the system
 * issues — Kế hoạch, Báo cáo, Giấy mời, công văn — as a draft and as issued, in DOCX and in PDF; and
 * LibreOffice opens every DOCX.
 */
class PhuLucIChecklistTests {

    static final DocumentRenderer renderer = new Nd30Renderer();
    static final Signature SIGNER =
            new Signature("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "CHỦ TỊCH UBND HUYỆN", "Lương Tiến Thành");

    record Kind(String name, String abbreviation, String heading, String subject, List<String> addressees) {}

    /** Who speaks: the committee's documents, or the People's Committee's decision (no parent body line). */
    record Header(
            String parentBody,
            String issuingBody,
            String issuer,
            String authority,
            String title,
            String signer,
            String recipientsLine) {}

    static final Header BCD = new Header(
            "UBND HUYỆN QUAN SƠN",
            "BAN CHỈ ĐẠO 138",
            "BCĐ",
            "TM. BAN CHỈ ĐẠO",
            "TRƯỞNG BAN",
            "Lương Tiến Thành",
            "- Như trên; - Thường trực Ban Chỉ đạo; - Lưu: VT.");
    static final Header UBND = new Header(
            null,
            "ỦY BAN NHÂN DÂN HUYỆN QUAN SƠN",
            "UBND",
            null,
            "CHỦ TỊCH",
            "Lương Tiến Thành",
            "- Như Điều 3; - Thường trực Ban Chỉ đạo 138; - Lưu: VT, NV.");

    /** The requesting unit's Tờ trình of the budget (issue 14): an agency under the district's People's Committee. */
    static final Header CAH = new Header(
            "UBND HUYỆN QUAN SƠN",
            "CÔNG AN HUYỆN QUAN SƠN",
            "CAH",
            null,
            "TRƯỞNG CÔNG AN HUYỆN",
            "Lò Văn Hải",
            "- Như trên; - Lưu: VT.");

    static final Header UBND_BUDGET = new Header(
            null,
            "ỦY BAN NHÂN DÂN HUYỆN QUAN SƠN",
            "UBND",
            null,
            "CHỦ TỊCH",
            "Lương Tiến Thành",
            "- Như Điều 3; - Phòng Tài chính - Kế hoạch; - Lưu: VT.");

    static Header header(Kind kind) {
        return switch (kind.name()) {
            case "decision" -> UBND;
            case "budget-submission" -> CAH;
            case "budget-decision" -> UBND_BUDGET;
            default -> BCD;
        };
    }

    static final List<Kind> KINDS = List.of(
            new Kind(
                    "plan", "KH", "KẾ HOẠCH", "Tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2022", List.of()),
            new Kind(
                    "report",
                    "BC",
                    "BÁO CÁO",
                    "Kết quả tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2022",
                    List.of("Ban Chỉ đạo 138 tỉnh Thanh Hóa")),
            new Kind(
                    "invitation",
                    "GM",
                    "GIẤY MỜI",
                    "Dự “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2022 tại Xã Sơn Hà",
                    List.of()),
            new Kind(
                    "letter",
                    null,
                    null,
                    "đôn đốc thực hiện Kế hoạch số 01/KH-BCĐ",
                    List.of("Ủy ban nhân dân xã Na Mèo", "Ủy ban nhân dân xã Mường Mìn")),
            new Kind(
                    "decision",
                    "QĐ",
                    "QUYẾT ĐỊNH",
                    "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an"
                            + " ninh Tổ quốc năm 2022",
                    List.of()),
            new Kind(
                    "budget-submission",
                    "TTr",
                    "TỜ TRÌNH",
                    "Về việc đề nghị phê duyệt dự toán kinh phí tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”"
                            + " năm 2022",
                    List.of("Phòng Tài chính - Kế hoạch")),
            new Kind(
                    "budget-decision",
                    "QĐ",
                    "QUYẾT ĐỊNH",
                    "Về việc phê duyệt kinh phí tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2022",
                    List.of()));

    /** The budget's Tờ trình and Quyết định phê duyệt kinh phí as the budget module writes them. */
    static OfficialDocument budget(Kind kind, boolean draft) {
        var date = java.time.LocalDate.of(2022, 8, 5);
        var rows = List.of(
                new vn.ngayhoi.budget.BudgetDocuments.Row(
                        1,
                        "Tổ chức Ngày hội",
                        "Hỗ trợ xã Sơn Hà tổ chức điểm",
                        "gói",
                        1,
                        15_000_000,
                        15_000_000,
                        "Ngân sách địa phương"),
                new vn.ngayhoi.budget.BudgetDocuments.Row(
                        2,
                        "Quà tặng",
                        "Quà tặng tại Ngày hội xã Sơn Hà",
                        "suất",
                        6,
                        500_000,
                        3_000_000,
                        "Ngân sách địa phương"));
        String number = (draft ? "Số:      /" : "Số: 07/") + kind.abbreviation() + "-"
                + header(kind).issuer();
        OfficialDocument d;
        if (kind.name().equals("budget-submission")) {
            var issuer = new vn.ngayhoi.budget.BudgetDocuments.Issuer(
                    CAH.parentBody(),
                    CAH.issuingBody(),
                    "CAH",
                    "Quan Sơn",
                    "Công an huyện Quan Sơn",
                    null,
                    CAH.title());
            d = vn.ngayhoi.budget.BudgetDocuments.submission(
                    issuer, date, 2022, "Phòng Tài chính - Kế hoạch", rows, CAH.signer(), number);
        } else {
            var issuer = new vn.ngayhoi.budget.BudgetDocuments.Issuer(
                    null,
                    UBND_BUDGET.issuingBody(),
                    "UBND",
                    "Quan Sơn",
                    "Ủy ban nhân dân huyện Quan Sơn",
                    null,
                    "CHỦ TỊCH");
            d = vn.ngayhoi.budget.BudgetDocuments.decision(
                    issuer,
                    date,
                    2022,
                    "Công an huyện Quan Sơn",
                    List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
                    rows,
                    UBND_BUDGET.signer(),
                    number);
        }
        if (!draft) {
            return d;
        }
        return new OfficialDocument(
                        d.parentBody(),
                        d.issuingBody(),
                        d.numberLine(),
                        "Quan Sơn, ngày      tháng      năm 2022",
                        d.typeName(),
                        d.subject(),
                        d.body(),
                        d.recipients(),
                        d.signature())
                .with(d.addressees(), true);
    }

    /** The Quyết định khen thưởng as the commendation module writes it, with its annexed list. */
    static OfficialDocument decision(boolean draft) {
        var issuer = new vn.ngayhoi.commendation.CommendationDocuments.Issuer(
                null, UBND.issuingBody(), "UBND", "Quan Sơn", "Ủy ban nhân dân huyện Quan Sơn");
        var date = java.time.LocalDate.of(2022, 8, 5);
        var text = new vn.ngayhoi.commendation.CommendationDocuments.DecisionText(
                issuer,
                date,
                "Chủ tịch Ủy ban nhân dân huyện Quan Sơn",
                KINDS_DECISION_SUBJECT,
                vn.ngayhoi.commendation.CommendationDocuments.lawBases(date),
                List.of(
                        new vn.ngayhoi.commendation.CommendationDocuments.Line(
                                1,
                                "Công an xã Sơn Hà",
                                "Xã Sơn Hà",
                                "Giấy khen (tập thể)",
                                "Triệt xóa tụ điểm.",
                                900_000),
                        new vn.ngayhoi.commendation.CommendationDocuments.Line(
                                2, "Lò Thị Hoa", "Xã Sơn Hà", "Giấy khen (cá nhân)", "Vận động nhân dân.", 450_000)),
                1_490_000,
                "Lương Tiến Thành",
                List.of("Như Điều 3", "Thường trực Ban Chỉ đạo 138", "Lưu: VT, NV"));
        OfficialDocument d = vn.ngayhoi.commendation.CommendationDocuments.decision(
                text, draft ? "Số:      /QĐ-UBND" : "Số: 07/QĐ-UBND");
        return d.with(d.addressees(), draft);
    }

    static final String KINDS_DECISION_SUBJECT = "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong"
            + " phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2022";

    static OfficialDocument document(Kind kind, boolean draft) {
        if (kind.name().startsWith("budget-")) {
            return budget(kind, draft);
        }
        if (kind.name().equals("decision")) {
            OfficialDocument d = decision(draft);
            return draft
                    ? new OfficialDocument(
                                    d.parentBody(),
                                    d.issuingBody(),
                                    d.numberLine(),
                                    "Quan Sơn, ngày      tháng      năm 2022",
                                    d.typeName(),
                                    d.subject(),
                                    d.body(),
                                    d.recipients(),
                                    d.signature())
                            .with(List.of(), true)
                    : d;
        }
        String notation = kind.abbreviation() == null ? "BCĐ" : kind.abbreviation() + "-BCĐ";
        String number = draft ? "Số:      /" + notation : "Số: 07/" + notation;
        String date = draft ? "Quan Sơn, ngày      tháng      năm 2022" : "Quan Sơn, ngày 05 tháng 8 năm 2022";
        List<Block> body = new ArrayList<>();
        if (kind.name().equals("plan")) {
            body.addAll(SeedPlan.document(renderer).body());
        } else if (kind.name().equals("invitation")) {
            // as many delegate groups as a district sends: the Nơi nhận is pushed to page 2
            body.add(paragraph("Trân trọng kính mời:"));
            for (int i = 1; i <= 24; i++) {
                body.add(new Bullet(
                        "-", List.of(Run.plain("Đại diện lãnh đạo đơn vị khối " + i + " của huyện Quan Sơn;"))));
            }
            body.add(paragraph(
                    "Đến dự “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2022 tại Xã Sơn Hà (điểm chỉ đạo)."));
            body.add(paragraph("Thời gian: 07 giờ 30 phút, ngày 15/8/2022. Địa điểm: Sân vận động xã Sơn Hà."));
            body.add(paragraph("Rất mong các đồng chí đến dự đúng thời gian./."));
        } else {
            body.add(paragraph("Thực hiện Kế hoạch số 01/KH-BCĐ ngày 18/7/2022 của Ban Chỉ đạo 138 huyện Quan Sơn, "
                    + "đến ngày 21/8/2022 các đơn vị sau chưa gửi báo cáo kết quả."));
            body.add(paragraph("Đề nghị các đơn vị khẩn trương hoàn thành và báo cáo kết quả trên hệ thống./."));
        }
        return new OfficialDocument(
                "UBND HUYỆN QUAN SƠN",
                "BAN CHỈ ĐẠO 138",
                number,
                date,
                kind.heading(),
                kind.subject(),
                body,
                List.of("Như trên", "Thường trực Ban Chỉ đạo", "Lưu: VT"),
                SIGNER,
                kind.addressees(),
                draft);
    }

    static Paragraph paragraph(String text) {
        return new Paragraph(List.of(Run.plain(text)));
    }

    static Stream<Arguments> cases() {
        return KINDS.stream().flatMap(k -> Stream.of(Arguments.of(k, true), Arguments.of(k, false)));
    }

    @ParameterizedTest(name = "{0} draft={1}: DOCX")
    @MethodSource("cases")
    void theDocxMeetsTheFourteenPoints(Kind kind, boolean draft) throws IOException {
        OfficialDocument d = document(kind, draft);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(renderer.docx(d)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            // 1. A4 portrait
            assertThat(twips(section.getPgSz().getW())).isEqualTo(11906);
            assertThat(twips(section.getPgSz().getH())).isEqualTo(16838);
            // 2. margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm
            assertThat(twips(section.getPgMar().getTop())).isBetween(1134, 1417);
            assertThat(twips(section.getPgMar().getBottom())).isBetween(1134, 1417);
            assertThat(twips(section.getPgMar().getLeft())).isBetween(1701, 1984);
            assertThat(twips(section.getPgMar().getRight())).isBetween(850, 1134);
            // 3. Times New Roman, black, and a Normal style in Times New Roman 14 for a clerk's edits
            for (XWPFRun r : runs(doc)) {
                assertThat(r.getFontFamily()).as(r.text()).isEqualTo("Times New Roman");
                assertThat(r.getColor()).isEqualTo("000000");
            }
            var normal = doc.getStyles().getStyle("Normal");
            assertThat(normal).isNotNull();
            assertThat(normal.getCTStyle().getRPr().getRFontsArray(0).getAscii())
                    .isEqualTo("Times New Roman");
            assertThat(normal.getCTStyle().getRPr().getSzArray(0).getVal().toString())
                    .isEqualTo("28");
            // 4. page numbers in the header, none on page 1
            assertThat(section.isSetTitlePg()).isTrue();
            assertThat(doc.getHeaderList().stream()
                            .anyMatch(h -> h.getParagraphs().stream()
                                    .anyMatch(p -> p.getCTP().xmlText().contains(" PAGE "))))
                    .isTrue();
            XWPFTable header = firstTable(doc);
            // 5. parent body regular, issuing body bold, both upper case
            List<XWPFParagraph> left = header.getRow(0).getCell(0).getParagraphs();
            Header h = header(kind);
            int at = 0;
            if (h.parentBody() != null) {
                assertThat(left.get(0).getText()).isEqualTo(h.parentBody());
                assertThat(left.get(0).getRuns().get(0).isBold()).isFalse();
                at = 1;
            }
            assertThat(left.get(at).getText()).isEqualTo(h.issuingBody());
            assertThat(left.get(at).getRuns().get(0).isBold()).isTrue();
            // 6. the line under the issuing body: a third to a half of the text above
            assertThat(lineRatio(left.get(at + 1), 3600, h.issuingBody(), 13)).isBetween(1 / 3.0, 0.5);
            // 7. Quốc hiệu and tiêu ngữ, bold
            List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
            assertThat(right.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(right.get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(right.get(1).getRuns().get(0).isBold()).isTrue();
            // 8. the number: leading zero once issued, the blanks kept in a draft
            String numberLine =
                    header.getRow(1).getCell(0).getParagraphs().get(0).getText();
            assertThat(numberLine)
                    .matches(draft ? "Số: {3,}/[A-ZĐa-z]*-?" + h.issuer() : "Số: 07/[A-ZĐa-z]*-?" + h.issuer());
            // 9. place and date, italic; its blanks kept in a draft
            XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
            assertThat(date.getRuns().get(0).isItalic()).isTrue();
            assertThat(date.getText())
                    .matches(draft ? "Quan Sơn, ngày {3,}tháng {3,}năm 2022" : "Quan Sơn, ngày 05 tháng 8 năm 2022");
            // 10. the type name and trích yếu, or the công văn's "V/v" written once under the number
            if (kind.heading() == null) {
                assertThat(header.getRow(1).getCell(0).getParagraphs().get(1).getText())
                        .isEqualTo("V/v " + kind.subject());
                assertThat(text).doesNotContain("V/v V/v");
            } else {
                XWPFParagraph title = paragraphWithText(doc, kind.heading());
                assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
                assertThat(title.getRuns().get(0).isBold()).isTrue();
                // 11. the line under the trích yếu: a third to a half of it
                XWPFParagraph line = paragraphAfter(doc, paragraphWithText(doc, kind.subject()));
                assertThat(lineRatio(line, 11906 - 1701 - 850, kind.subject(), 14))
                        .isBetween(1 / 3.0, 0.5);
            }
            // 12. body: justified, first-line indent 1–1.27 cm, at least 6 pt after
            String firstParagraph = d.body().stream()
                    .filter(b -> b instanceof Paragraph)
                    .map(b -> ((Paragraph) b).runs().get(0).text())
                    .findFirst()
                    .orElseThrow();
            XWPFParagraph body =
                    paragraphWithText(doc, firstParagraph.substring(0, Math.min(20, firstParagraph.length())));
            assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
            assertThat(body.getIndentationFirstLine()).isBetween(567, 720);
            assertThat(body.getSpacingAfter()).isGreaterThanOrEqualTo(120);
            // 13. Nơi nhận: bold italic, entries "- …;", the last ending with "."
            XWPFParagraph label = paragraphWithText(doc, "Nơi nhận:");
            assertThat(label.getRuns().get(0).isBold()).isTrue();
            assertThat(label.getRuns().get(0).isItalic()).isTrue();
            assertThat(norm(text)).contains(h.recipientsLine());
            // 14. signature: authority and title upper case bold, the name; "Kính gửi:" on a công văn and
            // a report; "DỰ THẢO" on a draft only
            XWPFParagraph authority = paragraphWithText(doc, h.authority() != null ? h.authority() : h.title());
            assertThat(authority.getRuns().get(0).isBold()).isTrue();
            assertThat(text).contains(h.title()).contains(h.signer());
            assertThat(text.contains("Kính gửi:")).isEqualTo(!kind.addressees().isEmpty());
            kind.addressees().forEach(a -> assertThat(text).contains(a));
            assertThat(text.contains("DỰ THẢO")).isEqualTo(draft);
        }
    }

    @ParameterizedTest(name = "{0} draft={1}: PDF")
    @MethodSource("cases")
    void thePdfMeetsTheFourteenPoints(Kind kind, boolean draft) throws IOException {
        OfficialDocument d = document(kind, draft);
        try (PDDocument pdf = Loader.loadPDF(renderer.pdf(d))) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            }
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                assertThat(pdf.getPage(0).getResources().getFont(name).getName())
                        .contains("LiberationSerif");
            }
            String first = page(pdf, 1);
            Header h = header(kind);
            if (h.parentBody() != null) {
                assertThat(first).contains(h.parentBody());
            }
            for (String word : h.issuingBody().split(" ")) {
                assertThat(first).contains(word);
            }
            assertThat(first).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc");
            String raw = rawPage(pdf, 1);
            if (draft) {
                // the blanks stay as wide as typed: at least three spaces before the slash
                assertThat(raw).containsPattern("Số:[ \\u00A0]{3,}/");
                assertThat(raw).containsPattern("ngày[ \\u00A0]{3,}tháng[ \\u00A0]{3,}năm 2022");
                assertThat(first).startsWith("DỰ THẢO");
            } else {
                assertThat(first)
                        .contains("Số: 07/")
                        .contains("Quan Sơn, ngày 05 tháng 8 năm 2022")
                        .doesNotContain("DỰ THẢO");
            }
            if (kind.heading() == null) {
                assertThat(first).contains("V/v " + kind.subject()).doesNotContain("V/v V/v");
            } else {
                assertThat(first).contains(kind.heading());
            }
            assertThat(first.contains("Kính gửi:")).isEqualTo(!kind.addressees().isEmpty());
            // the signature and Nơi nhận stand on the page of the last paragraph, never alone
            int last = pdf.getNumberOfPages();
            String end = page(pdf, last);
            assertThat(end).contains("Nơi nhận:").contains(h.title()).contains(h.signer());
            String closing = lastParagraph(d);
            assertThat(end).contains(closing.substring(Math.max(0, closing.length() - 25)));
        }
    }

    @Test
    void libreOfficeOpensEveryDocx(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/bin/soffice")), "LibreOffice (soffice) is not installed");
        List<String> command = new ArrayList<>(List.of(
                "/usr/bin/soffice",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString()));
        List<String> names = new ArrayList<>();
        for (Kind kind : KINDS) {
            for (boolean draft : List.of(true, false)) {
                String name = kind.name() + (draft ? "-draft" : "-issued");
                Files.write(dir.resolve(name + ".docx"), renderer.docx(document(kind, draft)));
                command.add(dir.resolve(name + ".docx").toString());
                names.add(name);
            }
        }
        // issue 17: the evaluation documents ride in the same conversion (one LibreOffice start)
        for (var kind : EvaluationDocumentsChecklistTests.KINDS) {
            Path docx = dir.resolve("evaluation-" + kind.name() + ".docx");
            Files.write(docx, renderer.docx(EvaluationDocumentsChecklistTests.document(kind)));
            command.add(docx.toString());
        }
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        for (var kind : EvaluationDocumentsChecklistTests.KINDS) {
            Path out = dir.resolve("evaluation-" + kind.name() + ".pdf");
            assertThat(out).as(Files.readString(dir.resolve("soffice.log"))).exists();
            try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
                assertThat(norm(new PDFTextStripper().getText(pdf)))
                        .contains(kind.heading())
                        .contains(kind.number())
                        .contains("Nơi nhận:")
                        .contains(kind.signer());
            }
        }
        for (String name : names) {
            Path out = dir.resolve(name + ".pdf");
            assertThat(out).as(Files.readString(dir.resolve("soffice.log"))).exists();
            try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
                String text = norm(new PDFTextStripper().getText(pdf));
                boolean budget = name.startsWith("budget-");
                assertThat(text)
                        .contains(name.startsWith("decision") || budget ? "QUAN SƠN" : "BAN CHỈ ĐẠO 138")
                        .contains("Nơi nhận:")
                        .contains(name.startsWith("budget-submission") ? CAH.signer() : "Lương Tiến Thành");
                assertThat(text.contains("DỰ THẢO")).isEqualTo(name.endsWith("-draft"));
            }
        }
    }

    // ---- helpers ----

    static int twips(Object value) {
        return new BigInteger(value.toString()).intValue();
    }

    /** The drawn line's length (column minus both indents) over the width of the bold text above it. */
    static double lineRatio(XWPFParagraph line, int columnTwips, String textAbove, double sizePt) throws IOException {
        assertThat(line.getCTP().getPPr().getPBdr().getBottom())
                .as("a bottom border draws the line")
                .isNotNull();
        int length = columnTwips - line.getIndentationLeft() - line.getIndentationRight();
        double textTwips = Math.min(boldWidthPt(textAbove, sizePt) * 20, columnTwips);
        return length / textTwips;
    }

    static double boldWidthPt(String text, double size) throws IOException {
        try (var in = PhuLucIChecklistTests.class
                .getClassLoader()
                .getResourceAsStream("liberation/LiberationSerif-Bold.ttf")) {
            java.awt.Font font =
                    java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont((float) size);
            return font.getStringBounds(text, new java.awt.font.FontRenderContext(null, true, true))
                    .getWidth();
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
    }

    static List<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFRun> all = new ArrayList<>();
        doc.getParagraphs().forEach(p -> all.addAll(p.getRuns()));
        for (XWPFTable t : doc.getTables()) {
            t.getRows()
                    .forEach(r ->
                            r.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> all.addAll(p.getRuns()))));
        }
        return all;
    }

    static XWPFTable firstTable(XWPFDocument doc) {
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no header table");
    }

    static XWPFParagraph paragraphWithText(XWPFDocument doc, String... starts) {
        List<XWPFParagraph> all = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable t : doc.getTables()) {
            t.getRows().forEach(r -> r.getTableCells().forEach(c -> all.addAll(c.getParagraphs())));
        }
        for (String start : starts) {
            for (XWPFParagraph p : all) {
                if (p.getText().startsWith(start)) {
                    return p;
                }
            }
        }
        throw new AssertionError("no paragraph starting with " + List.of(starts));
    }

    static XWPFParagraph paragraphAfter(XWPFDocument doc, XWPFParagraph p) {
        List<XWPFParagraph> ps = doc.getParagraphs();
        return ps.get(ps.indexOf(p) + 1);
    }

    static String page(PDDocument pdf, int n) throws IOException {
        return norm(rawPage(pdf, n));
    }

    static String rawPage(PDDocument pdf, int n) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(n);
        s.setEndPage(n);
        return s.getText(pdf);
    }

    static String lastParagraph(OfficialDocument d) {
        Block last = d.body().get(d.body().size() - 1);
        List<Run> runs = last instanceof Paragraph p ? p.runs() : ((Bullet) last).runs();
        return norm(runs.stream().map(Run::text).reduce("", String::concat));
    }
}
