package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
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
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.plan.PlanStatus;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.PageClient.Page;
import vn.ngayhoi.support.SignedIn;

/**
 * State changes sent twice: the same rendered form double-clicked (same session, CSRF token and form
 * key), two tabs of the same page (two keys) and API calls repeated. Each change is stored once; the
 * answer that did not do it is the first one's redirect or a 409 with a Vietnamese sentence, never a
 * 400 or a 5xx. On a territory of its own (huyện Quan Hóa, campaign "2018" dated like the demo's) so
 * the demo of 2022 that other tests read stays as it is.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StateChangeRaceIntegrationTests {

    static final String PASSWORD = "Quan-Hoa-2018";
    static final String OFFICE = "qh.thuongtruc";
    static final String LEADER = "qh.chutich";
    static final String COMMUNE = "qh.xa";
    /** Communes of Quan Hóa, one report each: no test depends on another's report. */
    static final String HOI_XUAN = "14869";

    static final String THANH_SON = "14872";
    static final String TRUNG_SON = "14875";
    static final String PHU_THANH = "14878";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    ReportForms forms;

    @Autowired
    ReportManagement reports;

    @Autowired
    PlanManagement plans;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService userDetails;

    Api api;
    SignedIn signedIn;
    Campaign campaign;
    OrgUnit committee;
    ExecutorService pool;

    @BeforeAll
    void setUp() {
        pool = Executors.newFixedThreadPool(2);
        api = new Api(port);
        signedIn = new SignedIn(userDetails);
        OrgUnit quanHoa = units.systemFind("2024", "385").orElseThrow();
        committee =
                units.systemCreate(new CreateUnit(quanHoa.id(), "COMMITTEE", "Ban Chỉ đạo 138 huyện Quan Hóa", null));
        campaign = campaigns.systemCreate(new NewCampaign(
                committee.id(),
                // not 2022: other tests find the demo campaign as the only one of that year
                2018,
                "Ngày hội toàn dân bảo vệ ANTQ huyện Quan Hóa (thử gửi hai lần)",
                // the test clock starts on 10/08/2022: entry is open
                LocalDate.of(2022, 8, 1),
                LocalDate.of(2022, 8, 19),
                LocalDate.of(2022, 8, 20),
                null,
                null,
                null,
                null,
                List.of()));
        forms.systemDefineDefault(campaign);
        accounts.systemCreate(
                OFFICE, PASSWORD, "Hà Văn Thử", "Thường trực BCĐ 138 huyện", quanHoa, Set.of(Role.STANDING_OFFICE));
        accounts.systemCreate(LEADER, PASSWORD, "Phạm Văn Thử", "Trưởng Ban Chỉ đạo", quanHoa, Set.of(Role.LEADER));
        // The district's standing office fills in the other communes' reports; Hồi Xuân's officer
        // sends its own from the page, as a commune does.
        accounts.systemCreate(
                COMMUNE,
                PASSWORD,
                "Lò Thị Thử",
                "Công an thị trấn Hồi Xuân",
                units.systemFind("2024", HOI_XUAN).orElseThrow(),
                Set.of(Role.UNIT_OFFICER));
    }

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @AfterAll
    void stopPool() {
        pool.shutdownNow();
    }

    // ---- reports ------------------------------------------------------------------------------

    @Test
    void aReportSubmitDoubleClickedOnItsPageIsSubmittedOnce() {
        Report draft = as(COMMUNE, () -> reports.open(campaign.id(), HOI_XUAN));
        PageClient commune = PageClient.signedIn(port, COMMUNE, PASSWORD);
        Map<String, String> form = submitForm(commune, draft.id());

        List<Page> answers =
                DoubleSubmitIntegrationTests.twice(pool, () -> commune.post("/reports/" + draft.id(), form));

        DoubleSubmitIntegrationTests.assertOnce(answers);
        assertThat(DoubleSubmitIntegrationTests.first(answers).location()).endsWith("/reports/" + draft.id());
        assertThat(submittedRows(draft.id())).isEqualTo(1);
        assertThat(status(draft.id())).isEqualTo("SUBMITTED");
        // The back button and submit again, later: the first result once more, nothing stored.
        Page again = commune.post("/reports/" + draft.id(), form);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location())
                .isEqualTo(DoubleSubmitIntegrationTests.first(answers).location());
        assertThat(submittedRows(draft.id())).isEqualTo(1);
    }

    @Test
    void aReportSubmittedFromTwoTabsIsSubmittedOnceAndTheOtherTabIsTold409() {
        Report draft = as(OFFICE, () -> reports.open(campaign.id(), THANH_SON));
        PageClient office = PageClient.signedIn(port, OFFICE, PASSWORD);
        Map<String, String> firstTab = submitForm(office, draft.id());
        Map<String, String> secondTab = submitForm(office, draft.id());
        Map<String, String> thirdTab = submitForm(office, draft.id());
        assertThat(secondTab.get(FormKeys.PARAMETER)).isNotEqualTo(firstTab.get(FormKeys.PARAMETER));

        List<Map<String, String>> tabs = List.of(firstTab, secondTab);
        var next = new java.util.concurrent.atomic.AtomicInteger();
        List<Page> answers = DoubleSubmitIntegrationTests.twice(
                pool, () -> office.post("/reports/" + draft.id(), tabs.get(next.getAndIncrement())));

        assertThat(answers).extracting(Page::status).containsExactlyInAnyOrder(302, 409);
        Page refused =
                answers.stream().filter(p -> p.status() == 409).findFirst().orElseThrow();
        // Either it came after the first (already submitted) or met it (changed meanwhile).
        assertThat(refused.body()).containsAnyOf("Báo cáo đã nộp", "Báo cáo vừa được người khác thay đổi");
        assertThat(submittedRows(draft.id())).isEqualTo(1);

        // A third tab drawn before the submission, sent well after it: 409 on the report's own page.
        Page late = office.post("/reports/" + draft.id(), thirdTab);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("Báo cáo đã nộp; rút lại để sửa.").contains("data-action=\"SUBMITTED\"");
        assertThat(submittedRows(draft.id())).isEqualTo(1);
    }

    @Test
    void submittingAcceptingRecallingOrReturningAgainThroughTheApiAnswers409InVietnamese() {
        Report draft = as(OFFICE, () -> reports.open(campaign.id(), TRUNG_SON));
        as(OFFICE, () -> reports.save(draft.id(), entry(), draft.version()));
        String submit = "/api/v1/reports/" + draft.id() + "/submit";

        Api.Reply first = api.postJson(submit, OFFICE, PASSWORD, "{}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("status").asString()).isEqualTo("SUBMITTED");
        Api.Reply second = api.postJson(submit, OFFICE, PASSWORD, "{}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("message").asString()).isEqualTo("Báo cáo đã nộp; rút lại để sửa.");
        assertThat(submittedRows(draft.id())).isEqualTo(1);

        // Accepted by the leader; a second accept, by anyone, is refused and stores nothing.
        String accept = "/api/v1/reports/" + draft.id() + "/accept";
        assertThat(api.postJson(accept, LEADER, PASSWORD, "{}").status()).isEqualTo(200);
        Api.Reply acceptAgain = api.postJson(accept, OFFICE, PASSWORD, "{}");
        assertThat(acceptAgain.status()).isEqualTo(409);
        assertThat(acceptAgain.json().get("message").asString()).isEqualTo("Báo cáo này đã được tiếp nhận rồi.");
        assertThat(historyRows(draft.id(), "ACCEPTED")).isEqualTo(1);

        // Nothing else moves an accepted report: submit, recall and return are 409 too.
        Api.Reply submitAccepted = api.postJson(submit, OFFICE, PASSWORD, "{}");
        assertThat(submitAccepted.status()).isEqualTo(409);
        assertThat(submitAccepted.json().get("message").asString())
                .isEqualTo("Báo cáo đã được tiếp nhận, không sửa được nữa.");
        Api.Reply recall = api.postJson("/api/v1/reports/" + draft.id() + "/recall", OFFICE, PASSWORD, "{}");
        assertThat(recall.status()).isEqualTo(409);
        assertThat(recall.json().get("message").asString())
                .isEqualTo("Báo cáo đã được tiếp nhận, không rút lại được nữa.");
        Api.Reply returned = api.postJson(
                "/api/v1/reports/" + draft.id() + "/return", LEADER, PASSWORD, "{\"reason\": \"Thiếu số liệu\"}");
        assertThat(returned.status()).isEqualTo(409);
        assertThat(returned.json().get("message").asString()).isEqualTo("Báo cáo này đã được tiếp nhận rồi.");
        assertThat(status(draft.id())).isEqualTo("ACCEPTED");
        assertThat(historyRows(draft.id(), null)).isEqualTo(2);
    }

    @Test
    void aReportReturnedTwiceOrRecalledTwiceAnswers409AndABlankReasonIsStill400() {
        Report draft = as(OFFICE, () -> reports.open(campaign.id(), PHU_THANH));
        as(OFFICE, () -> reports.submit(draft.id(), entry(), draft.version()));
        String base = "/api/v1/reports/" + draft.id();

        assertThat(api.postJson(base + "/recall", OFFICE, PASSWORD, "{}").status())
                .isEqualTo(200);
        Api.Reply recallAgain = api.postJson(base + "/recall", OFFICE, PASSWORD, "{}");
        assertThat(recallAgain.status()).isEqualTo(409);
        assertThat(recallAgain.json().get("message").asString())
                .isEqualTo("Chỉ rút lại được báo cáo đã nộp và chưa được tiếp nhận.");

        assertThat(api.postJson(base + "/submit", OFFICE, PASSWORD, "{}").status())
                .isEqualTo(200);
        // Bad input stays bad input.
        assertThat(api.postJson(base + "/return", LEADER, PASSWORD, "{\"reason\": \" \"}")
                        .status())
                .isEqualTo(400);
        String reason = "{\"reason\": \"Số người tham dự chưa khớp biên bản\"}";
        assertThat(api.postJson(base + "/return", LEADER, PASSWORD, reason).status())
                .isEqualTo(200);
        Api.Reply returnAgain = api.postJson(base + "/return", LEADER, PASSWORD, reason);
        assertThat(returnAgain.status()).isEqualTo(409);
        assertThat(returnAgain.json().get("message").asString())
                .isEqualTo("Báo cáo này đã được trả lại cho đơn vị rồi.");
        Api.Reply acceptReturned = api.postJson(base + "/accept", LEADER, PASSWORD, "{}");
        assertThat(acceptReturned.status()).isEqualTo(409);
        assertThat(historyRows(draft.id(), "RETURNED")).isEqualTo(1);
        assertThat(historyRows(draft.id(), "RECALLED")).isEqualTo(1);
    }

    // ---- plans --------------------------------------------------------------------------------

    @Test
    void aPlanSubmitDoubleClickedIsSubmittedOnceAndLaterStepsAreRefused409() {
        Plan draft = draftPlan();
        PageClient office = PageClient.signedIn(port, OFFICE, PASSWORD);
        String submitPath = "/plans/" + draft.id() + "/submit";
        Page page = office.get("/plans/" + draft.id());
        assertThat(page.status()).isEqualTo(200);
        Map<String, String> form = PageClient.hiddenFields(page.body(), submitPath);
        // A second tab of the same page, drawn now and sent after the submission.
        Map<String, String> otherTab =
                PageClient.hiddenFields(office.get("/plans/" + draft.id()).body(), submitPath);

        List<Page> answers = DoubleSubmitIntegrationTests.twice(pool, () -> office.post(submitPath, form));

        DoubleSubmitIntegrationTests.assertOnce(answers);
        assertThat(DoubleSubmitIntegrationTests.first(answers).location()).endsWith("/plans/" + draft.id());
        assertThat(auditRows(draft.id(), "PLAN_SUBMITTED")).isEqualTo(1);
        assertThat(plans.systemGet(draft.id()).orElseThrow().status()).isEqualTo(PlanStatus.SUBMITTED);

        Page late = office.post(submitPath, otherTab);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("Kế hoạch đã được trình duyệt rồi");
        assertThat(auditRows(draft.id(), "PLAN_SUBMITTED")).isEqualTo(1);

        // Approved from two tabs of the leader at once: one approval, the other told so.
        PageClient leader = PageClient.signedIn(port, LEADER, PASSWORD);
        String approvePath = "/plans/" + draft.id() + "/approve";
        List<Map<String, String>> tabs = List.of(
                PageClient.hiddenFields(leader.get("/plans/" + draft.id()).body(), approvePath),
                PageClient.hiddenFields(leader.get("/plans/" + draft.id()).body(), approvePath));
        var next = new java.util.concurrent.atomic.AtomicInteger();
        List<Page> approvals = DoubleSubmitIntegrationTests.twice(
                pool, () -> leader.post(approvePath, tabs.get(next.getAndIncrement())));
        assertThat(approvals).extracting(Page::status).containsExactlyInAnyOrder(302, 409);
        assertThat(approvals.stream()
                        .filter(p -> p.status() == 409)
                        .findFirst()
                        .orElseThrow()
                        .body())
                .contains("Kế hoạch đã được duyệt rồi.");
        assertThat(auditRows(draft.id(), "PLAN_APPROVED")).isEqualTo(1);

        // The approved plan cannot be submitted again through the service either.
        signedIn.as(OFFICE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.submit(draft.id()))
                .isInstanceOf(vn.ngayhoi.shared.ConflictException.class)
                .hasMessage("plan.stateNow.APPROVED");
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** The report page's form, filled in and set to submit, as drawn now (its own form key). */
    private Map<String, String> submitForm(PageClient client, long reportId) {
        Page page = client.get("/reports/" + reportId);
        assertThat(page.status()).isEqualTo(200);
        return submitFormFrom(PageClient.hiddenFields(page.body(), "/reports/" + reportId));
    }

    private static Map<String, String> submitFormFrom(Map<String, String> hidden) {
        Map<String, String> form = new LinkedHashMap<>(hidden);
        entry().values().forEach((code, value) -> form.put("v_" + code, value));
        form.put("n_results", entry().narrative().results());
        form.put("action", "submit");
        return form;
    }

    private static Entry entry() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("participants", "410");
        v.put("collectives_proposed", "1");
        v.put("collectives_commended", "1");
        return new Entry(v, new ReportData.Narrative("Tổ chức đúng kế hoạch, đông đủ các bản.", null, null, null));
    }

    /** A draft plan of the Quan Hóa committee, its text taken from the demo's plan of 2022. */
    private Plan draftPlan() {
        long demo = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        Plan model = plans.systemTopPlan(demo).orElseThrow();
        return plans.systemCreate(campaign.id(), committee.id(), null, model.content(), List.of(), null);
    }

    private long submittedRows(long reportId) {
        return historyRows(reportId, "SUBMITTED");
    }

    private long historyRows(long reportId, String action) {
        if (action == null) {
            return jdbc.sql("select count(*) from report_history where report_id = ?")
                    .param(reportId)
                    .query(Long.class)
                    .single();
        }
        return jdbc.sql("select count(*) from report_history where report_id = ? and action = ?")
                .params(reportId, action)
                .query(Long.class)
                .single();
    }

    private String status(long reportId) {
        return jdbc.sql("select status from report where id = ?")
                .param(reportId)
                .query(String.class)
                .single();
    }

    private long auditRows(long planId, String action) {
        return jdbc.sql("select count(*) from audit_entry where target = ? and action = ?")
                .params("plan:" + planId, action)
                .query(Long.class)
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
}
