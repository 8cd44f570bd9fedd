package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * The demo on 23/08/2022, three days after the report deadline, role by role: each account's
 * to-do list says what the other pages say (one source per fact), and the home page shows the same
 * items as the API.
 */
@IntegrationTest
class DemoTodoListIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    Api api;
    long campaign;

    @BeforeEach
    void demoDay() {
        api = new Api(port);
        campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        clock.set(LocalDateTime.of(2022, 8, 23, 8, 0).atZone(Formats.ZONE).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    @Test
    void theStandingOfficeReviewsWhatWasSentChasesWhatIsMissingAndIssuesTheUpwardReport() {
        List<JsonNode> todos = todos("thuongtruc");
        Set<String> submitted =
                items(api.get("/api/v1/reports?campaign=" + campaign, "thuongtruc", Api.DEMO_PASSWORD)).stream()
                        .filter(r -> r.get("status").asString().equals("SUBMITTED"))
                        .map(r -> r.get("unitCode").asString())
                        .collect(Collectors.toSet());
        assertThat(submitted).isNotEmpty();
        assertThat(aboutDemo("thuongtruc", todos).stream()
                        .filter(t -> t.get("kind").asString().equals("REPORT_REVIEW"))
                        .map(t -> t.get("unitCode").asString())
                        .collect(Collectors.toSet()))
                .isEqualTo(submitted);

        long missing = api.get("/api/v1/campaigns/" + campaign + "/completeness", "thuongtruc", Api.DEMO_PASSWORD)
                .json()
                .get("missing")
                .asLong();
        JsonNode chase = single(aboutDemo("thuongtruc", todos), "REPORTS_MISSING");
        assertThat(chase.get("title").asString()).startsWith(missing + " đơn vị chưa gửi báo cáo kết quả năm 2022");
        assertThat(chase.get("overdueDays").asLong()).isEqualTo(3);
        assertThat(single(aboutDemo("thuongtruc", todos), "UPWARD_REPORT_ISSUE")
                        .get("url")
                        .asString())
                .isEqualTo("/reports/upward?campaign=" + campaign);
        // Most overdue first.
        List<Long> overdue =
                todos.stream().map(t -> t.get("overdueDays").asLong()).toList();
        assertThat(overdue).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(todos)
                .extracting(t -> t.get("kind").asString())
                .doesNotContain("REPORT_FILL", "FESTIVAL_REGISTER", "TASK_OPEN");
        homePageShows("thuongtruc", todos);
    }

    @Test
    void naMeoSeesItsReturnedReportFirstWithTheReason() {
        List<JsonNode> todos = todos("nameo");
        JsonNode report = items(api.get("/api/v1/reports?campaign=" + campaign, "nameo", Api.DEMO_PASSWORD))
                .get(0);
        assertThat(report.get("status").asString()).isEqualTo("RETURNED");
        String reason = api.get("/api/v1/reports/" + report.get("id").asLong(), "nameo", Api.DEMO_PASSWORD)
                .json()
                .get("returnReason")
                .asString();
        JsonNode fix = single(todos, "REPORT_FIX_RETURNED");
        assertThat(fix.get("note").asString()).isEqualTo(reason);
        assertThat(fix.get("url").asString())
                .isEqualTo("/reports/" + report.get("id").asLong());
        assertThat(todos.get(0).get("kind").asString()).isEqualTo("REPORT_FIX_RETURNED");
        homePageShows("nameo", todos);
    }

    @Test
    void sonHaWhoseReportWasAcceptedHasNoReportLeftAndItsFestivalItemsFollowItsFestival() {
        List<JsonNode> demo = aboutDemo("sonha", todos("sonha"));
        assertThat(demo).extracting(t -> t.get("kind").asString()).doesNotContain("REPORT_FILL", "REPORT_FIX_RETURNED");
        // Other tests may postpone the demo's festivals: the list follows whatever the record says.
        Set<String> states =
                items(api.get("/api/v1/festivals?campaign=" + campaign, "sonha", Api.DEMO_PASSWORD)).stream()
                        .filter(f -> f.get("unitCode").asString().equals("15004"))
                        .map(f -> f.get("status").asString())
                        .collect(Collectors.toSet());
        boolean registered = states.stream().anyMatch(Set.of("REGISTERED", "HELD", "AWAITING_RESULTS")::contains);
        assertThat(demo.stream().anyMatch(t -> t.get("kind").asString().equals("FESTIVAL_REGISTER")))
                .isEqualTo(!registered);
        assertThat(demo.stream().anyMatch(t -> t.get("kind").asString().equals("FESTIVAL_RECORD_RESULTS")))
                .isEqualTo(states.contains("AWAITING_RESULTS"));
        homePageShows("sonha", todos("sonha"));
    }

    @Test
    void muongMinsListFollowsItsReportAndItsFestival() {
        List<JsonNode> todos = todos("muongmin");
        List<JsonNode> demo = aboutDemo("muongmin", todos);
        boolean sent = items(api.get("/api/v1/reports?campaign=" + campaign, "muongmin", Api.DEMO_PASSWORD)).stream()
                .anyMatch(r ->
                        Set.of("SUBMITTED", "ACCEPTED").contains(r.get("status").asString()));
        assertThat(sent).as("the demo's Mường Mìn has not reported").isFalse();
        assertThat(single(demo, "REPORT_FILL").get("overdueDays").asLong()).isEqualTo(3);
        boolean awaiting =
                items(api.get("/api/v1/festivals?campaign=" + campaign, "muongmin", Api.DEMO_PASSWORD)).stream()
                        .anyMatch(f -> f.get("status").asString().equals("AWAITING_RESULTS"));
        assertThat(demo.stream().anyMatch(t -> t.get("kind").asString().equals("FESTIVAL_RECORD_RESULTS")))
                .isEqualTo(awaiting);
        homePageShows("muongmin", todos);
    }

    private void homePageShows(String username, List<JsonNode> todos) {
        String home =
                PageClient.signedIn(port, username, Api.DEMO_PASSWORD).get("/").body();
        for (JsonNode t : todos) {
            assertThat(home).contains("data-kind=\"" + t.get("kind").asString() + "\"");
            assertThat(home).contains(escaped(t.get("title").asString()));
        }
        assertThat(home.split("data-kind=", -1).length - 1).isEqualTo(todos.size());
    }

    /** As Thymeleaf escapes text: markup characters only, Vietnamese letters as they are. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Items about the demo's campaign: other tests add campaigns of their own under Quan Sơn. */
    private List<JsonNode> aboutDemo(String username, List<JsonNode> todos) {
        Set<String> urls = new java.util.HashSet<>();
        items(api.get("/api/v1/reports?campaign=" + campaign, username, Api.DEMO_PASSWORD))
                .forEach(r -> urls.add("/reports/" + r.get("id").asLong()));
        items(api.get("/api/v1/festivals?campaign=" + campaign, username, Api.DEMO_PASSWORD))
                .forEach(f -> urls.add("/festivals/" + f.get("id").asLong()));
        return todos.stream()
                .filter(t -> urls.contains(t.get("url").asString())
                        || t.get("url").asString().endsWith("campaign=" + campaign))
                .toList();
    }

    private List<JsonNode> todos(String username) {
        return items(api.get("/api/v1/me/todos", username, Api.DEMO_PASSWORD));
    }

    private static List<JsonNode> items(Api.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        reply.json().get("items").forEach(items::add);
        return items;
    }

    private static JsonNode single(List<JsonNode> todos, String kind) {
        List<JsonNode> found = todos.stream()
                .filter(t -> t.get("kind").asString().equals(kind))
                .toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }
}
