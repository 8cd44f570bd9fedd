package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalCommand;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * Forms open with what is stored and come back with what was typed; a festival is not "held" with
 * nothing recorded; a plan is not issued unsigned. On huyện Cẩm Thủy, a campaign numbered 2014.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormsKeepWhatIsStoredIntegrationTests {

    static final String PASSWORD = "Cam-Thuy-2022";
    static final String OFFICE = "ct.thuongtruc";
    static final String LEADER = "ct.chutich";
    static final String COMMUNE = "ct.phongson";
    static final String PHONG_SON = "15127";

    @LocalServerPort
    int port;

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
    PlanManagement plans;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    Campaign campaign;

    @BeforeAll
    void setUp() {
        signedIn = new SignedIn(userDetails);
        OrgUnit camThuy = units.systemFind("2024", "390").orElseThrow();
        OrgUnit committee =
                units.systemCreate(new CreateUnit(camThuy.id(), "COMMITTEE", "Ban Chỉ đạo 138 huyện Cẩm Thủy", null));
        campaign = campaigns.systemCreate(new NewCampaign(
                committee.id(),
                // not 2022: other tests find the demo campaign as the only one of that year
                2014,
                "Ngày hội toàn dân bảo vệ ANTQ huyện Cẩm Thủy",
                LocalDate.of(2022, 8, 1),
                LocalDate.of(2022, 8, 19),
                LocalDate.of(2022, 8, 20),
                null,
                null,
                null,
                null,
                List.of()));
        forms.systemDefineDefault(campaign);
        accounts.systemCreate(OFFICE, PASSWORD, "Trương Văn Thường", null, camThuy, Set.of(Role.STANDING_OFFICE));
        accounts.systemCreate(LEADER, PASSWORD, "Bùi Văn Chủ", null, camThuy, Set.of(Role.LEADER));
        accounts.systemCreate(
                COMMUNE,
                PASSWORD,
                "Phạm Thị Sơn",
                null,
                units.systemFind("2024", PHONG_SON).orElseThrow(),
                Set.of(Role.UNIT_OFFICER));
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    @Test
    void resultsNeedAttendanceAndAStepAndTheFormKeepsWhatWasTyped() {
        Festival f = as(
                COMMUNE,
                () -> festivals.create(new FestivalCommand(
                        campaign.id(),
                        PHONG_SON,
                        at(12, 7, 30).atZone(Formats.ZONE).toOffsetDateTime(),
                        at(12, 11, 0).atZone(Formats.ZONE).toOffsetDateTime(),
                        "Sân văn hóa thị trấn Phong Sơn",
                        false,
                        null,
                        null,
                        true)));
        clock.set(at(13, 8, 0).atZone(Formats.ZONE).toInstant());

        assertThatThrownBy(() ->
                        as(COMMUNE, () -> festivals.recordResults(f.id(), Map.of(), List.of(true), List.of(), null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(ValidationException.Problem::field)
                        .contains("attendance"));
        if (!f.details().programme().isEmpty()) {
            assertThatThrownBy(() -> as(
                            COMMUNE,
                            () -> festivals.recordResults(
                                    f.id(), Map.of("PEOPLE", 200), List.of(false), List.of(), null)))
                    .isInstanceOf(ValidationException.class);
        }
        assertThat(status(f.id())).isEqualTo("REGISTERED");

        // Through the page: the form comes back with the figures and the gifts as typed.
        PageClient page = PageClient.signedIn(port, COMMUNE, PASSWORD);
        String show = page.get("/festivals/" + f.id()).body();
        var fields = new java.util.LinkedHashMap<>(PageClient.hiddenFields(show, "/festivals/" + f.id() + "/results"));
        fields.put("attendance[CADRES]", "");
        fields.put("attendance[PEOPLE]", "");
        fields.put("gifts", "30 suất quà cho hộ nghèo");
        var back = page.postMultipart("/festivals/" + f.id() + "/results", fields);
        assertThat(back.status()).isIn(200, 400);
        assertThat(back.body()).contains("Nhập số người tham dự").contains("value=\"30 suất quà cho hộ nghèo\"");
        assertThat(status(f.id())).isEqualTo("REGISTERED");
    }

    @Test
    void aMoneyFigureTypedWithDotsComesBackWithDots() {
        Report report = as(COMMUNE, () -> reports.open(campaign.id(), PHONG_SON));
        as(
                COMMUNE,
                () -> reports.save(
                        report.id(),
                        new Entry(
                                Map.of("budget_spent", "9.800.000", "participants", "1.250"),
                                new ReportData.Narrative(null, null, null, null)),
                        report.version()));
        PageClient page = PageClient.signedIn(port, COMMUNE, PASSWORD);
        String html = page.get("/reports/" + report.id()).body();
        assertThat(html).contains("value=\"9.800.000\"").contains("value=\"1.250\"");
        assertThat(jdbc.sql("select data->'values'->>'budget_spent' from report where id = ?")
                        .param(report.id())
                        .query(String.class)
                        .single())
                .isEqualTo("9800000");
    }

    @Test
    void aPlanIsNotIssuedWithoutItsSigner() {
        long demoPlan = jdbc.sql("select p.id from plan p join campaign c on c.id = p.campaign_id"
                        + " where c.year = 2022 and p.parent_plan_id is null")
                .query(Long.class)
                .single();
        PlanContent demo = plans.systemGet(demoPlan).orElseThrow().content();
        PlanContent unsigned = demo.withRecipients(List.of())
                .withSignature(new PlanContent.Signature(
                        demo.signature().authority(), demo.signature().title(), null, null));
        Plan plan = as(OFFICE, () -> plans.create(campaign.id(), unsigned, List.of(), null));
        as(OFFICE, () -> plans.submit(plan.id()));
        as(LEADER, () -> plans.approve(plan.id()));
        assertThatThrownBy(() -> as(OFFICE, () -> plans.issue(plan.id())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(ValidationException.Problem::field)
                        .containsExactly("signerName"));
        assertThat(as(OFFICE, () -> plans.get(plan.id())).numberLine()).isNull();
    }

    private String status(long festivalId) {
        return jdbc.sql("select status from festival where id = ?")
                .param(festivalId)
                .query(String.class)
                .single();
    }

    private <T> T as(String user, Supplier<T> action) {
        signedIn.as(user);
        try {
            return action.get();
        } finally {
            signedIn.clear();
        }
    }

    private static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2022, 8, day, hour, minute);
    }
}
