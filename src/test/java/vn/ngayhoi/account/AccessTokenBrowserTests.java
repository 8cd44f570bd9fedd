package vn.ngayhoi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.Axe;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;

/** The account menu's page for access tokens and calendar URLs, on a phone. */
@IntegrationTest
class AccessTokenBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anOfficerMakesACalendarUrlAndATokenOnAPhoneAndRevokesTheToken() {
        Api api = new Api(port);
        try (Browser phone = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            phone.signIn("muongmin", Api.DEMO_PASSWORD);
            phone.open("/account/tokens");
            var driver = phone.driver();
            assertThat(phone.viewportWidth()).isLessThanOrEqualTo(Browser.PHONE_WIDTH);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mã truy cập và lịch đăng ký");

            driver.findElement(By.id("feed-name")).sendKeys("Điện thoại của tôi");
            phone.click(By.cssSelector("#new-feed button[type=submit]"));
            var feed = phone.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("created-feed")));
            String url = driver.findElement(By.id("feed-url")).getAttribute("value");
            assertThat(url).contains("/calendar/nhc_").endsWith(".ics");
            var qr = feed.findElement(By.tagName("img"));
            assertThat(qr.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
            assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                            .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", qr))
                    .as("the QR image renders")
                    .isTrue();
            assertThat(feed.getText()).contains("iPhone").contains("Android");
            assertThat(phone.scrollsSideways()).isFalse();
            assertThat(Axe.violations(phone, "account-tokens")).isEmpty();
            Api.Reply ics = api.get(url.substring(url.indexOf("/calendar/")));
            assertThat(ics.status()).isEqualTo(200);
            assertThat(ics.body()).startsWith("BEGIN:VCALENDAR");

            driver.findElement(By.id("name")).sendKeys("Hệ thống của tỉnh");
            phone.click(By.cssSelector("#new-token button[type=submit]"));
            phone.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("created-token")));
            String token = driver.findElement(By.id("token-secret")).getAttribute("value");
            assertThat(api.getBearer("/api/v1/me", token).json().get("username").asString())
                    .isEqualTo("muongmin");
            assertThat(phone.scrollsSideways()).isFalse();

            phone.open("/account/tokens");
            assertThat(driver.getPageSource()).doesNotContain(token);
            phone.click(By.cssSelector("#api-tokens li:first-child button[type=submit]"));
            phone.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
            assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
                    .contains("Hệ thống của tỉnh");
            assertThat(api.getBearer("/api/v1/me", token).status()).isEqualTo(401);
        }
    }

    @Test
    void anAdministratorRevokesAnotherAccountsTokenFromThePage() {
        Api api = new Api(port);
        Api.Reply created = api.postJson(
                "/api/v1/me/tokens",
                "theodoi",
                Api.DEMO_PASSWORD,
                "{\"name\":\"Máy của Sở\",\"scope\":\"read\",\"expiresAt\":\"2022-12-31T17:00:00\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String token = created.json().get("token").asString();
        long id = created.json().get("id").asLong();

        PageClient admin = PageClient.signedIn(port, "admin", "Admin-Test-Password-1");
        PageClient.Page page = admin.get("/account/tokens");
        assertThat(page.body()).contains("Máy của Sở").contains("theodoi");
        // Another officer sees only their own.
        assertThat(PageClient.signedIn(port, "sonha", Api.DEMO_PASSWORD)
                        .get("/account/tokens")
                        .body())
                .doesNotContain("Máy của Sở");

        PageClient.Page revoked =
                admin.post("/account/tokens/" + id + "/revoke", Map.of("_csrf", PageClient.csrf(page.body())));
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(api.getBearer("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void aFormPostWithoutCsrfIsRefusedAndNothingIsMade() {
        PageClient client = PageClient.signedIn(port, "nameo", Api.DEMO_PASSWORD);
        PageClient.Page refused = client.post(
                "/account/tokens", Map.of("name", "Không có CSRF", "scope", "read", "expiresOn", "2022-12-31"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(client.get("/account/tokens").body()).doesNotContain("Không có CSRF");
    }
}
