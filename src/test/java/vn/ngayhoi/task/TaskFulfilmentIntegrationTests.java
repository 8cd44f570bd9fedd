package vn.ngayhoi.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.festival.FestivalCommand;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;

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
    ReportManagement reports;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    TaskManagement tasks;

    @Autowired
    TaskFulfilments fulfilments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    Campaign campaign;
    OrgUnit langChanh;
    OrgUnit yenKhuong;

    @BeforeAll
    void setUp() {
        signedIn = new SignedIn(userDetails);
        Territories.Territory t = Territories.create(context, "388", 2015);
        langChanh = t.district();
        campaign = t.campaign();
        yenKhuong = Territories.unit(context, YEN_KHUONG);
        Territories.account(context, OFFICE, PASSWORD, "Lò Văn Thường", langChanh, Role.STANDING_OFFICE);
        Territories.account(context, COMMUNE, PASSWORD, "Hà Thị Khương", yenKhuong, Role.UNIT_OFFICER);
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

        signedIn.as(
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

        Report report = signedIn.as(COMMUNE, () -> reports.open(campaign.id(), YEN_KHUONG));
        Entry entry = new Entry(
                Map.of("participants", "250", "collectives_proposed", "1", "collectives_commended", "1"),
                new ReportData.Narrative("Tổ chức đúng kế hoạch.", null, null, null));
        signedIn.as(COMMUNE, () -> reports.submit(report.id(), entry, report.version()));
        assertThat(reload(item).status()).isEqualTo(TaskStatus.NOT_STARTED);
        signedIn.as(OFFICE, () -> reports.accept(report.id()));

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
        return signedIn.as(OFFICE, () -> tasks.get(task.id()));
    }

    private static OffsetDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2022, 8, day, hour, minute).atZone(Formats.ZONE).toOffsetDateTime();
    }
}
