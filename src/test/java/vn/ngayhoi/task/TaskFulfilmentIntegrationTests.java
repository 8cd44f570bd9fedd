package vn.ngayhoi.task;

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
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.festival.FestivalCommand;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

/**
 * Tasks that another module's record completes: the festival registered, the report accepted, the
 * unit's own plan issued; on a territory of its own (huyện Lang Chánh, a campaign numbered 2015),
 * and in the demo, where Sơn Hà's plan was issued and its report accepted.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskFulfilmentIntegrationTests {

    static final String OFFICE = "lc.thuongtruc";
    static final String COMMUNE = "lc.yenkhuong";
    static final String PASSWORD = "Lang-Chanh-2022";
    static final String YEN_KHUONG = "15031";

    @Autowired
    OrgUnitManagement units;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    ReportForms forms;

    @Autowired
    ReportManagement reports;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    TaskManagement tasks;

    @Autowired
    TaskFulfilments fulfilments;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    Campaign campaign;
    OrgUnit langChanh;
    OrgUnit yenKhuong;

    @BeforeAll
    void setUp() {
        signedIn = new SignedIn(userDetails);
        langChanh = units.systemFind("2024", "388").orElseThrow();
        yenKhuong = units.systemFind("2024", YEN_KHUONG).orElseThrow();
        OrgUnit committee = units.systemCreate(
                new CreateUnit(langChanh.id(), "COMMITTEE", "Ban Chỉ đạo 138 huyện Lang Chánh", null));
        campaign = campaigns.systemCreate(new NewCampaign(
                committee.id(),
                // not 2022: other tests find the demo campaign as the only one of that year
                2015,
                "Ngày hội toàn dân bảo vệ ANTQ huyện Lang Chánh",
                LocalDate.of(2022, 8, 1),
                LocalDate.of(2022, 8, 19),
                LocalDate.of(2022, 8, 20),
                null,
                null,
                null,
                null,
                List.of()));
        forms.systemDefineDefault(campaign);
        accounts.systemCreate(OFFICE, PASSWORD, "Lò Văn Thường", null, langChanh, Set.of(Role.STANDING_OFFICE));
        accounts.systemCreate(COMMUNE, PASSWORD, "Hà Thị Khương", null, yenKhuong, Set.of(Role.UNIT_OFFICER));
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
    }

    @Test
    void registeringTheFestivalCompletesTheScheduleTask() {
        Task schedule = tasks.systemCreate(
                campaign.id(),
                null,
                null,
                "Gửi lịch tổ chức Ngày hội về Thường trực Ban Chỉ đạo",
                "Đăng ký ngày, giờ, địa điểm.",
                yenKhuong.id(),
                langChanh.id(),
                List.of(),
                LocalDate.of(2022, 8, 5),
                List.of(TaskFulfilment.FESTIVAL_REGISTERED));
        Task unrelated = tasks.systemCreate(
                campaign.id(),
                null,
                null,
                "Treo băng rôn khẩu hiệu",
                "Tại trụ sở xã.",
                yenKhuong.id(),
                langChanh.id(),
                List.of(),
                LocalDate.of(2022, 8, 5));
        assertThat(fulfilments.conditionsOf(schedule))
                .containsExactly(new TaskFulfilments.Condition(TaskFulfilment.FESTIVAL_REGISTERED, false));

        as(
                COMMUNE,
                () -> festivals.create(new FestivalCommand(
                        campaign.id(),
                        YEN_KHUONG,
                        at(13, 7, 30),
                        at(13, 11, 0),
                        "Sân văn hóa xã Yên Khương",
                        false,
                        null,
                        null,
                        true)));

        Task done = reload(schedule);
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.completionNote()).isEqualTo("Tự động hoàn thành: đơn vị đã đăng ký Ngày hội.");
        assertThat(fulfilments.conditionsOf(done))
                .containsExactly(new TaskFulfilments.Condition(TaskFulfilment.FESTIVAL_REGISTERED, true));
        assertThat(reload(unrelated).status()).isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void aTaskWaitingForTwoThingsMovesWithTheFirstAndIsDoneWithTheSecond() {
        Task item = tasks.systemCreate(
                campaign.id(),
                null,
                "III.1",
                "Ban Chỉ đạo ANTT cấp xã",
                "Xây dựng kế hoạch; báo cáo kết quả trước ngày 20/8.",
                yenKhuong.id(),
                langChanh.id(),
                List.of(),
                LocalDate.of(2022, 8, 20),
                List.of(TaskFulfilment.OWN_PLAN_ISSUED, TaskFulfilment.REPORT_ACCEPTED));

        Report report = as(COMMUNE, () -> reports.open(campaign.id(), YEN_KHUONG));
        Entry entry = new Entry(
                Map.of("participants", "250", "collectives_proposed", "1", "collectives_commended", "1"),
                new ReportData.Narrative("Tổ chức đúng kế hoạch.", null, null, null));
        as(COMMUNE, () -> reports.submit(report.id(), entry, report.version()));
        assertThat(reload(item).status()).isEqualTo(TaskStatus.NOT_STARTED);
        as(OFFICE, () -> reports.accept(report.id()));

        Task half = reload(item);
        assertThat(half.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(half.percent()).isEqualTo(50);
        assertThat(fulfilments.conditionsOf(half))
                .containsExactly(
                        new TaskFulfilments.Condition(TaskFulfilment.OWN_PLAN_ISSUED, false),
                        new TaskFulfilments.Condition(TaskFulfilment.REPORT_ACCEPTED, true));

        fulfilments.systemFulfil(yenKhuong.id(), campaign.id(), TaskFulfilment.OWN_PLAN_ISSUED);
        Task done = reload(item);
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.completionNote())
                .contains("báo cáo kết quả của đơn vị đã được tiếp nhận")
                .contains("kế hoạch của đơn vị đã ban hành");
        // A second event of a kind already recorded changes nothing.
        fulfilments.systemFulfil(yenKhuong.id(), campaign.id(), TaskFulfilment.OWN_PLAN_ISSUED);
        assertThat(reload(item).version()).isEqualTo(done.version());
    }

    @Test
    void inTheDemoSonHasPlanItemIsDoneBecauseItsPlanWasIssuedAndItsReportAccepted() {
        Map<String, Object> row = jdbc.sql("""
                        select t.status, t.percent, t.completion_note from task t join org_unit o on o.id = t.unit_id
                        join campaign c on c.id = t.campaign_id
                        where c.year = 2022 and o.code = '15004' and t.source_section = 'III.1'
                        """).query().singleRow();
        assertThat(row.get("status")).isEqualTo("DONE");
        assertThat(row.get("percent")).isEqualTo(100);
        assertThat((String) row.get("completion_note")).startsWith("Tự động hoàn thành:");
    }

    private Task reload(Task task) {
        return as(OFFICE, () -> tasks.get(task.id()));
    }

    private <T> T as(String user, Supplier<T> action) {
        signedIn.as(user);
        try {
            return action.get();
        } finally {
            signedIn.clear();
        }
    }

    private static OffsetDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2022, 8, day, hour, minute).atZone(Formats.ZONE).toOffsetDateTime();
    }
}
