package vn.ngayhoi.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;

/**
 * The công văn đôn đốc from draft to issue in districts of their own (Nga Sơn 2037, Như Xuân 2038): the to-do list
 * and the notices at each hand-off, the head's sign-off, five clicks on "Ban hành" taking one number,
 * and the issuing service refusing a letter nobody approved.
 */
@IntegrationTest
class ChasingLetterSignOffIntegrationTests {

    private static final String PASSWORD = "Nga-Son-2037!";

    @Autowired
    ChasingLetters letters;

    @Autowired
    PlanManagement plans;

    @Autowired
    DocumentIssuing issuing;

    @Autowired
    DocumentRenderer renderer;

    @Autowired
    NotificationCenter notifications;

    @Autowired
    AccountManagement accounts;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @AfterEach
    void tearDown() {
        new SignedIn(users).clear();
    }

    @Test
    void theHeadSignsItOffEveryHandOffIsOnSomeonesListAndFiveClicksTakeOneNumber() throws Exception {
        Territories.Territory t = Territories.create(context, "401", 2037);
        OrgUnit baDinh = Territories.unit(context, "16096");
        OrgUnit ngaVinh = Territories.unit(context, "16099");
        Territories.account(context, "tt2037", PASSWORD, "Thường trực Nga Sơn", t.district(), Role.STANDING_OFFICE);
        Territories.account(context, "ld2037", PASSWORD, "Trưởng ban Nga Sơn", t.district(), Role.LEADER);
        Territories.account(context, "cb2037", PASSWORD, "Cán bộ xã", baDinh, Role.UNIT_OFFICER);
        SignedIn as = new SignedIn(users);
        long campaign = t.campaign().id();
        issuedPlan(campaign, t.committee().id());

        as.as("tt2037");
        var draft = letters.draftFor(
                campaign,
                "chưa gửi báo cáo kết quả",
                List.of(
                        new ChasingLetters.Overdue(
                                baDinh.id(), baDinh.name(), List.of("Báo cáo kết quả (hạn 20/08/2022).")),
                        new ChasingLetters.Overdue(
                                ngaVinh.id(), ngaVinh.name(), List.of("Báo cáo kết quả (hạn 20/08/2022)."))));
        Api api = new Api(port);
        assertThat(kinds(api, "tt2037")).contains("SIGNOFF_DRAFT");
        // the units it will go to do not see a draft
        as.as("cb2037");
        assertThat(letters.visible()).extracting(ChasingLetters.Letter::id).doesNotContain(draft.id());

        as.as("tt2037");
        var submitted = letters.submit(draft.id(), 0);
        // the same click again (a second tab) is told it is already waiting
        assertThatThrownBy(() -> letters.submit(draft.id(), 0)).isInstanceOf(ConflictException.class);
        assertThat(kinds(api, "ld2037")).contains("SIGNOFF_APPROVE");
        assertThat(noticesOf("ld2037")).anyMatch(n -> n.contains("chờ đồng chí duyệt") && n.contains("đôn đốc"));

        as.as("ld2037");
        letters.approve(draft.id(), submitted.version());
        assertThat(kinds(api, "ld2037")).doesNotContain("SIGNOFF_APPROVE");
        assertThat(kinds(api, "tt2037")).contains("SIGNOFF_APPROVED");
        assertThat(noticesOf("tt2037")).anyMatch(n -> n.contains("đã được duyệt"));

        as.as("tt2037");
        var check = letters.check(draft.id());
        assertThat(check.numberLine()).isEqualTo("Số: 02/BCĐ"); // 01 is the plan's
        assertThat(check.recipients()).containsExactly(baDinh.name(), ngaVinh.name(), "Lưu: VT");

        List<String> outcomes = vn.ngayhoi.support.ConcurrentClicks.press(
                5,
                users,
                "tt2037",
                () -> letters.issue(draft.id(), check.numberLine()).numberLine());
        assertThat(outcomes).containsOnlyOnce("Số: 02/BCĐ");
        assertThat(outcomes.stream().filter("task.letter.alreadyIssued"::equals))
                .hasSize(4);
        assertThat(jdbc.sql("select count(*) from outgoing_document where register_unit_id = ?")
                        .param(t.committee().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(letters.recipients(draft.id())).containsExactly(baDinh.name(), ngaVinh.name());
        assertThat(renderer.firstPageText(letters.pdf(draft.id()))).isEqualTo(check.firstPageText());
        assertThat(kinds(api, "tt2037")).doesNotContain("SIGNOFF_APPROVED", "SIGNOFF_DRAFT");
        as.as("cb2037");
        assertThat(letters.visible()).extracting(ChasingLetters.Letter::id).contains(draft.id());
    }

    @Test
    void theIssuingServiceRefusesALetterNobodyApproved() {
        Territories.Territory t = Territories.create(context, "402", 2038);
        OrgUnit baDinh = Territories.unit(context, "16195");
        Territories.account(context, "tt2038", PASSWORD, "Thường trực Như Xuân", t.district(), Role.STANDING_OFFICE);
        SignedIn as = new SignedIn(users);
        issuedPlan(t.campaign().id(), t.committee().id());
        as.as("tt2038");
        var draft = letters.draftFor(
                t.campaign().id(),
                "chưa gửi báo cáo kết quả",
                List.of(new ChasingLetters.Overdue(baDinh.id(), baDinh.name(), List.of("Báo cáo kết quả."))));
        letters.submit(draft.id(), 0);
        // whoever calls the issuing service directly with the letter's source
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> issuing.issue(new IssueRequest(
                        t.committee().id(),
                        java.time.LocalDate.of(2038, 8, 21),
                        DocumentType.OFFICIAL_LETTER,
                        "BCĐ",
                        "đôn đốc",
                        null,
                        "TRƯỞNG BAN",
                        List.of("Lưu: VT"),
                        List.of(),
                        ChasingLetters.source(draft.id()),
                        null,
                        "tt2038",
                        n -> {
                            throw new AssertionError("nothing is laid out for an unapproved letter");
                        }))))
                .isInstanceOf(ConflictException.class)
                .hasMessage("signoff.notApproved");
        assertThat(jdbc.sql("select count(*) from outgoing_document where source = ?")
                        .param(ChasingLetters.source(draft.id()))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** The demo plan's text, issued by the territory's committee and delivered to nobody. */
    private void issuedPlan(long campaign, long committee) {
        PlanContent content = vn.ngayhoi.support.DemoPlanCopy.content(
                context, vn.ngayhoi.support.DemoPlanCopy.undelivered(context), false);
        Plan plan = plans.systemCreate(campaign, committee, null, content, List.of(), null);
        plans.systemApprove(plan.id());
        plans.systemIssue(plan.id(), java.time.LocalDate.of(2022, 7, 18));
    }

    private List<String> kinds(Api api, String username) {
        JsonNode body = api.get("/api/v1/me/todos", username, PASSWORD).json();
        List<String> kinds = new ArrayList<>();
        body.get("items").forEach(i -> kinds.add(i.get("kind").asString()));
        return kinds;
    }

    private List<String> noticesOf(String username) {
        long id = accounts.systemFindByUsername(username).orElseThrow().id();
        return notifications.latest(id, 20).stream()
                .map(NotificationCenter.Notice::text)
                .toList();
    }

    @Test
    void theLetterPageButtonsClickedTwiceAtOnceStoreOneStepAndANulIsRefusedInVietnamese() throws Exception {
        Territories.Territory t = Territories.create(context, "404", 2039);
        OrgUnit commune = Territories.unit(context, "16282");
        Territories.account(
                context, "tt2039", Api.DEMO_PASSWORD, "Thường trực Nông Cống", t.district(), Role.STANDING_OFFICE);
        Territories.account(context, "ld2039", Api.DEMO_PASSWORD, "Trưởng ban Nông Cống", t.district(), Role.LEADER);
        issuedPlan(t.campaign().id(), t.committee().id());
        var draft = new SignedIn(users)
                .as(
                        "tt2039",
                        () -> letters.draftFor(
                                t.campaign().id(),
                                "chưa gửi báo cáo kết quả",
                                List.of(new ChasingLetters.Overdue(
                                        commune.id(), commune.name(), List.of("Báo cáo kết quả.")))));
        String path = "/tasks/letters/" + draft.id();
        vn.ngayhoi.support.PageClient office =
                vn.ngayhoi.support.PageClient.signedIn(port, "tt2039", Api.DEMO_PASSWORD);
        java.util.Map<String, String> submit = new java.util.LinkedHashMap<>(
                vn.ngayhoi.support.PageClient.hiddenFields(office.get(path).body(), path + "/submit"));
        List<vn.ngayhoi.support.PageClient.Page> answers = bothAtOnce(() -> office.post(path + "/submit", submit));
        assertThat(answers)
                .extracting(vn.ngayhoi.support.PageClient.Page::status)
                .allSatisfy(s -> assertThat(s).isIn(302, 303, 409));
        assertThat(audit(draft.id(), "DOCUMENT_SUBMITTED")).isEqualTo(1);

        vn.ngayhoi.support.PageClient leader =
                vn.ngayhoi.support.PageClient.signedIn(port, "ld2039", Api.DEMO_PASSWORD);
        String page = leader.get(path).body();
        java.util.Map<String, String> sendBack =
                new java.util.LinkedHashMap<>(vn.ngayhoi.support.PageClient.hiddenFields(page, path + "/return"));
        sendBack.put("reason", "Thiếu\u0000 hạn");
        vn.ngayhoi.support.PageClient.Page nul = leader.post(path + "/return", sendBack);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.body()).contains("reason");
        java.util.Map<String, String> approve =
                new java.util.LinkedHashMap<>(vn.ngayhoi.support.PageClient.hiddenFields(page, path + "/approve"));
        answers = bothAtOnce(() -> leader.post(path + "/approve", approve));
        assertThat(answers)
                .extracting(vn.ngayhoi.support.PageClient.Page::status)
                .allSatisfy(s -> assertThat(s).isIn(302, 303, 409));
        assertThat(audit(draft.id(), "DOCUMENT_APPROVED")).isEqualTo(1);
        assertThat(audit(draft.id(), "DOCUMENT_RETURNED")).isZero();
    }

    private long audit(long letterId, String action) {
        return jdbc.sql("select count(*) from audit_entry where target = ? and action = ?")
                .params(ChasingLetters.source(letterId), action)
                .query(Long.class)
                .single();
    }

    private static <T> List<T> bothAtOnce(java.util.function.Supplier<T> send) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return send.get();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
