package vn.ngayhoi.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.SignedIn;

/**
 * The 2022 demo round as the demo's accounts see it: decided on 12/08/2022 before the pilot festival
 * of 15/08, whose programme lists the awardees under "công bố quyết định, trao thưởng"; one
 * nomination was returned with a reason and resubmitted; the Giấy khen print one page per awardee
 * with the Vietnamese intact; Sơn Hà's report carries the figures the round gives it.
 */
@IntegrationTest
class CommendationDemoIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private int value(long report, String code) {
        return jdbc.sql("select value from report_value where report_id = ? and indicator_code = ?")
                .params(report, code)
                .query(Integer.class)
                .single();
    }

    @Test
    void theQuanSonRoundOf2022() throws Exception {
        Api api = new Api(port);
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        JsonNode rounds = api.get("/api/v1/commendation-rounds?campaign=" + campaign, "thuongtruc", Api.DEMO_PASSWORD)
                .json();
        assertThat(rounds.get("total").asInt()).isEqualTo(1);
        long round = rounds.get("items").get(0).get("id").asLong();

        JsonNode decision = api.get("/api/v1/commendation-rounds/" + round + "/decision", "chutich", Api.DEMO_PASSWORD)
                .json();
        LocalDate decided = LocalDate.parse(decision.get("date").asString());
        LocalDate pilot = jdbc.sql("select (f.starts_at at time zone 'Asia/Ho_Chi_Minh')::date from festival f"
                        + " join org_unit u on u.id = f.unit_id"
                        // the demo's pilot at Sơn Hà: festival tests add a pilot of their own to 2022
                        + " where f.campaign_id = ? and f.pilot and u.code = '15004'")
                .param(campaign)
                .query(LocalDate.class)
                .single();
        assertThat(decided).isEqualTo(LocalDate.of(2022, 8, 12)).isBefore(pilot);
        assertThat(decision.get("lines").size()).isEqualTo(4);
        assertThat(decision.get("baseSalary").asLong()).isEqualTo(1_490_000);
        // 900,000 + 450,000 + 450,000 + 680,000
        assertThat(decision.get("total").asLong()).isEqualTo(2_480_000);
        assertThat(decision.get("totalInWords").asString()).isEqualTo("Hai triệu bốn trăm tám mươi nghìn đồng");

        // One was returned with a reason, then accepted.
        JsonNode nominations = api.get(
                        "/api/v1/commendation-rounds/" + round + "/nominations", "noivu", Api.DEMO_PASSWORD)
                .json();
        assertThat(nominations.get("total").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'NOMINATION_VETTED'"
                                + " and summary like 'RETURNED: %'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);

        // The pilot festival's programme lists the awardees under the award step.
        long festival = jdbc.sql("select f.id from festival f join org_unit u on u.id = f.unit_id"
                        + " where f.campaign_id = ? and f.pilot and u.code = '15004'")
                .param(campaign)
                .query(Long.class)
                .single();
        PageClient page = PageClient.signedIn(port, "sonha", Api.DEMO_PASSWORD);
        String show = page.get("/festivals/" + festival).body();
        assertThat(show).contains("Phạm Thị Nga (Xã Mường Mìn)").contains("Công an xã Sơn Hà (Xã Sơn Hà)");
        assertThat(show).contains(decision.get("number").asString());

        // The Giấy khen: one landscape page per awardee.
        PageClient office = PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD);
        assertThat(office.get("/commendations/" + round + "/certificates.pdf").status())
                .isEqualTo(200);
        SignedIn signedIn = new SignedIn(context.getBean(UserDetailsService.class));
        byte[] pdf = signedIn.as(
                "thuongtruc", () -> context.getBean(CommendationDecisions.class).certificates(round));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("GIẤY KHEN")
                    .contains("Phạm Thị Nga")
                    .contains("Hà Văn Khăm")
                    .contains("Lương Tiến Thành");
        }

        // The history finds a person typed without diacritics, within the reader's scope only.
        assertThat(signedIn.as(
                        "noivu",
                        () -> context.getBean(CommendationHistory.class).search("pham thi nga")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.name()).isEqualTo("Phạm Thị Nga");
                    assertThat(a.year()).isEqualTo(2022);
                    assertThat(a.amount()).isEqualTo(450_000);
                });
        assertThat(signedIn.as(
                        "sonha",
                        () -> context.getBean(CommendationHistory.class).search("pham thi nga")))
                .isEmpty();
        // The round as a spreadsheet: a title, a header and one row per nomination, with the money.
        byte[] xlsx = signedIn.as(
                "noivu", () -> context.getBean(CommendationHistory.class).xlsx(round));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + 4);
            assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).isEqualTo("Số tiền (đồng)");
            double sum = 0;
            for (int i = 3; i <= 6; i++) {
                sum += sheet.getRow(i).getCell(10).getNumericCellValue();
            }
            assertThat(sum).isEqualTo(2_480_000d);
        }

        // Sơn Hà's report counts its own nominations and awards from the round.
        // the demo form's report: other tests add forms and reports of their own
        long report = jdbc.sql("""
                        select r.id from report r join org_unit u on u.id = r.unit_id
                        join report_form f on f.id = r.form_id
                        where u.code = '15004' and f.campaign_id = ?
                        order by r.id limit 1
                        """).param(campaign).query(Long.class).single();
        assertThat(value(report, "collectives_proposed")).isEqualTo(1);
        assertThat(value(report, "collectives_commended")).isEqualTo(1);
        assertThat(value(report, "individuals_proposed")).isEqualTo(1);
        assertThat(value(report, "individuals_commended")).isEqualTo(1);
    }
}
