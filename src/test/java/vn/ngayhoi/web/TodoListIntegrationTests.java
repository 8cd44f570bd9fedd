package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalCommand;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * The to-do list against a territory of its own (huyện Mường Lát, dated in 2022), so the demo stays as it
 * is: each obligation appears for the right account, through the API and on the home page, and
 * disappears with the action that settles it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TodoListIntegrationTests {

    static final String PASSWORD = "Muong-Lat-2022";
    static final String OFFICE = "ml.thuongtruc";
    static final String COMMUNE = "ml.tamchung";
    static final String TAM_CHUNG = "14848";

    @Autowired
    OrgUnitManagement units;

    @Autowired
    ReportManagement reports;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    @LocalServerPort
    int port;

    Api api;
    SignedIn signedIn;
    Campaign campaign;
    OrgUnit tamChung;
    long assignedCommunes;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        signedIn = new SignedIn(userDetails);
        Territories.Territory t = Territories.create(context, "384", 2019);
        campaign = t.campaign();
        OrgUnit muongLat = t.district();
        tamChung = Territories.unit(context, TAM_CHUNG);
        var form = t.form();
        Territories.account(context, OFFICE, PASSWORD, "Cầm Văn Thử", muongLat, Role.STANDING_OFFICE);
        Territories.account(context, COMMUNE, PASSWORD, "Lò Văn Thử", tamChung, Role.UNIT_OFFICER);
        assignedCommunes = signedIn.as(OFFICE, () -> units.children(muongLat.id())).stream()
                .filter(u -> form.assignTypes().contains(u.typeCode()))
                .count();
    }

    @AfterEach
    void resetClock() {
        signedIn.clear();
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    @Test
    void everyObligationAppearsForItsAccountAndGoesWithTheActionThatSettlesIt() {
        clock.set(at(10, 8));
        // Before the deadline: the commune has its festival to register and its report to send.
        assertThat(kinds(COMMUNE)).containsExactlyInAnyOrder("FESTIVAL_REGISTER", "REPORT_FILL");
        assertThat(item(COMMUNE, "REPORT_FILL").get("unitName").asString()).isEqualTo("Xã Tam Chung");
        assertThat(item(COMMUNE, "REPORT_FILL").get("dueDate").asString()).isEqualTo("2022-08-20");
        assertThat(item(COMMUNE, "REPORT_FILL").get("overdueDays").asLong()).isZero();
        assertThat(kinds(OFFICE)).isEmpty();

        Festival festival = signedIn.as(
                COMMUNE,
                () -> festivals.create(new FestivalCommand(
                        campaign.id(),
                        TAM_CHUNG,
                        OffsetDateTime.of(
                                2022,
                                8,
                                12,
                                7,
                                30,
                                0,
                                0,
                                Formats.ZONE.getRules().getOffset(LocalDateTime.of(2022, 8, 12, 7, 30))),
                        OffsetDateTime.of(
                                2022,
                                8,
                                12,
                                11,
                                0,
                                0,
                                0,
                                Formats.ZONE.getRules().getOffset(LocalDateTime.of(2022, 8, 12, 11, 0))),
                        "Sân văn hóa bản Tà Cóm",
                        false,
                        null,
                        null,
                        true)));
        assertThat(kinds(COMMUNE)).containsExactlyInAnyOrder("REPORT_FILL");

        // The day has passed: its results are owed.
        clock.set(at(13, 8));
        assertThat(kinds(COMMUNE)).containsExactlyInAnyOrder("FESTIVAL_RECORD_RESULTS", "REPORT_FILL");
        assertThat(item(COMMUNE, "FESTIVAL_RECORD_RESULTS").get("url").asString())
                .isEqualTo("/festivals/" + festival.id());
        assertThat(item(COMMUNE, "FESTIVAL_RECORD_RESULTS").get("overdueDays").asLong())
                .isEqualTo(1);
        signedIn.as(
                COMMUNE,
                () -> festivals.recordResults(festival.id(), Map.of("PEOPLE", 320), List.of(true), List.of(), null));
        assertThat(kinds(COMMUNE)).containsExactlyInAnyOrder("REPORT_FILL");

        // Sent: the commune's item goes, the standing office's review comes.
        Report report = signedIn.as(COMMUNE, () -> reports.open(campaign.id(), TAM_CHUNG));
        assertThat(item(COMMUNE, "REPORT_FILL").get("url").asString()).isEqualTo("/reports/" + report.id());
        signedIn.as(COMMUNE, () -> reports.submit(report.id(), entry(), report.version()));
        assertThat(kinds(COMMUNE)).isEmpty();
        assertThat(kinds(OFFICE)).containsExactly("REPORT_REVIEW");
        assertThat(item(OFFICE, "REPORT_REVIEW").get("title").asString()).contains("Xã Tam Chung");

        // Returned with a reason: the commune reads it in its list.
        String reason = "Thiếu số người tham dự theo từng nhóm";
        signedIn.as(OFFICE, () -> reports.returnToUnit(report.id(), reason));
        assertThat(kinds(OFFICE)).isEmpty();
        assertThat(kinds(COMMUNE)).containsExactly("REPORT_FIX_RETURNED");
        assertThat(item(COMMUNE, "REPORT_FIX_RETURNED").get("note").asString()).isEqualTo(reason);
        Report returned = signedIn.as(COMMUNE, () -> reports.get(report.id()));
        signedIn.as(COMMUNE, () -> reports.submit(returned.id(), entry(), returned.version()));
        assertThat(kinds(COMMUNE)).isEmpty();
        signedIn.as(OFFICE, () -> reports.accept(report.id()));
        assertThat(kinds(OFFICE)).isEmpty();
        assertThat(kinds(COMMUNE)).isEmpty();

        // After the deadline: the units still missing, and the upward report to draft, overdue first.
        clock.set(at(23, 8));
        List<JsonNode> office = items(OFFICE);
        assertThat(office)
                .extracting(n -> n.get("kind").asString())
                .containsExactly("REPORTS_MISSING", "UPWARD_REPORT_DRAFT");
        assertThat(office.get(0).get("title").asString())
                .startsWith((assignedCommunes - 1) + " đơn vị chưa gửi báo cáo kết quả năm 2019");
        assertThat(office.get(0).get("overdueDays").asLong()).isEqualTo(3);
        assertThat(office.get(1).get("url").asString()).isEqualTo("/reports/upward?campaign=" + campaign.id());
    }

    @Test
    void theHomePageShowsTheSameListWithOverdueInRed() {
        clock.set(at(25, 8));
        List<JsonNode> items = items(OFFICE);
        assertThat(items).isNotEmpty();
        String cookie = signIn(OFFICE);
        String home = api.getWithCookie("/", cookie).body();
        for (JsonNode item : items) {
            assertThat(home).contains(item.get("title").asString().replace("\"", "&quot;"));
        }
        long overdue =
                items.stream().filter(i -> i.get("overdueDays").asLong() > 0).count();
        assertThat(overdue).isPositive();
        assertThat(home.split("badge text-bg-danger", -1).length - 1).isEqualTo((int) overdue);
        assertThat(home).contains("Quá hạn 5 ngày");
    }

    private String signIn(String username) {
        Api.Reply page = api.get("/login");
        Api.Reply ok = api.postForm(
                "/login",
                "username=" + username + "&password=" + PASSWORD + "&_csrf=" + Api.csrf(page.body()),
                Api.sessionCookie(page));
        assertThat(ok.header("Location")).isEqualTo("/");
        return Api.sessionCookie(ok);
    }

    private Entry entry() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("participants", "320");
        v.put("collectives_proposed", "1");
        v.put("collectives_commended", "1");
        return new Entry(v, new ReportData.Narrative("Tổ chức đúng kế hoạch tại bản Tà Cóm.", null, null, null));
    }

    private List<JsonNode> items(String username) {
        Api.Reply reply = api.get("/api/v1/me/todos", username, PASSWORD);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        List<JsonNode> items = new ArrayList<>();
        body.get("items").forEach(items::add);
        assertThat(body.get("total").asInt()).isEqualTo(items.size());
        for (JsonNode item : items) {
            for (String field : List.of("kind", "title", "unitCode", "unitName", "dueDate", "overdueDays", "url")) {
                assertThat(item.has(field)).as(field).isTrue();
            }
        }
        return items;
    }

    private List<String> kinds(String username) {
        return items(username).stream().map(n -> n.get("kind").asString()).toList();
    }

    private JsonNode item(String username, String kind) {
        return items(username).stream()
                .filter(n -> n.get("kind").asString().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private static java.time.Instant at(int day, int hour) {
        return LocalDateTime.of(2022, 8, day, hour, 0).atZone(Formats.ZONE).toInstant();
    }
}
