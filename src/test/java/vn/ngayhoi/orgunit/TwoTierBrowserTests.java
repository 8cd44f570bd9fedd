package vn.ngayhoi.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.report.ReportStatus;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;

/**
 * A campaign on the two-tier structure, the way the Thanh Hóa 2026 demo runs one, built from test data
 * (the shared test context holds the 2022 demo): a province committee of the 2025 list with last year's
 * campaign (2051) accepted for xã Tam Lư and xã Quan Sơn and this year's (2052). Xã Tam Lư registers its
 * festival and submits its report from a phone; the province's standing office accepts it and sees
 * completeness and the totals commune by commune, each with last year beside it — no district between.
 */
@IntegrationTest
class TwoTierBrowserTests {

    static final String PASSWORD = "Haicap@2026";

    @LocalServerPort
    int port;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    ReportForms forms;

    @Autowired
    ReportManagement reports;

    @Autowired
    AccountManagement accounts;

    @Test
    void aCommuneOfTheTwoTierStructureRegistersAndReportsAndTheProvinceSeesItBesideLastYear() {
        OrgUnit province = units.systemFind("2025", "38").orElseThrow();
        OrgUnit tamLu = units.systemFind("2025", "15019").orElseThrow();
        OrgUnit quanSon = units.systemFind("2025", "15016").orElseThrow();
        OrgUnit committee = units.systemCreate(
                new CreateUnit(province.id(), "COMMITTEE", "Ban Chỉ đạo tỉnh Thanh Hóa", LocalDate.of(2025, 7, 1)));
        accounts.systemCreate(
                "tinh_thuongtruc_thu", PASSWORD, "Lê Văn Hùng", null, province, Set.of(Role.STANDING_OFFICE));
        accounts.systemCreate("tamlu_thu", PASSWORD, "Hà Thị Lan", null, tamLu, Set.of(Role.UNIT_OFFICER));
        ReportForm last = forms.systemDefineDefault(campaigns.systemCreate(campaign(committee, 2051)));
        accepted(last, tamLu, 1_500);
        accepted(last, quanSon, 900);
        Campaign campaign = campaigns.systemCreate(campaign(committee, 2052));
        forms.systemDefineDefault(campaign);

        try (Browser phone = new Browser(port, Browser.PHONE_WIDTH, 844);
                Browser office = new Browser(port, 1280, 900)) {
            // 1. Xã Tam Lư registers its festival on a phone.
            phone.signIn("tamlu_thu", PASSWORD);
            phone.open("/festivals");
            phone.click(By.cssSelector("[data-register='2052']"));
            var driver = phone.driver();
            WebElement programme = driver.findElement(By.id("programme"));
            if (programme.getDomProperty("value").isBlank()) {
                programme.sendKeys("Lễ chào cờ\nBáo cáo kết quả phong trào\nKý giao ước thi đua");
            }
            driver.findElement(By.id("venue")).sendKeys("Sân trung tâm xã Tam Lư");
            assertThat(phone.viewportWidth()).isEqualTo(Browser.PHONE_WIDTH);
            assertThat(phone.scrollsSideways()).isFalse();
            phone.click(By.id("register-festival"));
            phone.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("festival-status"), "Đã đăng ký"));

            // 2. ... and submits its report.
            phone.open("/reports?campaign=" + campaign.id());
            phone.click(By.id("open-own"));
            phone.await().until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
            String url = driver.getCurrentUrl();
            long report = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            type(phone, "v_participants", "1.750");
            type(phone, "v_collectives_proposed", "2");
            type(phone, "v_collectives_commended", "1");
            type(phone, "n_results", "Tổ chức Ngày hội tại trung tâm xã, 9 bản tham gia.");
            phone.click(By.id("submit-report"));
            phone.await().until(ExpectedConditions.textToBe(By.id("report-status"), "Đã nộp"));
            assertThat(phone.scrollsSideways()).isFalse();
            phone.screenshot("tamlu-2052-report-submitted-390");

            // 3. The province's standing office: completeness over the province's communes, then accepts.
            office.signIn("tinh_thuongtruc_thu", PASSWORD);
            office.open("/reports?campaign=" + campaign.id());
            WebElement all =
                    office.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("completeness-all")));
            List<WebElement> cells = all.findElements(By.tagName("td"));
            long communes =
                    units.systemUnitsOfTypes(province.path(), List.of("COMMUNE", "WARD", "SPECIAL_ZONE")).stream()
                            .filter(u -> u.validOn(LocalDate.of(2052, 8, 20)))
                            .count();
            assertThat(cells.get(1).getText()).isEqualTo(new Formats().number(communes));
            assertThat(cells.get(2).getText()).isEqualTo("1");
            office.open("/reports/" + report);
            office.await().until(ExpectedConditions.textToBe(By.id("report-status"), "Đã nộp"));
            office.click(By.id("accept-report"));
            office.await().until(ExpectedConditions.textToBe(By.id("report-status"), "Đã tiếp nhận"));

            // 4. Totals commune by commune, directly under the province, with last year beside them.
            office.open("/reports/totals?campaign=" + campaign.id() + "&unit=38");
            String total = office.await()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("#totals tr[data-code=participants] td.total")))
                    .getText();
            assertThat(total).isEqualTo("1.750");
            String previous = office.driver()
                    .findElements(By.cssSelector("#totals tr[data-code=participants] td"))
                    .get(2)
                    .getText();
            assertThat(previous).isEqualTo("2.400");
            WebElement row = office.driver().findElement(By.cssSelector("#drill tr[data-code='15019']"));
            WebElement cell = row.findElement(By.cssSelector("td[data-indicator=participants]"));
            assertThat(cell.findElement(By.className("this-year")).getText()).isEqualTo("1.750");
            assertThat(cell.findElement(By.className("prev")).getText()).isEqualTo("năm trước 1.500");
            assertThat(office.driver().findElements(By.cssSelector("#drill tr[data-code='387']")))
                    .isEmpty();
            office.screenshot("province-2052-totals-by-commune");
        }
    }

    private static NewCampaign campaign(OrgUnit committee, int year) {
        return new NewCampaign(
                committee.id(),
                year,
                "Ngày hội toàn dân bảo vệ ANTQ tỉnh Thanh Hóa " + year,
                LocalDate.of(year, 8, 1),
                LocalDate.of(year, 8, 19),
                LocalDate.of(year, 8, 20),
                null,
                null,
                null,
                null,
                List.of());
    }

    private void accepted(ReportForm form, OrgUnit unit, int participants) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("participants", Integer.toString(participants));
        v.put("collectives_proposed", "1");
        v.put("collectives_commended", "1");
        OffsetDateTime sent =
                form.deadline().minusDays(2).atTime(9, 0).atZone(Formats.ZONE).toOffsetDateTime();
        reports.systemRecord(
                form.id(),
                unit.id(),
                new Entry(v, new ReportData.Narrative("Tổ chức đúng kế hoạch.", null, null, null)),
                sent,
                ReportStatus.ACCEPTED,
                null,
                "canbo",
                "tinh_thuongtruc_thu",
                sent.plusDays(1));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.await().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }
}
