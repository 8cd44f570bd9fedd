package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.Axe;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;

/**
 * axe-core on the pages people open most (home, reports, task matrix, festival list), as the
 * standing office and as a commune officer, on a desktop and on a 390 px phone: no text may fall
 * below the WCAG AA contrast ratio. Other findings are written to target/axe.
 */
@IntegrationTest
class AccessibilityBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"thuongtruc, 1280", "thuongtruc, 390", "sonha, 1280", "sonha, 390"})
    void theMainPagesHaveNoColourContrastViolation(String username, int width) {
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        assertNoContrastViolation(
                username, width, List.of("/", "/reports?campaign=" + campaign, "/tasks/matrix", "/festivals"));
    }

    /** The other lists and the dashboard, once, on the phone the standing office also carries. */
    @Test
    void theOtherEverydayPagesHaveNoColourContrastViolationOnAPhone() {
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        long plan = jdbc.sql("select id from plan where campaign_id = ? and parent_plan_id is null order by id limit 1")
                .param(campaign)
                .query(Long.class)
                .single();
        long round = jdbc.sql("select id from commendation_round order by id limit 1")
                .query(Long.class)
                .single();
        long opinion = jdbc.sql("select id from forum_opinion where status = 'PENDING_APPROVAL' order by id limit 1")
                .query(Long.class)
                .single();
        assertNoContrastViolation(
                "thuongtruc",
                Browser.PHONE_WIDTH,
                List.of(
                        "/tasks",
                        "/plans",
                        "/plans/" + plan,
                        "/reports/dashboard?campaign=" + campaign,
                        "/reports/totals?campaign=" + campaign,
                        "/festivals/calendar",
                        "/forum",
                        "/forum/" + opinion,
                        "/commendations",
                        "/commendations/" + round,
                        "/y-kien",
                        "/y-kien/cong-khai?unit=387"));
    }

    private void assertNoContrastViolation(String username, int width, List<String> pages) {
        List<String> contrast = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try (Browser browser = new Browser(port, width, 844)) {
            browser.signIn(username, Api.DEMO_PASSWORD);
            assertThat(browser.viewportWidth()).isEqualTo(width);
            for (String path : pages) {
                browser.open(path);
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                String name = username + "-" + width + path.replaceAll("[^a-z]+", "-");
                for (Rule r : Axe.violations(browser, name)) {
                    (r.getId().equals("color-contrast") ? contrast : others)
                            .add(path + ": " + Axe.describe(List.of(r)));
                }
            }
        }
        others.forEach(o -> System.out.println("axe (not failing): " + username + " " + width + " " + o));
        assertThat(contrast).as("colour-contrast violations").isEmpty();
    }
}
