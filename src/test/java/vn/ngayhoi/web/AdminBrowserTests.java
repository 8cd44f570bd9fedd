package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;

/** Administrators and the standing office at work: imports, new units, the trail. */
@IntegrationTest
class AdminBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path tmp;

    Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(port, 1280, 900);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aBrokenUnitListIsRefusedOnThePageWithItsLineAndNothingChanges() throws IOException {
        Path broken = tmp.resolve("danh-muc-loi.csv");
        Files.writeString(
                broken,
                "code,name,level,parent_code\n91,Tỉnh Lỗi,province,\n9101,Huyện Lỗi,district,91\n",
                StandardCharsets.UTF_8);
        long before =
                jdbc.sql("select count(*) from org_unit").query(Long.class).single();
        browser.signIn("admin", ApiIntegrationTests.ADMIN_PASSWORD);
        browser.open("/admin/org-units/import");
        var driver = browser.driver();

        driver.findElement(By.id("structureCode")).sendKeys("LOI");
        driver.findElement(By.id("structureName")).sendKeys("Danh mục lỗi");
        driver.findElement(By.id("file")).sendKeys(broken.toString());
        // The page fits the window: the menu wraps instead of widening the page, which made the browser
        // zoom out and a click at the button near the lower edge land on the form below it.
        assertThat(browser.viewportWidth()).isEqualTo(1280);
        browser.click(By.cssSelector("form[enctype] button[type=submit]"));

        String summary = browser.await()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")))
                .getText();
        assertThat(summary).contains("Dòng 3").contains("9101");
        assertThat(jdbc.sql("select count(*) from org_unit").query(Long.class).single())
                .isEqualTo(before);
        assertThat(driver.findElement(By.id("structureCode")).getAttribute("value"))
                .isEqualTo("LOI");
        browser.screenshot("admin-import-error");
    }

    @Test
    void theStandingOfficeAddsAResidentialAreaFromAPhoneAndTheAdministratorSeesItInTheTrail() {
        long sonHa = jdbc.sql("select id from org_unit where structure_code = '2024' and code = '15004'")
                .query(Long.class)
                .single();
        try (Browser phone = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            phone.signIn("thuongtruc", Api.DEMO_PASSWORD);
            phone.open("/org-units/" + sonHa);
            var driver = phone.driver();
            phone.click(By.cssSelector("#form-create summary"));
            new Select(driver.findElement(By.id("typeCode"))).selectByValue("RESIDENTIAL_AREA");
            driver.findElement(By.id("create-name")).sendKeys("   ");
            phone.click(By.cssSelector("#form-create button[type=submit]"));
            // wait for the answer to the submit instead of reading the page it was sent from
            assertThat(phone.await()
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")))
                            .getText())
                    .contains("Nhập tên đơn vị");

            driver.findElement(By.id("create-name")).clear();
            driver.findElement(By.id("create-name")).sendKeys("Bản Na Lạt");
            phone.click(By.cssSelector("#form-create button[type=submit]"));
            phone.await().until(ExpectedConditions.textToBe(By.tagName("h1"), "Bản Na Lạt"));
            assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
                    .contains("KDC");
            assertThat(driver.findElement(By.cssSelector(".breadcrumb")).getText())
                    .contains("Xã Sơn Hà");
            assertThat(phone.scrollsSideways()).isFalse();
            phone.screenshot("standing-office-new-kdc-390");
        }

        browser.signIn("admin", ApiIntegrationTests.ADMIN_PASSWORD);
        browser.open("/admin/audit?action=UNIT_CREATED&actor=thuongtruc");
        assertThat(browser.driver().findElement(By.id("audit")).getText()).contains("Bản Na Lạt");
        browser.screenshot("admin-audit");
    }
}
