package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.festival.FestivalCommand;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.TestClockConfiguration;
import vn.ngayhoi.task.TaskManagement;

/**
 * Every hand-off sends one notice to the accounts that act next and to nobody else, on a territory
 * of its own (huyện Bá Thước, a campaign numbered 2017) with a standing office, a leader, a viewer and
 * three communes' officers; each notice names the unit and the document.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoffNoticesIntegrationTests {

    static final String PASSWORD = "Ba-Thuoc-2022";
    static final String OFFICE = "bt.thuongtruc";
    static final String LEADER = "bt.chutich";
    static final String VIEWER = "bt.theodoi";
    static final String CANH_NANG = "bt.canhnang";
    static final String DIEN_THUONG = "bt.dienthuong";
    static final String DIEN_HA = "bt.dienha";

    @Autowired
    PlanManagement plans;

    @Autowired
    ReportManagement reports;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    vn.ngayhoi.festival.FestivalLeaders leaders;

    @Autowired
    TaskManagement tasks;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    Campaign campaign;
    OrgUnit baThuoc;

    @BeforeAll
    void setUp() {
        signedIn = new SignedIn(userDetails);
        Territories.Territory t = Territories.create(context, "386", 2017);
        baThuoc = t.district();
        campaign = t.campaign();
        account(OFFICE, "Hà Văn Thường", baThuoc, Role.STANDING_OFFICE);
        account(LEADER, "Trương Văn Chủ", baThuoc, Role.LEADER);
        account(VIEWER, "Lò Thị Xem", baThuoc, Role.VIEWER);
        account(CANH_NANG, "Hà Thị Nàng", unit("14923"), Role.UNIT_OFFICER);
        account(DIEN_THUONG, "Cao Văn Thượng", unit("14926"), Role.UNIT_OFFICER);
        account(DIEN_HA, "Lương Văn Hạ", unit("14929"), Role.UNIT_OFFICER);
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    @Test
    void aPlanTellsItsApproverItsAuthorsAndItsRecipients() {
        long demoPlan = jdbc.sql("select p.id from plan p join campaign c on c.id = p.campaign_id"
                        + " where c.year = 2022 and p.parent_plan_id is null")
                .query(Long.class)
                .single();
        PlanContent demo = plans.systemGet(demoPlan).orElseThrow().content();
        PlanContent content = new PlanContent(
                demo.parentBody(),
                "BAN CHỈ ĐẠO 138 HUYỆN BÁ THƯỚC",
                demo.issuerAbbreviation(),
                "Bá Thước",
                "Tổ chức Ngày hội toàn dân bảo vệ ANTQ huyện Bá Thước",
                demo.citations(),
                demo.preamble(),
                demo.sections(),
                List.of(),
                List.of(),
                demo.signature(),
                demo.ceremonySteps(),
                demo.festivalActivities(),
                demo.banner());
        Plan plan = signedIn.as(
                OFFICE,
                () -> plans.create(campaign.id(), content, List.of("COMMUNE", "TOWNSHIP"), LocalDate.of(2022, 7, 29)));

        String subject = "Tổ chức Ngày hội toàn dân bảo vệ ANTQ huyện Bá Thước";
        assertThat(noticesOf(() -> signedIn.as(OFFICE, () -> plans.submit(plan.id()))))
                .containsExactly(Map.entry(LEADER, "plan.notice.submitted"));
        assertThat(lastText(LEADER)).contains(subject).contains("Ban Chỉ đạo 138 huyện Bá Thước");
        assertThat(noticesOf(() -> signedIn.as(LEADER, () -> plans.sendBack(plan.id(), "Bổ sung lịch xã điểm"))))
                .containsExactly(Map.entry(OFFICE, "plan.notice.returned"));
        assertThat(lastText(OFFICE)).contains("Bổ sung lịch xã điểm");
        signedIn.as(OFFICE, () -> plans.submit(plan.id()));
        assertThat(noticesOf(() -> signedIn.as(LEADER, () -> plans.approve(plan.id()))))
                .containsExactly(Map.entry(OFFICE, "plan.notice.approved"));

        clock.set(at(2022, 7, 10, 9));
        Set<Map.Entry<String, String>> issued = noticesOf(() -> signedIn.as(OFFICE, () -> plans.issue(plan.id())));
        assertThat(issued)
                .filteredOn(e -> e.getValue().equals("plan.notice.issued"))
                .containsExactlyInAnyOrder(
                        Map.entry(CANH_NANG, "plan.notice.issued"),
                        Map.entry(DIEN_THUONG, "plan.notice.issued"),
                        Map.entry(DIEN_HA, "plan.notice.issued"));
        assertThat(issued).extracting(Map.Entry::getKey).doesNotContain(OFFICE, LEADER, VIEWER);
        assertThat(lastText(DIEN_HA)).contains("01/KH-").contains(subject);
    }

    @Test
    void aReportTellsTheReviewingLevelAndThenTheUnit() {
        Report report = signedIn.as(CANH_NANG, () -> reports.open(campaign.id(), "14923"));
        assertThat(noticesOf(
                        () -> signedIn.as(CANH_NANG, () -> reports.submit(report.id(), entry(), report.version()))))
                .containsExactly(Map.entry(OFFICE, "report.notice.submitted"));
        assertThat(lastText(OFFICE)).contains("Thị trấn Cành Nàng").contains("2017");
        assertThat(noticesOf(() -> signedIn.as(CANH_NANG, () -> reports.recall(report.id()))))
                .containsExactly(Map.entry(OFFICE, "report.notice.recalled"));
        Report recalled = signedIn.as(CANH_NANG, () -> reports.get(report.id()));
        signedIn.as(CANH_NANG, () -> reports.submit(recalled.id(), entry(), recalled.version()));
        assertThat(noticesOf(
                        () -> signedIn.as(OFFICE, () -> reports.returnToUnit(report.id(), "Thiếu số người tham dự"))))
                .containsExactly(Map.entry(CANH_NANG, "report.notice.returned"));
        assertThat(lastText(CANH_NANG)).contains("Thiếu số người tham dự").contains("Thị trấn Cành Nàng");
        Report returned = signedIn.as(CANH_NANG, () -> reports.get(report.id()));
        signedIn.as(CANH_NANG, () -> reports.submit(returned.id(), entry(), returned.version()));
        assertThat(noticesOf(() -> signedIn.as(OFFICE, () -> reports.accept(report.id()))))
                .containsExactly(Map.entry(CANH_NANG, "report.notice.accepted"));
    }

    @Test
    void aTaskTellsItsUnitWhenGivenAndWhenReturned() {
        Set<Map.Entry<String, String>> given = noticesOf(() -> signedIn.as(
                OFFICE,
                () -> tasks.createManual(
                        "Gửi danh sách đại biểu dự Ngày hội",
                        "Gửi về Thường trực Ban Chỉ đạo trước ngày tổ chức.",
                        LocalDate.of(2022, 8, 12),
                        List.of("14926"),
                        campaign.id())));
        assertThat(given).containsExactly(Map.entry(DIEN_THUONG, "task.notice.assigned"));
        assertThat(lastText(DIEN_THUONG))
                .contains("Xã Điền Thượng: gửi danh sách đại biểu")
                .contains("12/08/2022");
        long taskId = jdbc.sql("select id from task where title = 'Xã Điền Thượng: gửi danh sách đại biểu dự Ngày hội'")
                .query(Long.class)
                .single();
        assertThat(noticesOf(() -> signedIn.as(OFFICE, () -> tasks.sendBack(taskId, "Thiếu chức vụ của đại biểu"))))
                .containsExactly(Map.entry(DIEN_THUONG, "task.notice.returned"));
        assertThat(lastText(DIEN_THUONG)).contains("Thiếu chức vụ của đại biểu");
    }

    @Test
    void aFestivalTellsTheStandingOfficeAndTheLeaderAssigned() {
        Set<Map.Entry<String, String>> registered = noticesOf(() -> signedIn.as(
                DIEN_HA,
                () -> festivals.create(new FestivalCommand(
                        campaign.id(),
                        "14929",
                        OffsetDateTime.of(
                                2022,
                                8,
                                14,
                                7,
                                30,
                                0,
                                0,
                                Formats.ZONE.getRules().getOffset(LocalDateTime.of(2022, 8, 14, 7, 30))),
                        OffsetDateTime.of(
                                2022,
                                8,
                                14,
                                11,
                                0,
                                0,
                                0,
                                Formats.ZONE.getRules().getOffset(LocalDateTime.of(2022, 8, 14, 11, 0))),
                        "Nhà văn hóa bản Eo",
                        false,
                        null,
                        null,
                        true))));
        assertThat(registered).containsExactly(Map.entry(OFFICE, "festival.notice.registered"));
        assertThat(lastText(OFFICE))
                .contains("Xã Điền Hạ")
                .contains("14/08/2022 07:30")
                .contains("Nhà văn hóa bản Eo");
        long festivalId = jdbc.sql("select f.id from festival f join org_unit o on o.id = f.unit_id"
                        + " where o.code = '14929' and f.campaign_id = ?")
                .param(campaign.id())
                .query(Long.class)
                .single();
        UserView leader = accounts.systemFindByUsername(LEADER).orElseThrow();
        assertThat(noticesOf(() -> signedIn.as(OFFICE, () -> {
                    leaders.assignLeader(festivalId, leader.id(), LEADER);
                    return null;
                })))
                .containsExactly(Map.entry(LEADER, "festival.notice.leaderAssigned"));
        assertThat(lastText(LEADER)).contains("Xã Điền Hạ");
    }

    private Entry entry() {
        return new Entry(
                Map.of("participants", "180", "collectives_proposed", "1", "collectives_commended", "1"),
                new ReportData.Narrative("Tổ chức đúng kế hoạch.", null, null, null));
    }

    /** The notices an action created, as (username, message key). */
    private Set<Map.Entry<String, String>> noticesOf(Supplier<?> action) {
        long before = jdbc.sql("select coalesce(max(id), 0) from notification")
                .query(Long.class)
                .single();
        action.get();
        List<Map.Entry<String, String>> rows = jdbc.sql("""
                        select u.username, n.message_key from notification n join app_user u on u.id = n.user_id
                        where n.id > ? order by n.id
                        """)
                .param(before)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list();
        // A set would hide a second notice to one account: count them too.
        assertThat(rows).doesNotHaveDuplicates();
        return new java.util.LinkedHashSet<>(rows);
    }

    private String lastText(String username) {
        UserView user = accounts.systemFindByUsername(username).orElseThrow();
        return jdbc.sql("select message_key, args::text from notification where user_id = ? order by id desc limit 1")
                .param(user.id())
                .query((rs, i) -> rs.getString(2))
                .single();
    }

    private void account(String username, String name, OrgUnit unit, Role role) {
        Territories.account(context, username, PASSWORD, name, unit, role);
    }

    private OrgUnit unit(String code) {
        return Territories.unit(context, code);
    }

    private static java.time.Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(Formats.ZONE).toInstant();
    }
}
