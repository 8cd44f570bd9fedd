package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;

/**
 * No page shows the plan's typed markup ("**") or a year formatted as a number ("2.022"), which is
 * what MessageFormat does to an int year in Vietnamese.
 */
@IntegrationTest
class NoRawMarkupOrDottedYearsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTaskMadeFromAPlanItemShowsItsDutyWithEmphasisNotStars() {
        long task = jdbc.sql("select id from task where duty like '%**%' order by id limit 1")
                .query(Long.class)
                .single();
        String html = PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD)
                .get("/tasks/" + task)
                .body();
        String duty = html.substring(html.indexOf("id=\"task-duty\""));
        duty = duty.substring(0, duty.indexOf("</div>"));
        assertThat(duty).contains("<strong>").doesNotContain("**");
    }

    @Test
    void theEverydayPagesShowNeitherStarsNorDottedYears() {
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        long plan = jdbc.sql("select id from plan where campaign_id = ? and parent_plan_id is null order by id limit 1")
                .param(campaign)
                .query(Long.class)
                .single();
        for (String user : List.of("thuongtruc", "sonha")) {
            PageClient client = PageClient.signedIn(port, user, Api.DEMO_PASSWORD);
            for (String path : List.of(
                    "/",
                    "/tasks",
                    "/festivals",
                    "/plans",
                    "/plans/" + plan,
                    "/reports?campaign=" + campaign,
                    "/notifications")) {
                PageClient.Page page = client.get(path);
                assertThat(page.status()).as(user + " " + path).isEqualTo(200);
                assertThat(page.body())
                        .as(user + " " + path)
                        .doesNotContain("**")
                        .doesNotContain("2.022");
            }
        }
        // The buttons that carry the campaign's year read it plainly.
        PageClient office = PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD);
        assertThat(office.get("/festivals").body()).contains("Đăng ký Ngày hội năm 2022");
        assertThat(office.get("/tasks").body()).contains("Soạn công văn đôn đốc 2022");
    }
}
