package vn.ngayhoi.festival;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.festival.FestivalCalendar.Entry;
import vn.ngayhoi.festival.FestivalClashes.Clash;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

/**
 * The calendar and its feeds over festivals of its own, in a campaign of its own (2015 of the demo
 * committee: every commune already has its 2022 festival): A (15007) 07:30–11:00 and B (15010)
 * 09:00–12:00 on 20/08/2022 overlap; C (15013) 13:30–16:00 that day does not. A test leader attends
 * all three; chutich attends A only (and the demo's pilot at Sơn Hà).
 */
@IntegrationTest
class FestivalCalendarIntegrationTests {

    static final String TEST_LEADER = "lanhdao.lich";
    static final String TEST_LEADER_NAME = "Đinh Văn Lịch";
    static final String CAMPAIGN = "Đợt thử lịch Ngày hội";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    vn.ngayhoi.festival.FestivalLeaders leaders;

    @Autowired
    FestivalCalendar calendar;

    @Autowired
    AccountManagement accounts;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    vn.ngayhoi.campaign.CampaignManagement campaigns;

    @Autowired
    UserDetailsService userDetails;

    Api api;
    SignedIn signedIn;
    long campaignId;
    Festival a;
    Festival b;
    Festival c;
    long leaderId;
    long chutichId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        signedIn = new SignedIn(userDetails);
        campaignId = ownCampaign();
        a = festival("15007", at(20, 7, 30), at(20, 11, 0), "Nhà văn hóa bản Xa Mang, xã thử nghiệm A");
        b = festival("15010", at(20, 9, 0), at(20, 12, 0), "Sân trường tiểu học, xã thử nghiệm B");
        c = festival("15013", at(20, 13, 30), at(20, 16, 0), "Sân vận động, xã thử nghiệm C");
        leaderId = testLeader();
        chutichId = userId("chutich");
        signedIn.as("thuongtruc");
        for (Festival f : List.of(a, b, c)) {
            leaders.assignLeader(f.id(), leaderId, TEST_LEADER);
        }
        leaders.assignLeader(a.id(), chutichId, "chutich");
        signedIn.clear();
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
    }

    @Test
    void theCampaignFeedParsesAndCarriesEachFestivalInVietnamTime() throws Exception {
        Api.Reply reply = api.get("/api/v1/campaigns/" + campaignId + "/calendar.ics", "thuongtruc", Api.DEMO_PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualToIgnoringWhitespace("text/calendar;charset=UTF-8");
        String body = reply.body();
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(body.replace("\r\n", ""))
                .as("no bare LF or CR")
                .doesNotContain("\n")
                .doesNotContain("\r");
        assertThat(body.split("\r\n"))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(body).contains("PRODID:").contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n");

        Calendar parsed = new CalendarBuilder().build(new StringReader(body));
        VEvent event = event(parsed, a.id());
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("Ngày hội toàn dân bảo vệ ANTQ – " + a.unitName());
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Nhà văn hóa bản Xa Mang, xã thử nghiệm A");
        Property start = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(start.getValue()).isEqualTo("20220820T073000");
        Temporal startTime = event.getDateTimeStart().getDate();
        assertThat(localTime(startTime)).isEqualTo(LocalDateTime.of(2022, 8, 20, 7, 30));
        assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20220820T110000");
        assertThat(event.getProperty(Property.DTSTAMP)).isPresent();
        assertThat(uids(parsed)).contains(uid(b.id()), uid(c.id()));
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirOwnCommunesFestivals() throws Exception {
        Api.Reply reply = api.get("/api/v1/campaigns/" + campaignId + "/calendar.ics", "muongmin", Api.DEMO_PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        Set<String> seen = uids(new CalendarBuilder().build(new StringReader(reply.body())));
        assertThat(seen).doesNotContain(uid(a.id()), uid(b.id()), uid(c.id()));
        assertThat(reply.body()).doesNotContain("thử nghiệm");
    }

    @Test
    void theLeadersOwnFeedHoldsExactlyTheFestivalsAssignedToThem() throws Exception {
        Api.Reply reply = api.get("/api/v1/me/calendar.ics", "chutich", Api.DEMO_PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/calendar");
        Set<String> expected = jdbc
                .sql("select festival_id from festival_leader where user_id = ?")
                .param(chutichId)
                .query(Long.class)
                .list()
                .stream()
                .map(FestivalCalendarIntegrationTests::uid)
                .collect(Collectors.toSet());
        Set<String> seen = uids(new CalendarBuilder().build(new StringReader(reply.body())));
        assertThat(seen).isEqualTo(expected).contains(uid(a.id())).doesNotContain(uid(b.id()), uid(c.id()));
    }

    @Test
    void theCalendarMarksBothOverlappingFestivalsOfALeaderAndNotTheOthers() {
        signedIn.as("thuongtruc");

        List<Entry> entries = calendar.entries(campaignId, null, null);

        assertThat(clashesOn(entries, a)).extracting(x -> x.leader().fullName()).contains(TEST_LEADER_NAME);
        assertThat(clashesOn(entries, a))
                .filteredOn(x -> x.leader().userId() == leaderId)
                .extracting(x -> x.other().id())
                .containsExactly(b.id());
        assertThat(clashesOn(entries, b))
                .filteredOn(x -> x.leader().userId() == leaderId)
                .extracting(x -> x.other().id())
                .containsExactly(a.id());
        assertThat(clashesOn(entries, c))
                .filteredOn(x -> x.leader().userId() == leaderId)
                .isEmpty();
        assertThat(entry(entries, a).leaders())
                .extracting(l -> l.fullName())
                .contains(TEST_LEADER_NAME, "Lương Tiến Thành");
    }

    @Test
    void theCalendarFiltersByTypeAndTierAndLaysOutWeeks() {
        signedIn.as("thuongtruc");

        List<Entry> communes = calendar.entries(campaignId, null, 3);
        List<Entry> below = calendar.entries(campaignId, null, 4);
        List<Entry> ofType = calendar.entries(campaignId, a.unitTypeCode(), null);
        List<Entry> agencies = calendar.entries(campaignId, "AGENCY", null);

        assertThat(communes).extracting(e -> e.festival().id()).contains(a.id(), b.id(), c.id());
        assertThat(below).extracting(e -> e.festival().id()).doesNotContain(a.id());
        assertThat(ofType).extracting(e -> e.festival().id()).contains(a.id());
        assertThat(agencies).extracting(e -> e.festival().id()).doesNotContain(a.id());

        var weeks = FestivalCalendar.month(YearMonth.of(2022, 8), communes);
        assertThat(weeks).hasSize(5).allSatisfy(w -> assertThat(w.days()).hasSize(7));
        assertThat(weeks.get(0).days().get(0).date()).isEqualTo(LocalDate.of(2022, 8, 1)); // a Monday
        var twentieth = weeks.get(2).days().get(5);
        assertThat(twentieth.date()).isEqualTo(LocalDate.of(2022, 8, 20));
        assertThat(twentieth.entries()).extracting(e -> e.festival().id()).contains(a.id(), b.id(), c.id());
    }

    @Test
    void theCalendarPagesShowClashesLeadersAndTheSchedule() {
        String office = login("thuongtruc");

        Api.Reply month =
                api.getWithCookie("/festivals/calendar?campaign=" + campaignId + "&view=month&month=2022-08", office);
        assertThat(month.status()).isEqualTo(200);
        assertThat(month.body())
                .contains(a.unitName())
                .contains("Trùng lịch: " + TEST_LEADER_NAME)
                .contains("Đã đăng ký")
                .contains("07:30");
        Api.Reply list = api.getWithCookie("/festivals/calendar?campaign=" + campaignId + "&view=list", office);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(a.unitName()).contains("20/08/2022");

        Api.Reply assign = api.getWithCookie("/festivals/" + a.id() + "/leaders", office);
        assertThat(assign.status()).isEqualTo(200);
        assertThat(assign.body()).contains(TEST_LEADER_NAME).contains("/leaders/" + leaderId + "/remove");

        Api.Reply schedule = api.getWithCookie("/festivals/schedule", login("chutich"));
        assertThat(schedule.status()).isEqualTo(200);
        assertThat(schedule.body()).contains(a.unitName()).doesNotContain(b.unitName());
    }

    @Test
    void assigningALeaderThroughThePageWarnsOfAClash() {
        String office = login("thuongtruc");
        String page =
                api.getWithCookie("/festivals/" + b.id() + "/leaders", office).body();
        // chutich attends A, which overlaps B: the candidate list says so before assigning.
        assertThat(page).contains("Lương Tiến Thành");

        Api.Reply posted = api.postForm(
                "/festivals/" + b.id() + "/leaders", "userId=" + chutichId + "&_csrf=" + csrf(page), office);
        try {
            assertThat(posted.status()).isEqualTo(302);
            String after = api.getWithCookie("/festivals/" + b.id() + "/leaders", office)
                    .body();
            assertThat(after).contains("Trùng lịch").contains(a.unitName());
            assertThat(jdbc.sql("select count(*) from festival_leader where festival_id = ? and user_id = ?")
                            .params(b.id(), chutichId)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            signedIn.as("thuongtruc");
            leaders.removeLeader(b.id(), chutichId);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private long ownCampaign() {
        return jdbc.sql("select id from campaign where year = 2015 and name = ?")
                .param(CAMPAIGN)
                .query(Long.class)
                .optional()
                .orElseGet(() -> campaigns
                        .systemCreate(new vn.ngayhoi.campaign.NewCampaign(
                                jdbc.sql("select committee_id from campaign where year = 2022")
                                        .query(Long.class)
                                        .single(),
                                2015,
                                CAMPAIGN,
                                LocalDate.of(2022, 8, 1),
                                LocalDate.of(2022, 8, 31),
                                LocalDate.of(2022, 9, 5),
                                null,
                                null,
                                null,
                                null,
                                List.of()))
                        .id());
    }

    private Festival festival(String unitCode, OffsetDateTime starts, OffsetDateTime ends, String venue) {
        long unitId = jdbc.sql("select id from org_unit where structure_code = '2024' and code = ?")
                .param(unitCode)
                .query(Long.class)
                .single();
        Long existing = jdbc.sql("select id from festival where campaign_id = ? and unit_id = ?")
                .params(campaignId, unitId)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            signedIn.as("thuongtruc");
            try {
                return festivals.get(existing);
            } finally {
                signedIn.clear();
            }
        }
        return festivals.systemCreate(
                campaignId,
                unitId,
                starts,
                ends,
                venue,
                false,
                FestivalStatus.REGISTERED,
                new FestivalDetails(null, null, null, null, null, null, null, null),
                null);
    }

    private long testLeader() {
        return jdbc.sql("select id from app_user where username = ?")
                .param(TEST_LEADER)
                .query(Long.class)
                .optional()
                .orElseGet(() -> accounts.systemCreate(
                                TEST_LEADER,
                                Api.DEMO_PASSWORD,
                                TEST_LEADER_NAME,
                                "Phó Trưởng Ban Chỉ đạo (tài khoản thử)",
                                units.systemFind("2024", "387").orElseThrow(),
                                Set.of(Role.LEADER))
                        .id());
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private static OffsetDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2022, 8, day, hour, minute).atZone(Formats.ZONE).toOffsetDateTime();
    }

    private static String uid(long festivalId) {
        return "festival-" + festivalId + "@ngayhoi";
    }

    private static Set<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).stream()
                .map(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .collect(Collectors.toSet());
    }

    private static VEvent event(Calendar calendar, long festivalId) {
        return calendar.<VEvent>getComponents(net.fortuna.ical4j.model.Component.VEVENT).stream()
                .filter(e ->
                        e.getProperty(Property.UID).orElseThrow().getValue().equals(uid(festivalId)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no VEVENT " + uid(festivalId)));
    }

    private static LocalDateTime localTime(Temporal t) {
        if (t instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(Formats.ZONE).toLocalDateTime();
        }
        if (t instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(Formats.ZONE).toLocalDateTime();
        }
        return LocalDateTime.from(t);
    }

    private static Entry entry(List<Entry> entries, Festival f) {
        return entries.stream()
                .filter(e -> e.festival().id() == f.id())
                .findFirst()
                .orElseThrow(() -> new AssertionError("festival " + f.id() + " not on the calendar"));
    }

    private static List<Clash> clashesOn(List<Entry> entries, Festival f) {
        return entry(entries, f).clashes();
    }

    private String login(String username) {
        Api.Reply page = api.get("/login");
        String cookie = cookie(page);
        Api.Reply ok = api.postForm(
                "/login",
                "username=" + username + "&password=" + URLEncoder.encode(Api.DEMO_PASSWORD, StandardCharsets.UTF_8)
                        + "&_csrf=" + csrf(page.body()),
                cookie);
        assertThat(ok.status()).isEqualTo(302);
        assertThat(ok.header("Location")).doesNotContain("error");
        return cookie(ok);
    }

    private static String cookie(Api.Reply reply) {
        return reply.header("Set-Cookie").split(";")[0];
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }
}
