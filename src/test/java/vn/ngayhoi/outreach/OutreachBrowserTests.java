package vn.ngayhoi.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
 * On a phone, 390 px wide: a commune officer logs a loudspeaker broadcast with a photo on one page
 * (channel, count, photo, save), and the standing office's summary shows the district's broadcasts
 * moved by that count, in the figure that links to the entries.
 */
@IntegrationTest
class OutreachBrowserTests {

    static final String PASSWORD = "Mat-khau-tuyen-truyen-6";
    static final Pattern LOUDSPEAKER = Pattern.compile("id=\"total-LOUDSPEAKER\"[^>]*>([0-9.]+)<");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommuneOfficerLogsABroadcastWithAPhotoOnOnePageAndTheOfficeSeesTheCountMove() throws Exception {
        Territories.Territory t = Territories.create(context, "399", 2045);
        OrgUnit commune = context
                .getBean(OrgUnitManagement.class)
                .systemUnitsOfTypes(t.district().path(), ModelRegistry.COMMUNE_TYPES)
                .stream()
                .min(Comparator.comparing(OrgUnit::code))
                .orElseThrow();
        Territories.account(context, "ob.xa", PASSWORD, "Cán bộ xã thử", commune, Role.UNIT_OFFICER);
        Territories.account(context, "ob.thuongtruc", PASSWORD, "Thường trực thử", t.district(), Role.STANDING_OFFICE);
        PageClient office = PageClient.signedIn(port, "ob.thuongtruc", PASSWORD);
        String summary = "/outreach/summary?campaign=" + t.campaign().id();
        long before = loudspeaker(office.get(summary).body());

        Path photo = Files.createTempFile("loa-", ".png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x00ff00);
        ImageIO.write(image, "png", photo.toFile());
        try (Browser officer = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            officer.signIn("ob.xa", PASSWORD);
            officer.open("/outreach/propaganda");
            var driver = officer.driver();
            new Select(driver.findElement(By.id("channel"))).selectByValue("LOUDSPEAKER");
            driver.findElement(By.id("count")).sendKeys("5");
            driver.findElement(By.id("photo")).sendKeys(photo.toString());
            assertThat(officer.scrollsSideways()).isFalse();
            officer.click(By.id("save-log"));
            officer.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entries li")));
            assertThat(driver.findElement(By.id("entries")).getText())
                    .contains("Loa truyền thanh")
                    .contains(commune.name())
                    .contains("10/08/2022");
            assertThat(officer.scrollsSideways()).isFalse();
            officer.screenshot("outreach-logged-390");
        } finally {
            Files.deleteIfExists(photo);
        }
        assertThat(jdbc.sql("""
                        select count(*) from outreach_propaganda
                        where unit_id = ? and channel = 'LOUDSPEAKER' and count = 5 and photo_type = 'image/png'
                        """).param(commune.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(loudspeaker(office.get(summary).body())).isEqualTo(before + 5);
    }

    private static long loudspeaker(String html) {
        Matcher m = LOUDSPEAKER.matcher(html);
        assertThat(m.find()).as("the summary shows the broadcasts").isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }
}
