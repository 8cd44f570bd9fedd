package vn.ngayhoi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

/** The issued 2022 plan, opened as people and other programs open it. */
@IntegrationTest
class PlanDocumentIntegrationTests {

    @Autowired
    PlanManagement plans;

    @Autowired
    vn.ngayhoi.plan.PlanFiles files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    @TempDir
    Path tmp;

    SignedIn signedIn;
    Plan plan;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        signedIn.as("thuongtruc");
        long id = jdbc.sql("""
                        select p.id from plan p join campaign c on c.id = p.campaign_id
                        where c.year = 2022 and p.parent_plan_id is null
                        """).query(Long.class).single();
        plan = plans.get(id);
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
    }

    /** Every heading and responsibility item of the seed, and every line of text, as the source has it (NFC). */
    private List<String> expectedLines() {
        List<String> lines = new ArrayList<>(List.of(
                "UBND HUYỆN QUAN SƠN",
                "BAN CHỈ ĐẠO 138",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Số: 01/KH-BCĐ",
                "Quan Sơn, ngày 18 tháng 7 năm 2022",
                "KẾ HOẠCH",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "II. NỘI DUNG THỰC HIỆN",
                "III. TỔ CHỨC THỰC HIỆN",
                "TRƯỞNG BAN",
                "CHỦ TỊCH UBND HUYỆN",
                "Lương Tiến Thành"));
        lines.add(plan.content().subject());
        for (PlanContent.Section s : plan.content().sections()) {
            if (s.heading() != null) {
                lines.add(s.heading());
            }
            lines.addAll(plainParagraphs(s.body()));
        }
        for (PlanContent.Responsibility r : plan.content().responsibilities()) {
            lines.add(r.number() + ". " + r.heading());
            lines.addAll(plainParagraphs(r.body()));
        }
        plan.content().recipients().forEach(r -> lines.add(r.text()));
        return lines;
    }

    private static List<String> plainParagraphs(String markup) {
        List<String> out = new ArrayList<>();
        for (String p : markup.split("\n\n")) {
            String plain = p.replace("***", "").replace("**", "").replace("*", "");
            if (plain.startsWith("- ") || plain.startsWith("+ ")) {
                plain = plain.substring(2);
            }
            out.add(plain.strip());
        }
        return out;
    }

    /** The body text page by page, without the page number printed at the top of pages 2 onwards. */
    private static String withoutPageNumbers(PDDocument doc) throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper();
        // Justified lines are drawn run by run; read them in reading order.
        stripper.setSortByPosition(true);
        for (int page = 1; page <= doc.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = stripper.getText(doc).strip();
            if (page > 1) {
                assertThat(text).as("page %d starts with its number", page).startsWith(Integer.toString(page));
                text = text.substring(Integer.toString(page).length());
            }
            all.append(text).append('\n');
        }
        return all.toString();
    }

    private static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    @Test
    void theDocxHasEveryHeadingAndLineInA4TimesNewRomanWithNd30Margins() throws Exception {
        byte[] docx = files.docx(plan.id());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = flat(extractor.getText());
            for (String line : expectedLines()) {
                assertThat(text).as(line).contains(flat(line));
            }
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(((Number) sect.getPgSz().getW()).longValue()).isEqualTo(11906);
            assertThat(((Number) sect.getPgSz().getH()).longValue()).isEqualTo(16838);
            long left = ((Number) sect.getPgMar().getLeft()).longValue();
            long right = ((Number) sect.getPgMar().getRight()).longValue();
            long top = ((Number) sect.getPgMar().getTop()).longValue();
            assertThat(left).as("left margin 30–35 mm").isBetween(1700L, 1985L);
            assertThat(right).as("right margin 15–20 mm").isBetween(850L, 1134L);
            assertThat(top).as("top margin 20–25 mm").isBetween(1134L, 1418L);
            assertThat(doc.getParagraphs().stream()
                            .flatMap(p -> p.getRuns().stream())
                            .filter(r -> !r.text().isBlank())
                            .map(r -> r.getFontFamily()))
                    .isNotEmpty()
                    .allMatch(f -> f == null || f.equals("Times New Roman"));
        }
    }

    @Test
    void thePdfTextIsTheNfcSourceWithEmbeddedLiberationSerif() throws Exception {
        byte[] pdf = files.pdf(plan.id());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = flat(withoutPageNumbers(doc));
            for (String line : expectedLines()) {
                assertThat(text).as(line).contains(flat(line));
            }
            assertThat(text).doesNotContain("#");
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts).anyMatch(f -> f.contains("Liberation"));
        }
    }

    @Test
    void libreOfficeOpensTheDocxAndReadsTheSameText() throws Exception {
        String office = Files.isExecutable(Path.of("/usr/bin/soffice")) ? "/usr/bin/soffice" : null;
        Assumptions.assumeTrue(office != null, "LibreOffice is not installed here; .ci/run installs it");
        Path docx = tmp.resolve("ke-hoach.docx");
        Files.write(docx, files.docx(plan.id()));
        Process p = new ProcessBuilder(
                        office,
                        "-env:UserInstallation=file://" + tmp.resolve("profile"),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        tmp.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Path pdf = tmp.resolve("ke-hoach.pdf");
        assertThat(pdf).exists();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = flat(new PDFTextStripper().getText(doc));
            assertThat(text)
                    .contains("I. MỤC ĐÍCH, YÊU CẦU")
                    .contains("III. TỔ CHỨC THỰC HIỆN")
                    .contains("Số: 01/KH-BCĐ")
                    .contains("6. Các cơ quan, ban, ngành, đoàn thể là thành viên BCD 138 huyện");
            assertThat(doc.getPage(0).getMediaBox().getHeight())
                    .isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
        }
    }
}
