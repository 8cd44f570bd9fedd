package vn.ngayhoi.festival;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

/**
 * Sơn Hà registers its festival from a phone with the programme prefilled from the plan; the standing
 * office assigns the chairman; the chairman's schedule shows it; the campaign's .ics parses.
 */
@IntegrationTest
class FestivalBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanManagement plans;

    @Autowired
    vn.ngayhoi.plan.PlanDerivations derivations;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        new SignedIn(userDetails).clear();
    }

    @Test
    void registerFromAPhoneAssignTheChairmanSeeTheScheduleAndParseTheCalendar() throws Exception {
        // A campaign of its own (the 2022 demo already has Sơn Hà's festival): next year's from 2022.
        SignedIn signedIn = new SignedIn(userDetails);
        signedIn.as("thuongtruc");
        long from = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        long campaign = derivations.cloneCampaign(from, 2027).campaignId();
        signedIn.clear();

        long festivalId;
        try (Browser phone = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            phone.signIn("sonha", Api.DEMO_PASSWORD);
            phone.open("/festivals");
            phone.click(By.cssSelector("[data-register='2027']"));
            var driver = phone.driver();
            assertThat(driver.findElement(By.id("programme")).getAttribute("value"))
                    .startsWith("Lễ chào cờ")
                    .contains("kết thúc buổi lễ");
            assertThat(driver.findElement(By.id("date")).getAttribute("value")).isEqualTo("2027-08-13");
            driver.findElement(By.id("venue")).sendKeys("Sân vận động trung tâm xã Sơn Hà");
            assertThat(phone.scrollsSideways()).isFalse();
            phone.screenshot("sonha-festival-form-390");
            phone.click(By.id("register-festival"));
            phone.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("festival-status"), "Đã đăng ký"));
            assertThat(driver.findElement(By.id("programme")).getText()).contains("Lễ chào cờ");
            String url = driver.getCurrentUrl();
            festivalId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        }

        try (Browser office = new Browser(port, 1280, 900)) {
            office.signIn("thuongtruc", Api.DEMO_PASSWORD);
            office.open("/festivals/" + festivalId + "/leaders");
            new Select(office.driver().findElement(By.name("userId"))).selectByVisibleText("Lương Tiến Thành");
            office.click(By.cssSelector("form[action$='/leaders'] button[type=submit]"));
            office.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Lương Tiến Thành"));
        }

        try (Browser leader = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            leader.signIn("chutich", Api.DEMO_PASSWORD);
            leader.open("/festivals/schedule");
            assertThat(leader.driver().findElement(By.tagName("main")).getText())
                    .contains("Xã Sơn Hà")
                    .contains("13/08/2027");
        }

        var ics = new Api(port).get("/api/v1/campaigns/" + campaign + "/calendar.ics", "thuongtruc", Api.DEMO_PASSWORD);
        assertThat(ics.status()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<String> locations = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> e.getProperty(Property.LOCATION).orElseThrow().getValue())
                .toList();
        assertThat(locations).contains("Sân vận động trung tâm xã Sơn Hà");
    }
}
