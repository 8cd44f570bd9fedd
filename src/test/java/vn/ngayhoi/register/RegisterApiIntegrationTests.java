package vn.ngayhoi.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.shared.files.Hashes;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;

/**
 * The demo's outgoing register through the API contract, the page's XLSX and the one download address.
 * Read-only: the demo's documents are what other tests read too.
 */
@IntegrationTest
class RegisterApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String committeeCode;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        committeeCode = jdbc.sql(
                        "select code from org_unit where type_code = 'COMMITTEE' and name = 'Ban Chỉ đạo 138 huyện Quan Sơn'")
                .query(String.class)
                .single();
    }

    JsonNode register(String query) {
        Api.Reply reply =
                api.get("/api/v1/registers/" + committeeCode + "/2022" + query, "thuongtruc", Api.DEMO_PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void theDemoRegisterListsThePlanAndTheChasingLetterWithEveryPhuLucViField() {
        JsonNode page = register("");
        JsonNode items = page.get("items");
        assertThat(page.get("total").asInt()).isEqualTo(items.size()).isGreaterThanOrEqualTo(2);
        JsonNode plan = items.get(0);
        assertThat(plan.get("number").asInt()).isEqualTo(1);
        assertThat(plan.get("notation").asString()).isEqualTo("KH-BCĐ");
        assertThat(plan.get("issuedOn").asString()).isEqualTo("2022-07-18");
        assertThat(plan.get("typeName").asString()).isEqualTo("Kế hoạch");
        assertThat(plan.get("subject").asString()).contains("Ngày hội toàn dân bảo vệ an ninh Tổ quốc");
        assertThat(plan.get("signerName").asString()).isNotBlank();
        assertThat(plan.get("signerPosition").asString()).isEqualTo("TRƯỞNG BAN");
        assertThat(plan.get("recipients").isArray()).isTrue();
        assertThat(plan.get("recipients").size()).isEqualTo(10);
        assertThat(plan.get("pageCount").asInt()).isPositive();
        assertThat(plan.get("copies").asInt()).isEqualTo(1);
        assertThat(plan.get("priority").asString()).isEqualTo("NORMAL");
        assertThat(plan.get("status").asString()).isEqualTo("ISSUED");
        assertThat(plan.has("replaces")).isTrue();
        assertThat(plan.get("replaces").isNull()).isTrue();
        long documentId = plan.get("documentId").asLong();
        String sha = plan.get("sha256").asString();

        // the served PDF is the frozen one: its hash is the register's and its ETag
        HttpResponse<byte[]> pdf = bytes("/api/v1/documents/" + documentId + ".pdf", "thuongtruc", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(Hashes.sha256(pdf.body())).isEqualTo(sha);
        assertThat(pdf.headers().firstValue("ETag")).contains("\"" + sha + "\"");
        assertThat(bytes("/api/v1/documents/" + documentId + ".pdf", "thuongtruc", "\"" + sha + "\"")
                        .statusCode())
                .isEqualTo(304);
        // the page address serves the same bytes to a signed-in person
        var browser = vn.ngayhoi.support.PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD);
        assertThat(browser.get("/documents/" + documentId + ".pdf").status()).isEqualTo(200);

        List<String> letters = new ArrayList<>();
        items.forEach(i -> {
            if (i.get("typeName").asString().equals("Công văn")) {
                letters.add(i.get("notation").asString());
            }
        });
        assertThat(letters).isNotEmpty().allMatch("BCĐ"::equals);
    }

    @Test
    void sonHasRegisterHoldsItsOwnPlanAndTheInvitationToItsFestival() {
        Api.Reply reply = api.get("/api/v1/registers/15004/2022", "sonha", Api.DEMO_PASSWORD);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        reply.json()
                .get("items")
                .forEach(i -> lines.add(
                        i.get("typeName").asString() + " " + i.get("notation").asString()));
        assertThat(lines).contains("Kế hoạch KH-BCĐ", "Giấy mời GM-BCĐ");
        // the district's standing office reads the communes' registers too
        assertThat(api.get("/api/v1/registers/15004/2022", "thuongtruc", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersByTypeAndMonth() {
        JsonNode found = register("?q=don%20doc").get("items");
        assertThat(found.size()).isPositive();
        found.forEach(i -> assertThat(i.get("typeName").asString()).isEqualTo("Công văn"));

        JsonNode plans = register("?type=K%E1%BA%BF%20ho%E1%BA%A1ch").get("items");
        assertThat(plans.size()).isEqualTo(1);
        assertThat(register("?month=7").get("items").size()).isEqualTo(1);
        assertThat(register("?month=1").get("total").asInt()).isZero();
        assertThat(api.get("/api/v1/registers/" + committeeCode + "/2022?month=13", "thuongtruc", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aCommuneCannotReadTheDistrictRegisterNorAnotherCommunesInvitation() {
        assertThat(api.get("/api/v1/registers/" + committeeCode + "/2022", "muongmin", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        long invitation = jdbc.sql("select issued_document_id from festival_invitation order by id limit 1")
                .query(Long.class)
                .single();
        long plan = jdbc.sql("select issued_document_id from plan_version order by plan_id limit 1")
                .query(Long.class)
                .single();
        String invitationIssuer = jdbc.sql("""
                        select u.code from festival_invitation i join org_unit u on u.id = i.issuer_id order by i.id limit 1
                        """).query(String.class).single();
        if (!invitationIssuer.equals(committeeCode)) {
            assertThat(bytes("/api/v1/documents/" + invitation + ".pdf", "muongmin", null)
                            .statusCode())
                    .isEqualTo(404);
        }
        // the plan was delivered to every commune, so a commune may read it
        assertThat(bytes("/api/v1/documents/" + plan + ".pdf", "muongmin", null).statusCode())
                .isEqualTo(200);
        assertThat(bytes("/api/v1/documents/999999999.pdf", "thuongtruc", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theXlsxHasThePaperRegisterColumnsAndLibreOfficeOpensIt() throws Exception {
        HttpResponse<byte[]> xlsx = bytes("/api/v1/registers/" + committeeCode + "/2022.xlsx", "thuongtruc", null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2022");
            assertThat(f.formatCellValue(sheet.getRow(3).getCell(0))).isEqualTo("Số, ký hiệu văn bản");
            assertThat(f.formatCellValue(sheet.getRow(3).getCell(2)))
                    .isEqualTo("Tên loại và trích yếu nội dung văn bản");
            assertThat(f.formatCellValue(sheet.getRow(5).getCell(0))).isEqualTo("01/KH-BCĐ");
            assertThat(f.formatCellValue(sheet.getRow(5).getCell(1))).isEqualTo("18/07/2022");
        }
        // LibreOffice Calc (bin/test installs it) opens it as a clerk would.
        Path dir = Files.createTempDirectory("register-xlsx");
        Path file = dir.resolve("so.xlsx");
        Files.write(file, xlsx.body());
        Process p = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--norestore",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        Path pdf = dir.resolve("so.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC))
                    .contains("01/KH-BCĐ")
                    .contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2022");
        }
    }

    @Test
    void theRegisterPageListsTheDemoDocuments() {
        var page = vn.ngayhoi.support.PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD);
        var html = page.get("/registers/" + committeeCode + "/2022?q=don+doc");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body())
                .contains("Đã ban hành")
                .contains("/BCĐ")
                .contains("data-number=")
                .doesNotContain("data-number=\"1\"");
        assertThat(page.get("/registers").body()).contains("Ban Chỉ đạo 138 huyện Quan Sơn");
    }

    HttpResponse<byte[]> bytes(String path, String user, String ifNoneMatch) {
        try {
            var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    (user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
            if (ifNoneMatch != null) {
                b.header("If-None-Match", ifNoneMatch);
            }
            return HttpClient.newHttpClient().send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
