package vn.ngayhoi.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * On a phone, 390 px wide: a citizen without an account sends an opinion with a photo and keeps the
 * tracking code; the commune officer answers it from a phone; once the chairman approves and the
 * office publishes it, the citizen reads the answer with the code.
 */
@IntegrationTest
class ForumBrowserTests {

    static final String PASSWORD = "Mat-khau-dien-dan-2";

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
    void aCitizenSendsWithAPhotoTheOfficerAnswersFromAPhoneAndTheCitizenReadsTheAnswer() throws Exception {
        clock.set(LocalDateTime.of(2022, 8, 10, 15, 5).atZone(Formats.ZONE).toInstant());
        Territories.account(
                context,
                "fb.thuyson",
                PASSWORD,
                "Lường Văn Thúy",
                Territories.unit(context, "15070"),
                Role.UNIT_OFFICER);
        Territories.account(
                context, "fb.chutich", PASSWORD, "Hoàng Văn Lặc", Territories.unit(context, "389"), Role.LEADER);
        Path photo = Files.createTempFile("anh-cau-", ".png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xff0000);
        ImageIO.write(image, "png", photo.toFile());
        String code;
        try (Browser citizen = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            citizen.open("/y-kien");
            var driver = citizen.driver();
            driver.findElement(By.id("communeName")).sendKeys("Xã Thúy Sơn (Huyện Ngọc Lặc)");
            new Select(driver.findElement(By.id("topic"))).selectByVisibleText("Giao thông");
            driver.findElement(By.id("text")).sendKeys("Cầu tràn đầu bản bị sụt, xe máy đi qua rất nguy hiểm.");
            driver.findElement(By.id("photos")).sendKeys(photo.toString());
            assertThat(citizen.scrollsSideways()).isFalse();
            citizen.click(By.id("send-opinion"));
            citizen.await().until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")));
            code = driver.findElement(By.id("tracking-code")).getText();
            assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Xã Thúy Sơn")
                    .contains("25/08/2022");
            citizen.screenshot("forum-sent-390");
        } finally {
            Files.deleteIfExists(photo);
        }
        long id = jdbc.sql("select id from forum_opinion where tracking_hash = ?")
                .param(vn.ngayhoi.forum.internal.TrackingCodes.hash(code))
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from forum_attachment where opinion_id = ? and content_type = 'image/png'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        try (Browser officer = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            officer.signIn("fb.thuyson", PASSWORD);
            officer.open("/");
            officer.click(By.cssSelector("a[href='/forum/" + id + "']"));
            var driver = officer.driver();
            assertThat(driver.findElement(By.id("opinion-text")).getText()).contains("Cầu tràn đầu bản bị sụt");
            driver.findElement(By.id("answer")).sendKeys("Công an xã đã đặt biển cảnh báo và báo Ủy ban xã sửa cầu.");
            assertThat(officer.scrollsSideways()).isFalse();
            officer.click(By.id("send-answer"));
            officer.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("opinion-status"), "Chờ duyệt trả lời"));
            officer.screenshot("forum-answered-390");
        }

        PageClient leader = PageClient.signedIn(port, "fb.chutich", PASSWORD);
        String page = leader.get("/forum/" + id).body();
        assertThat(leader.post("/forum/" + id + "/approve", PageClient.hiddenFields(page, "/forum/" + id + "/approve"))
                        .isRedirect())
                .isTrue();
        page = leader.get("/forum/" + id).body();
        Map<String, String> fields = new HashMap<>(PageClient.hiddenFields(page, "/forum/" + id + "/publish"));
        fields.put("question", "Cầu tràn đầu bản bị sụt, xe máy đi qua rất nguy hiểm.");
        assertThat(leader.post("/forum/" + id + "/publish", fields).isRedirect())
                .isTrue();

        try (Browser citizen = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            citizen.open("/y-kien/tra-cuu");
            citizen.driver().findElement(By.id("ma")).sendKeys(code.toLowerCase());
            citizen.click(By.cssSelector("form[action='/y-kien/tra-cuu'] button[type=submit]"));
            citizen.await().until(ExpectedConditions.presenceOfElementLocated(By.id("answer")));
            assertThat(citizen.driver().findElement(By.id("answer")).getText())
                    .isEqualTo("Công an xã đã đặt biển cảnh báo và báo Ủy ban xã sửa cầu.");
            assertThat(citizen.driver().findElement(By.id("status")).getText()).contains("Đã trả lời");
            citizen.open("/y-kien/cong-khai?unit=15070");
            assertThat(citizen.driver().findElement(By.id("answers")).getText())
                    .contains("Cầu tràn đầu bản bị sụt")
                    .contains("Công an xã đã đặt biển cảnh báo");
            assertThat(citizen.scrollsSideways()).isFalse();
        }
    }
}
