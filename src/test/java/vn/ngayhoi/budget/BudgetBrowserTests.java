package vn.ngayhoi.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.Territories;

/**
 * Issue 14 at 390 px: a commune officer records a payment with a photo of the receipt against the
 * pilot-site line of an approved budget, on a phone, and the standing office's budget page shows the
 * spent and remaining figures of that commune moved by the amount.
 */
@IntegrationTest
class BudgetBrowserTests {

    static final String PASSWORD = "Mat-khau-kinh-phi-8";
    static final Pattern SPENT = Pattern.compile("id=\"pipeline-spent\"[^>]*>([0-9.]+) đ<");
    static final Pattern REMAINING = Pattern.compile("id=\"pipeline-remaining\"[^>]*>([0-9.]+) đ<");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Estimates estimates;

    @Autowired
    Appraisals appraisals;

    @Test
    void aCommuneOfficerRecordsAPaymentWithAReceiptPhotoAndTheOfficeSeesSpentAndRemainingMove() throws Exception {
        Territories.Territory t = Territories.create(context, "406", 2029);
        OrgUnit commune = context
                .getBean(OrgUnitManagement.class)
                .systemUnitsOfTypes(t.district().path(), List.of("COMMUNE", "TOWNSHIP"))
                .stream()
                .filter(u -> u.validOn(LocalDate.of(2022, 8, 10)))
                .min(Comparator.comparing(OrgUnit::code))
                .orElseThrow();
        OrgUnit police = BudgetTestFiles.unit(context, t.district(), "AGENCY", "Công an huyện Quảng Xương");
        BudgetTestFiles.unit(context, t.district(), "DEPARTMENT", "Phòng Tài chính - Kế hoạch");
        Territories.account(context, "kb.xa", PASSWORD, "Cán bộ xã điểm", commune, Role.UNIT_OFFICER);
        Territories.account(context, "kb.thuongtruc", PASSWORD, "Thường trực", t.district(), Role.STANDING_OFFICE);
        Territories.account(context, "kb.chutich", PASSWORD, "Chủ tịch", t.district(), Role.LEADER);
        Estimate e = estimates.systemCreate(
                t.campaign().id(),
                police.id(),
                "Dự toán thử trên điện thoại",
                List.of(new NewLine(
                        "FESTIVAL",
                        null,
                        null,
                        "Hỗ trợ xã tổ chức điểm",
                        "gói",
                        1L,
                        12_000_000L,
                        null,
                        "LOCAL_BUDGET",
                        null,
                        commune.code())),
                "kb.thuongtruc");
        estimates.systemSubmit(e.id(), LocalDate.of(2022, 8, 3));
        appraisals.systemAppraise(e.id(), List.of(), null, LocalDate.of(2022, 8, 4));
        appraisals.systemApprove(e.id(), LocalDate.of(2022, 8, 5), "Chủ tịch");

        PageClient office = PageClient.signedIn(port, "kb.thuongtruc", PASSWORD);
        String page = "/budgets?campaign=" + t.campaign().id();
        String before = office.get(page).body();
        assertThat(figure(SPENT, before)).isZero();
        assertThat(figure(REMAINING, before)).isEqualTo(12_000_000);

        Path photo = Files.createTempFile("bien-lai-", ".png");
        Files.write(photo, BudgetTestFiles.png());
        try (Browser officer = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            officer.signIn("kb.xa", PASSWORD);
            officer.open("/budgets?campaign=" + t.campaign().id());
            var driver = officer.driver();
            // the commune's page lists its allocation; its link leads to the phone page
            assertThat(driver.findElement(By.cssSelector("#allocations a")).getAttribute("href"))
                    .endsWith("/budgets/" + e.id() + "/spending");
            officer.open("/budgets/" + e.id() + "/spending");
            officer.await().until(ExpectedConditions.presenceOfElementLocated(By.id("payee")));
            driver.findElement(By.id("payee")).sendKeys("Hộ kinh doanh âm thanh Lò Văn Thắng");
            driver.findElement(By.id("amount")).sendKeys("4.500.000");
            driver.findElement(By.id("receipt")).sendKeys(photo.toString());
            assertThat(officer.scrollsSideways()).isFalse();
            officer.click(By.id("pay"));
            officer.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#payments li")));
            assertThat(driver.findElement(By.id("payments")).getText())
                    .contains("4.500.000 đ")
                    .contains("Hộ kinh doanh âm thanh Lò Văn Thắng")
                    .contains("10/08/2022");
            assertThat(driver.findElement(By.id("remaining")).getText()).isEqualTo("7.500.000 đ");
            assertThat(officer.scrollsSideways()).isFalse();
            officer.screenshot("budget-payment-390");
        } finally {
            Files.deleteIfExists(photo);
        }
        assertThat(jdbc.sql("select count(*) from budget_payment where estimate_id = ? and amount = 4500000"
                                + " and file_type = 'image/png'")
                        .param(e.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String after = office.get(page).body();
        assertThat(figure(SPENT, after)).isEqualTo(4_500_000);
        assertThat(figure(REMAINING, after)).isEqualTo(7_500_000);
        assertThat(after).contains("data-unit=\"" + commune.code() + "\"");
        // the estimate's page with its issued Tờ trình and Quyết định, and its spreadsheet
        PageClient.Page estimate = office.get("/budgets/" + e.id());
        assertThat(estimate.status()).isEqualTo(200);
        assertThat(estimate.body()).contains("/TTr-CAH").contains("/QĐ-UBND").contains("12.000.000");
        assertThat(office.get("/budgets/" + e.id() + "/estimate.xlsx").status()).isEqualTo(200);
    }

    private static long figure(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertThat(m.find()).as("the page shows " + p.pattern()).isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }
}
