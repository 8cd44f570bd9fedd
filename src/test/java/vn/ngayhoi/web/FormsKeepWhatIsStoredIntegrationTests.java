package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.festival.Festival;
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
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;
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
    ReportManagement reports;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    PlanManagement plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    Campaign campaign;

    @BeforeAll
    void setUp() {
        signedIn = new SignedIn(userDetails);
        Territories.Territory t = Territories.create(context, "390", 2014);
        OrgUnit camThuy = t.district();
        campaign = t.campaign();
        Territories.account(context, OFFICE, PASSWORD, "Trương Văn Thường", camThuy, Role.STANDING_OFFICE);
        Territories.account(context, LEADER, PASSWORD, "Bùi Văn Chủ", camThuy, Role.LEADER);
        Territories.account(
                context, COMMUNE, PASSWORD, "Phạm Thị Sơn", Territories.unit(context, PHONG_SON), Role.UNIT_OFFICER);
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    @Test
    void resultsNeedAttendanceAndAStepAndTheFormKeepsWhatWasTyped() {
        Festival f = signedIn.as(
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

        assertThatThrownBy(() -> signedIn.as(
                        COMMUNE, () -> festivals.recordResults(f.id(), Map.of(), List.of(true), List.of(), null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(ValidationException.Problem::field)
                        .contains("attendance"));
        if (!f.details().programme().isEmpty()) {
            assertThatThrownBy(() -> signedIn.as(
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
        Report report = signedIn.as(COMMUNE, () -> reports.open(campaign.id(), PHONG_SON));
        signedIn.as(
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
        Plan plan = signedIn.as(OFFICE, () -> plans.create(campaign.id(), unsigned, List.of(), null));
        signedIn.as(OFFICE, () -> plans.submit(plan.id()));
        signedIn.as(LEADER, () -> plans.approve(plan.id()));
        assertThatThrownBy(() -> signedIn.as(OFFICE, () -> plans.issue(plan.id())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(ValidationException.Problem::field)
                        .containsExactly("signerName"));
        assertThat(signedIn.as(OFFICE, () -> plans.get(plan.id())).numberLine()).isNull();
    }

    private String status(long festivalId) {
        return jdbc.sql("select status from festival where id = ?")
                .param(festivalId)
                .query(String.class)
                .single();
    }

    private static LocalDateTime at(int day, int hour, int minute) {
        return LocalDateTime.of(2022, 8, day, hour, minute);
    }
}
