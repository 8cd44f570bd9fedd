package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;

/** The journeys of people on a 390 px-wide phone, in a real Chromium. */
@IntegrationTest
class PhoneBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(port, Browser.PHONE_WIDTH, 844);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theSonHaOfficerSeesVietnameseNavigationAndGets404ForMuongMin() {
        browser.signIn("sonha", Api.DEMO_PASSWORD);
        var driver = browser.driver();

        assertThat(browser.viewportWidth()).isEqualTo(Browser.PHONE_WIDTH);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần làm");
        assertThat(browser.scrollsSideways()).isFalse();
        driver.findElement(By.cssSelector(".nav-menu summary")).click();
        List<String> menu = driver.findElements(By.cssSelector(".nav-menu .nav-link")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(menu)
                .containsExactly(
                        "Việc cần làm",
                        "Nhiệm vụ",
                        "Ngày hội",
                        "Kế hoạch",
                        "Báo cáo",
                        "Ý kiến Nhân dân",
                        "Khen thưởng",
                        "Tuyên truyền, mô hình",
                        "Đánh giá phong trào",
                        "Kinh phí",
                        "Sổ văn bản đi",
                        "Đơn vị",
                        "Thông báo",
                        "Đổi mật khẩu",
                        "Mã truy cập và lịch");
        assertThat(driver.findElement(By.cssSelector(".navbar-user button")).getText())
                .isEqualTo("Đăng xuất");
        browser.screenshot("sonha-home-390");

        long muongMin = jdbc.sql("select id from org_unit where structure_code = '2024' and code = '15025'")
                .query(Long.class)
                .single();
        browser.open("/org-units/" + muongMin);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("404");
        assertThat(driver.findElement(By.id("error-message")).getText()).startsWith("Không tìm thấy");
        assertThat(driver.getPageSource()).doesNotContain("Mường Mìn");
        assertThat(driver.findElement(By.cssSelector(".navbar-user button")).getText())
                .isEqualTo("Đăng xuất");
        browser.screenshot("sonha-404-390");

        long muongMinPlan = jdbc.sql(
                        "select p.id from plan p join org_unit o on o.id = p.unit_id where o.code = '15025'")
                .query(Long.class)
                .single();
        browser.open("/plans/" + muongMinPlan);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("404");
        browser.open("/plans/" + muongMinPlan + "/document.pdf");
        assertThat(driver.getPageSource()).contains("Không tìm thấy");

        long sonHa = jdbc.sql("select id from org_unit where structure_code = '2024' and code = '15004'")
                .query(Long.class)
                .single();
        browser.open("/org-units/" + sonHa);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Xã Sơn Hà");
        assertThat(driver.findElements(By.cssSelector("#children li")).size()).isGreaterThanOrEqualTo(5);
        assertThat(browser.scrollsSideways()).isFalse();
    }

    @Test
    void theStandingOfficeOpensTheQuanSonTreeLazilyAndFindsUnitsWithoutDiacritics() {
        browser.signIn("thuongtruc", Api.DEMO_PASSWORD);
        var driver = browser.driver();
        browser.open("/org-units");

        WebElement quanSon = driver.findElement(By.cssSelector("#tree details[data-code='387']"));
        assertThat(quanSon.findElements(By.cssSelector("ul.unit-tree > li"))).isEmpty();
        quanSon.findElement(By.cssSelector("summary .toggle")).click();
        browser.await()
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(
                        By.cssSelector("#tree details[data-code='387'] > ul.unit-tree > li"), 11));
        List<String> codes = quanSon
                .findElements(
                        By.cssSelector(":scope > ul.unit-tree > li [data-code], :scope > ul.unit-tree > li details"))
                .stream()
                .map(e -> e.getAttribute("data-code"))
                .toList();
        assertThat(codes)
                .contains(
                        "14995", "14998", "14999", "15001", "15004", "15007", "15010", "15013", "15016", "15019",
                        "15022", "15025");
        assertThat(browser.scrollsSideways()).isFalse();
        browser.screenshot("standing-office-tree-390");

        driver.findElement(By.id("q")).sendKeys("son ha");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Xã Sơn Hà"));
        browser.screenshot("standing-office-search-390");
    }
}
