package vn.ngayhoi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.TestClockConfiguration;

/** Next year's plan from last year's, through approval and issue, to a commune's own plan. */
@IntegrationTest
class PlanBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    @Test
    void cloneEditSubmitApproveIssueAndACommuneStartsItsOwnPlan() {
        clock.set(LocalDate.of(2023, 7, 14).atTime(8, 30).atZone(Formats.ZONE).toInstant());
        String planUrl;
        try (Browser office = new Browser(port, 1280, 900)) {
            office.signIn("thuongtruc", Api.DEMO_PASSWORD);
            office.open("/plans");
            var driver = office.driver();
            var card = driver.findElement(By.cssSelector("[data-campaign='2022']"));
            var year = card.findElement(By.cssSelector("input[name=year]"));
            year.clear();
            year.sendKeys("2023");
            office.click(By.cssSelector("[data-campaign='2022'] button[type=submit]"));
            office.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-status"), "Nháp"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).endsWith("năm 2023");
            assertThat(driver.findElement(By.id("document")).getText())
                    .contains("78 năm")
                    .contains("18 năm");
            planUrl = driver.getCurrentUrl();

            office.click(By.linkText("Sửa"));
            var purpose = driver.findElement(By.id("section0"));
            purpose.sendKeys("\n\n5. Bổ sung năm 2023: tổ chức sớm ở các bản vùng biên.");
            // Bold by the button, not by typed markup.
            ((JavascriptExecutor) driver)
                    .executeScript(
                            "var a = arguments[0], i = a.value.indexOf(arguments[1]);"
                                    + " a.setSelectionRange(i, i + arguments[1].length);",
                            purpose,
                            "tổ chức sớm");
            office.click(By.cssSelector("[data-markup=bold][data-target=section0]"));
            assertThat(purpose.getDomProperty("value")).contains("2023: **tổ chức sớm** ở các bản");
            office.click(By.id("save-plan"));
            office.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("document"), "vùng biên"));
            assertThat(driver.findElements(By.cssSelector("#document strong")).stream()
                            .map(e -> e.getText())
                            .toList())
                    .contains("tổ chức sớm");
            assertThat(driver.findElement(By.id("document")).getText()).doesNotContain("**");
            office.click(By.id("submit-plan"));
            office.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-status"), "Chờ duyệt"));
        }

        try (Browser leader = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            leader.signIn("chutich", Api.DEMO_PASSWORD);
            leader.driver().get(planUrl);
            leader.click(By.id("approve-plan"));
            leader.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-status"), "Đã duyệt"));
        }

        try (Browser office = new Browser(port, 1280, 900)) {
            office.signIn("thuongtruc", Api.DEMO_PASSWORD);
            office.driver().get(planUrl);
            office.click(By.id("issue-plan"));
            office.click(By.id("confirm-issue"));
            office.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-status"), "Đã ban hành"));
            assertThat(office.driver().findElement(By.id("plan-number")).getText())
                    .startsWith("Số: 01/KH-BCĐ");
            office.screenshot("plan-issued");
        }

        try (Browser commune = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            commune.signIn("sonha", Api.DEMO_PASSWORD);
            commune.open("/plans");
            var driver = commune.driver();
            var inbox = driver.findElement(By.id("inbox"));
            assertThat(inbox.getText()).contains("năm 2023");
            commune.click(By.partialLinkText("năm 2023"));
            commune.click(By.id("start-own"));
            commune.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-status"), "Nháp"));
            String document = driver.findElement(By.id("document")).getText();
            assertThat(document).contains("UBND XÃ SƠN HÀ").contains("Kế hoạch số 01/KH-BCĐ");
            assertThat(commune.scrollsSideways()).isFalse();
            commune.screenshot("commune-own-plan-390");
        }
    }
}
