package vn.ngayhoi.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportStatus;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * On a phone, 390 px wide: a commune officer nominates a person with the commune's accepted report
 * shown beside the form; Phòng Nội vụ returns it with a reason; the officer reads the reason, fixes
 * the achievement and submits again; it is accepted, voted and decided; the awardee appears under
 * the award step of the commune's festival programme.
 */
@IntegrationTest
class CommendationBrowserTests {

    static final String PW = CommendationFixture.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    @Test
    void aCommuneNominatesFromItsResultsAndTheAwardeeIsInItsFestivalProgramme() {
        CommendationFixture f = CommendationFixture.create(context, "396", 2041, "15607", "15610", "cb");
        Round round = f.round(context, "Khen thưởng Ngày hội năm 2041", java.time.LocalDate.of(2022, 8, 31));
        // The commune's report, accepted, and its festival on 15/08 with the award step.
        Map<String, String> v = new LinkedHashMap<>();
        v.put("participants", "480");
        v.put("held_commune", "1");
        context.getBean(ReportManagement.class)
                .systemRecord(
                        f.territory.form().id(),
                        f.communeA.id(),
                        new ReportManagement.Entry(
                                v, new ReportData.Narrative("Tổ chức Ngày hội tại sân UBND xã.", null, null, null)),
                        at(8, 8),
                        ReportStatus.ACCEPTED,
                        null,
                        "cb.xaa",
                        "cb.thuongtruc",
                        at(9, 9));
        long festival = context.getBean(FestivalManagement.class)
                .systemCreate(
                        f.territory.campaign().id(),
                        f.communeA.id(),
                        at(15, 7),
                        at(15, 11),
                        "Sân Ủy ban nhân dân xã Bát Mọt",
                        false,
                        FestivalStatus.REGISTERED,
                        new FestivalDetails(
                                List.of(
                                        new FestivalDetails.Step("Chào cờ", false, null),
                                        new FestivalDetails.Step("Công bố quyết định, trao thưởng", false, null)),
                                List.of("Văn nghệ"),
                                Map.of(),
                                List.of(),
                                null,
                                Map.of(),
                                List.of(),
                                null),
                        null)
                .id();

        try (Browser officer = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            officer.signIn("cb.xaa", PW);
            officer.open("/commendations/" + round.id());
            officer.click(By.id("nominate"));
            var driver = officer.driver();
            assertThat(driver.findElement(By.id("cited")).getText())
                    .contains("Báo cáo kết quả (đã tiếp nhận 09/08/2022)")
                    .contains("480");
            assertThat(officer.scrollsSideways()).isFalse();
            driver.findElement(By.id("kind-INDIVIDUAL")).click();
            driver.findElement(By.id("name")).sendKeys("Lò Thị Duyên");
            new Select(driver.findElement(By.id("gender"))).selectByValue("NU");
            driver.findElement(By.id("birthYear")).sendKeys("1990");
            driver.findElement(By.id("position")).sendKeys("Công an viên bản Mọt");
            driver.findElement(By.id("achievement")).sendKeys("Vận động nhân dân tham gia Ngày hội.");
            new Select(driver.findElement(By.id("awardType"))).selectByValue("GK_CN");
            officer.click(By.id("save-nomination"));
            officer.await().until(ExpectedConditions.presenceOfElementLocated(By.id("nomination-status")));
            long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/nominations/", ""));
            assertThat(driver.findElement(By.id("cited")).getText()).contains("480");
            officer.click(By.id("submit-nominations"));
            officer.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "TTr-UBND"));

            // Phòng Nội vụ returns it with a reason.
            PageClient noivu = PageClient.signedIn(port, "cb.noivu", PW);
            post(
                    noivu,
                    "/commendations/nominations/" + id,
                    "/vet",
                    Map.of("outcome", "RETURNED", "reason", "Ghi rõ số người được vận động."));

            // The officer finds it on the to-do list with the reason, fixes it and submits again.
            officer.open("/");
            officer.click(By.cssSelector("a[href='/commendations/nominations/" + id + "']"));
            assertThat(driver.findElement(By.id("return-reason")).getText()).contains("Ghi rõ số người được vận động.");
            assertThat(driver.findElement(By.id("nomination-status")).getText()).isEqualTo("Trả lại");
            WebElement achievement = driver.findElement(By.id("achievement"));
            achievement.clear();
            achievement.sendKeys("Vận động 1.120 người dân tham gia Ngày hội.");
            assertThat(officer.scrollsSideways()).isFalse();
            officer.click(By.id("save-nomination"));
            officer.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("achievement-text"), "1.120"));
            officer.click(By.id("submit-nominations"));
            officer.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "TTr-UBND"));

            // Accepted, voted, decided.
            post(noivu, "/commendations/nominations/" + id, "/vet", Map.of("outcome", "ACCEPTED"));
            post(
                    PageClient.signedIn(port, "cb.thuongtruc", PW),
                    "/commendations/" + round.id(),
                    "/meeting",
                    Map.of("present", "5", "for-" + id, "5", "against-" + id, "0"));
            post(PageClient.signedIn(port, "cb.chutich", PW), "/commendations/" + round.id(), "/decide", Map.of());
            assertThat(jdbc.sql("select count(*) from commendation_award where nomination_id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);

            // The awardee under the award step of the commune's festival.
            officer.open("/festivals/" + festival);
            assertThat(driver.findElement(By.id("programme")).getText())
                    .contains("Công bố quyết định, trao thưởng")
                    .contains("Lò Thị Duyên (Xã Bát Mọt) – Giấy khen (cá nhân)");
            assertThat(officer.scrollsSideways()).isFalse();
            officer.open("/commendations/" + round.id());
            assertThat(driver.findElement(By.id("decision")).getText()).contains("450.000 đ");
            assertThat(officer.scrollsSideways()).isFalse();
        }
    }

    /** Posts a form of the page at {@code page} with its hidden fields and the given values; expects a redirect. */
    private static void post(PageClient client, String page, String action, Map<String, String> values) {
        String html = client.get(page).body();
        String path = page + action;
        Map<String, String> fields = new HashMap<>(PageClient.hiddenFields(html, path));
        fields.putAll(values);
        PageClient.Page reply = client.post(path, fields);
        assertThat(reply.isRedirect()).as(reply.body()).isTrue();
        String after = client.get(reply.location()).body();
        assertThat(after).doesNotContain("alert-danger\" role=\"alert\">");
    }

    private static OffsetDateTime at(int day, int hour) {
        return LocalDateTime.of(2022, 8, day, hour, 0).atZone(Formats.ZONE).toOffsetDateTime();
    }
}
