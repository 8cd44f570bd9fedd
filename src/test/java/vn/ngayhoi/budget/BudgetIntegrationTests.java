package vn.ngayhoi.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.MoneyWords;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.ConcurrentClicks;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * The budget of huyện Quảng Xương (406, campaign numbered 2028) end to end: an estimate of
 * 93.250.000 đ from its Công an huyện with exact amounts, the Tờ trình, an appraisal that reduces the
 * meals to the norm, the chairman's Quyết định, a commune's payments never above its line (two at
 * once included), scope and roles, the settlement and the report's budget indicator, the gift list,
 * the spreadsheets and the API contract field by field.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BudgetIntegrationTests {

    static final String PASSWORD = "Mat-khau-kinh-phi-7";
    static final String OFFICE = "kp.thuongtruc";
    static final String CHAIRMAN = "kp.chutich";
    static final String FINANCE = "kp.taichinh";
    static final String HOME_AFFAIRS = "kp.noivu";
    static final String OFFICER_A = "kp.xa.a";
    static final String OFFICER_B = "kp.xa.b";
    static final long SUPPORT = 50_000_000;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    vn.ngayhoi.festival.FestivalLeaders leaders;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Spending spending;

    @Autowired
    Appraisals appraisals;

    @Autowired
    Estimates estimates;

    @Autowired
    BudgetSheets sheets;

    @Autowired
    Gifts gifts;

    @Autowired
    List<TodoSource> todoSources;

    Api api;
    SignedIn signedIn;
    Territories.Territory t;
    OrgUnit police;
    OrgUnit a;
    OrgUnit b;
    Festival festivalA;
    long estimateId;
    long chairmanId;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        signedIn = new SignedIn(userDetails);
        t = Territories.create(context, "406", 2028);
        List<OrgUnit> communes = units.systemUnitsOfTypes(t.district().path(), List.of("COMMUNE", "TOWNSHIP")).stream()
                .filter(u -> u.validOn(LocalDate.of(2022, 8, 10)))
                .sorted(Comparator.comparing(OrgUnit::code))
                .toList();
        a = communes.get(0);
        b = communes.get(1);
        police = BudgetTestFiles.unit(context, t.district(), "AGENCY", "Công an huyện Quảng Xương");
        OrgUnit finance = BudgetTestFiles.unit(context, t.district(), "DEPARTMENT", "Phòng Tài chính - Kế hoạch");
        OrgUnit homeAffairs = BudgetTestFiles.unit(context, t.district(), "DEPARTMENT", "Phòng Nội vụ");
        Territories.account(context, OFFICE, PASSWORD, "Thường trực kinh phí", t.district(), Role.STANDING_OFFICE);
        Territories.account(context, CHAIRMAN, PASSWORD, "Chủ tịch Quảng Xương", t.district(), Role.LEADER);
        Territories.account(context, FINANCE, PASSWORD, "Chuyên viên Tài chính", finance, Role.DEPARTMENT_OFFICER);
        Territories.account(
                context, HOME_AFFAIRS, PASSWORD, "Chuyên viên Nội vụ", homeAffairs, Role.DEPARTMENT_OFFICER);
        Territories.account(context, OFFICER_A, PASSWORD, "Cán bộ xã A", a, Role.UNIT_OFFICER);
        Territories.account(context, OFFICER_B, PASSWORD, "Cán bộ xã B", b, Role.UNIT_OFFICER);
        chairmanId = context.getBean(AccountManagement.class)
                .systemFindByUsername(CHAIRMAN)
                .orElseThrow()
                .id();
        festivalA = festivals.systemCreate(
                t.campaign().id(),
                a.id(),
                at(15, 7),
                at(15, 11),
                "Sân vận động xã thử 406",
                true,
                FestivalStatus.REGISTERED,
                new FestivalDetails(null, null, null, null, null, null, null, null),
                null);
        leaders.systemAssignLeader(festivalA.id(), chairmanId, CHAIRMAN);
    }

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
        signedIn.clear();
    }

    static java.time.OffsetDateTime at(int day, int hour) {
        return LocalDateTime.of(2022, 8, day, hour, 0).atZone(Formats.ZONE).toOffsetDateTime();
    }

    @Test
    @Order(1)
    void theWordsOfTheTwoTotalsAreWrittenOutExactly() {
        assertThat(MoneyWords.dong(93_250_000)).isEqualTo("Chín mươi ba triệu hai trăm năm mươi nghìn đồng");
        assertThat(MoneyWords.dong(1_005_000)).isEqualTo("Một triệu không trăm linh năm nghìn đồng");
        // a commune's own small estimate: 1.000.000 + 5.000, in figures and in words through the API
        Api.Reply own = api.postJson("/api/v1/budgets?campaign=" + t.campaign().id(), OFFICER_B, PASSWORD, """
                {"title":"Dự toán của xã B","lines":[
                 {"activity":"FESTIVAL","content":"Khánh tiết","unit":"gói","quantity":1,"unitPrice":1000000,"source":"LOCAL_BUDGET"},
                 {"activity":"OTHER","content":"Nước uống","unit":"bình","quantity":1,"unitPrice":5000,"source":"SOCIALIZED"}]}""");
        assertThat(own.status()).as(own.body()).isEqualTo(201);
        assertThat(own.json().get("total").asLong()).isEqualTo(1_005_000);
        assertThat(own.json().get("totalInWords").asString()).isEqualTo("Một triệu không trăm linh năm nghìn đồng");
        assertThat(own.json().get("unitCode").asString()).isEqualTo(b.code());
    }

    @Test
    @Order(2)
    void anEstimatesAmountsAreQuantityTimesUnitPriceExactlyAndItsContractReadsEveryField() {
        for (int i = 0; i < 5; i++) {
            signedIn.as(OFFICER_A);
            gifts.add(
                    festivalA.id(),
                    new Gifts.NewGift("Người nhận " + i, "PERSON", "POLICY", "Quà", 500_000L, chairmanId));
        }
        signedIn.as(OFFICER_A);
        // the giver must be a leader assigned to the festival
        long notLeader = context.getBean(AccountManagement.class)
                .systemFindByUsername(OFFICE)
                .orElseThrow()
                .id();
        assertThatThrownBy(() ->
                        gifts.add(festivalA.id(), new Gifts.NewGift("X", "PERSON", "OTHER", "Quà", 1L, notLeader)))
                .isInstanceOf(ValidationException.class);
        assertThat(gifts.of(festivalA.id()).total()).isEqualTo(2_500_000);
        long first = gifts.of(festivalA.id()).gifts().get(0).id();
        gifts.handed(first);
        assertThatThrownBy(() -> gifts.handed(first))
                .isInstanceOf(ConflictException.class)
                .hasMessage("budget.gift.handedAlready");
        assertThat(gifts.of(festivalA.id()).handedTotal()).isEqualTo(500_000);
        signedIn.clear();
        var pages = vn.ngayhoi.support.PageClient.signedIn(port, OFFICER_A, PASSWORD);
        assertThat(pages.get("/festivals/" + festivalA.id() + "/gifts").body()).contains("Người nhận 4");
        var sheet = pages.get("/festivals/" + festivalA.id() + "/gifts/print");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.body()).contains("Người nhận 0").contains("2.500.000");

        // 3 × 333.333.333.333 does not fit a double's exact cents but is exact in whole đồng
        Api.Reply big = api.postJson(
                "/api/v1/budgets?campaign=" + t.campaign().id() + "&unit=" + a.code(), OFFICER_A, PASSWORD, """
                {"lines":[{"activity":"OTHER","content":"Thử số lớn","unit":"lần","quantity":3,"unitPrice":333333333333}]}""");
        assertThat(big.status()).as(big.body()).isEqualTo(201);
        assertThat(big.json().get("lines").get(0).get("amount").asLong()).isEqualTo(999_999_999_999L);
        // a stated amount that is not quantity × unit price, and a product beyond a long: 400, nothing stored
        long before = count("budget_estimate");
        Api.Reply wrong = api.postJson(
                "/api/v1/budgets?campaign=" + t.campaign().id() + "&unit=" + police.code(), OFFICE, PASSWORD, """
                {"lines":[{"activity":"OTHER","content":"Sai","unit":"cái","quantity":7,"unitPrice":1234567,"amount":8641970}]}""");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("message").asString()).contains("không bằng số lượng nhân đơn giá");
        Api.Reply huge = api.postJson(
                "/api/v1/budgets?campaign=" + t.campaign().id() + "&unit=" + police.code(), OFFICE, PASSWORD, """
                {"lines":[{"activity":"OTHER","content":"Quá lớn","unit":"cái","quantity":1000000000,"unitPrice":1000000000000}]}""");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(count("budget_estimate")).isEqualTo(before);

        Api.Reply created = api.postJson(
                "/api/v1/budgets?campaign=" + t.campaign().id() + "&unit=" + police.code(),
                OFFICE,
                PASSWORD,
                """
                {"title":"Dự toán Ngày hội của Công an huyện","lines":[
                 {"activity":"FESTIVAL","activityRef":%d,"content":"Hỗ trợ xã tổ chức điểm","unit":"gói","quantity":1,"unitPrice":%d,"source":"LOCAL_BUDGET","spendingUnit":"%s"},
                 {"activity":"PLAN_ITEM","content":"Pano, băng rôn","unit":"cái","quantity":5,"unitPrice":2500000,"source":"LOCAL_BUDGET","normCode":"BANNER"},
                 {"activity":"PLAN_ITEM","content":"Tiền ăn đại biểu","unit":"suất","quantity":150,"unitPrice":180000,"amount":27000000,"source":"LOCAL_BUDGET","normCode":"MEAL"},
                 {"activity":"OTHER","content":"Nước uống","unit":"người","quantity":50,"unitPrice":25000,"source":"SOCIALIZED","normCode":"WATER"}]}""".formatted(festivalA.id(), SUPPORT, a.code()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        estimateId = created.json().get("id").asLong();
        signedIn.as(OFFICE);
        estimates.addGiftLines(estimateId, festivalA.id());
        signedIn.clear();

        JsonNode e = api.get(
                        "/api/v1/budgets?campaign=" + t.campaign().id() + "&unit=" + police.code(), OFFICE, PASSWORD)
                .json();
        assertThat(e.get("total").asLong()).isEqualTo(1);
        JsonNode item = e.get("items").get(0);
        assertThat(item.get("total").asLong()).isEqualTo(93_250_000);
        assertThat(item.get("totalInWords").asString()).isEqualTo("Chín mươi ba triệu hai trăm năm mươi nghìn đồng");
        assertThat(item.get("status").asString()).isEqualTo("DRAFT");
        assertThat(item.get("totalsBySource").get("SOCIALIZED").asLong()).isEqualTo(1_250_000);
        assertThat(item.get("totalsByActivity").get("GIFTS").asLong()).isEqualTo(2_500_000);
        JsonNode lines = item.get("lines");
        // the five gifts of one kind and value are one gift line
        assertThat(lines.size()).isEqualTo(5);
        long sum = 0;
        for (JsonNode l : lines) {
            assertThat(l.get("amount").asLong())
                    .isEqualTo(Math.multiplyExact(
                            l.get("quantity").asLong(), l.get("unitPrice").asLong()));
            assertThat(l.get("content").asString()).isNotBlank();
            assertThat(l.get("unit").asString()).isNotBlank();
            assertThat(l.get("source").asString()).isIn("LOCAL_BUDGET", "SOCIALIZED", "OTHER");
            assertThat(l.get("activity").asString()).isIn("PLAN_ITEM", "FESTIVAL", "GIFTS", "PRIZE", "OTHER");
            sum += l.get("amount").asLong();
        }
        assertThat(sum).isEqualTo(93_250_000);
        JsonNode meals = lines.get(2);
        assertThat(meals.get("aboveNorm").asBoolean()).isTrue();
        assertThat(meals.get("normAmount").asLong()).isEqualTo(150_000);
        assertThat(lines.get(1).get("aboveNorm").asBoolean()).isFalse();
        assertThat(lines.get(0).get("spendingUnit").asString()).isEqualTo(a.code());
        assertThat(lines.get(4).get("activity").asString()).isEqualTo("GIFTS");
        assertThat(lines.get(4).get("quantity").asLong()).isEqualTo(5);
    }

    @Test
    @Order(3)
    void theTờTrìnhIsIssuedAndOnlyTheFinanceDepartmentAppraisesAndAReductionChangesTheApprovedTotal() throws Exception {
        Api.Reply submitted = api.postJson("/api/v1/budgets/" + estimateId + "/submit", OFFICE, PASSWORD, "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("submissionNumber").asString()).matches("Số: \\d{2}/TTr-CAH");
        assertThat(submitted.json().get("submissionDocumentId").isNull()).isFalse();
        // a second press is a Vietnamese 409
        Api.Reply again = api.postJson("/api/v1/budgets/" + estimateId + "/submit", OFFICE, PASSWORD, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asString()).contains("đã được trình");
        assertThat(kinds(FINANCE)).contains("BUDGET_APPRAISE");
        assertThat(notices(FINANCE)).isGreaterThanOrEqualTo(1);

        long mealsLine = line(2);
        String appraisal = """
                {"lines":[{"lineId":%d,"agreedAmount":22500000,"reason":"Giảm theo định mức 150.000 đồng/suất"}],
                 "note":"Các nội dung khác phù hợp","forward":true}""".formatted(mealsLine);
        // in scope but not the finance department (the standing office, the chairman): 403, nothing changes;
        // another department does not see the estimate at all
        assertThat(api.postJson("/api/v1/budgets/" + estimateId + "/appraisal", CHAIRMAN, PASSWORD, appraisal)
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson("/api/v1/budgets/" + estimateId + "/appraisal", HOME_AFFAIRS, PASSWORD, appraisal)
                        .status())
                .isEqualTo(404);
        assertThat(api.postJson("/api/v1/budgets/" + estimateId + "/appraisal", OFFICE, PASSWORD, appraisal)
                        .status())
                .isEqualTo(403);
        // a reduction without a reason is refused by name
        Api.Reply noReason = api.postJson(
                "/api/v1/budgets/" + estimateId + "/appraisal", FINANCE, PASSWORD, """
                {"lines":[{"lineId":%d,"agreedAmount":22500000}],"forward":true}""".formatted(mealsLine));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("message").asString()).contains("lý do");
        Api.Reply appraised =
                api.postJson("/api/v1/budgets/" + estimateId + "/appraisal", FINANCE, PASSWORD, appraisal);
        assertThat(appraised.status()).as(appraised.body()).isEqualTo(200);
        JsonNode reduced = appraised.json().get("lines").get(2);
        assertThat(reduced.get("agreedAmount").asLong()).isEqualTo(22_500_000);
        assertThat(reduced.get("reason").asString()).isEqualTo("Giảm theo định mức 150.000 đồng/suất");
        assertThat(reduced.get("verdict").asString()).isEqualTo("REDUCE");
        assertThat(appraised.json().get("agreedTotal").asLong()).isEqualTo(93_250_000 - 4_500_000);
        assertThat(appraised.json().get("status").asString()).isEqualTo("APPRAISED");
        Api.Reply twice = api.postJson("/api/v1/budgets/" + estimateId + "/appraisal", FINANCE, PASSWORD, appraisal);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asString()).contains("đã được thẩm định");
        assertThat(kinds(CHAIRMAN)).contains("BUDGET_APPROVE");

        // only the chairman approves; two presses at once store one decision
        assertThat(api.postJson("/api/v1/budgets/" + estimateId + "/approve", OFFICE, PASSWORD, "{}")
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson("/api/v1/budgets/" + estimateId + "/approve", FINANCE, PASSWORD, "{}")
                        .status())
                .isEqualTo(403);
        List<String> outcomes = ConcurrentClicks.press(
                2, userDetails, CHAIRMAN, () -> appraisals.approve(estimateId).approvalNumber());
        assertThat(outcomes).filteredOn(o -> o.matches("Số: \\d{2}/QĐ-UBND")).hasSize(1);
        assertThat(outcomes).contains("budget.state.APPROVED");
        assertThat(jdbc.sql("select count(*) from outgoing_document where source = ?")
                        .param("budget-decision:" + estimateId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Api.Reply late = api.postJson("/api/v1/budgets/" + estimateId + "/approve", CHAIRMAN, PASSWORD, "{}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("message").asString()).contains("đã được duyệt");

        JsonNode summary = api.get("/api/v1/budgets/" + estimateId + "/summary", OFFICE, PASSWORD)
                .json();
        assertThat(summary.get("approved").asLong()).isEqualTo(88_750_000);
        assertThat(summary.get("spent").asLong()).isZero();
        assertThat(summary.get("remaining").asLong()).isEqualTo(88_750_000);
        assertThat(summary.get("lines").get(2).get("approved").asLong()).isEqualTo(22_500_000);
        assertThat(hrefs(OFFICER_A)).contains("/budgets/" + estimateId + "/spending");
    }

    @Test
    @Order(4)
    void aPaymentAboveTheLinesRemainingIsRefusedAndTwoAtOnceCannotOverspend() throws Exception {
        long support = line(0);
        String photo = Base64.getEncoder().encodeToString(png());
        Api.Reply paid = api.postJson(
                "/api/v1/budgets/" + estimateId + "/payments", OFFICER_A, PASSWORD, """
                {"lineId":%d,"date":"2022-08-09","payee":"Hộ kinh doanh âm thanh","amount":30000000,
                 "attachment":{"fileName":"hoa-don.png","content":"%s"}}""".formatted(support, photo));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        JsonNode p = paid.json();
        assertThat(p.get("lineId").asLong()).isEqualTo(support);
        assertThat(p.get("date").asString()).isEqualTo("2022-08-09");
        assertThat(p.get("payee").asString()).isEqualTo("Hộ kinh doanh âm thanh");
        assertThat(p.get("amount").asLong()).isEqualTo(30_000_000);
        assertThat(p.get("attachment").get("fileName").asString()).isEqualTo("hoa-don.png");
        assertThat(p.get("attachment").get("type").asString()).isEqualTo("image/png");

        long payments = count("budget_payment");
        Api.Reply over = api.postJson(
                "/api/v1/budgets/" + estimateId + "/payments", OFFICER_A, PASSWORD, """
                {"lineId":%d,"date":"2022-08-09","payee":"Thêm","amount":20000001,
                 "attachment":{"fileName":"hoa-don.png","content":"%s"}}""".formatted(support, photo));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("message").asString())
                .contains("vượt số còn lại")
                .contains("20.000.000");
        // a file that is not what its name says, and a NUL in the payee: 400, nothing stored
        Api.Reply fake = api.postJson("/api/v1/budgets/" + estimateId + "/payments", OFFICER_A, PASSWORD, """
                {"lineId":%d,"payee":"X","amount":1,"attachment":{"fileName":"hoa-don.png","content":"%s"}}""".formatted(
                        support, Base64.getEncoder().encodeToString("not an image".getBytes())));
        assertThat(fake.status()).isEqualTo(400);
        Api.Reply nul = api.postJson(
                "/api/v1/budgets/" + estimateId + "/payments", OFFICER_A, PASSWORD, """
                {"lineId":%d,"payee":"a\\u0000b","amount":1,"attachment":{"fileName":"hoa-don.png","content":"%s"}}""".formatted(support, photo));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(count("budget_payment")).isEqualTo(payments);

        // 20.000.000 left; two payments of 15.000.000 at once: one is stored, the other refused
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    SignedIn me = new SignedIn(userDetails);
                    me.as(OFFICER_A);
                    try {
                        go.await();
                        spending.pay(
                                estimateId,
                                new Spending.NewPayment(support, null, "Cùng lúc", 15_000_000L),
                                new Spending.Upload("hoa-don.png", png()));
                        return "stored";
                    } catch (ValidationException e) {
                        return e.problems().get(0).messageKey();
                    } finally {
                        me.clear();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("stored", "budget.payment.overLine");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select sum(amount) from budget_payment where line_id = ?")
                        .param(support)
                        .query(Long.class)
                        .single())
                .isEqualTo(45_000_000);

        JsonNode list = api.get("/api/v1/budgets/" + estimateId + "/payments", OFFICER_A, PASSWORD)
                .json();
        assertThat(list.get("total").asLong()).isEqualTo(2);
        list.get("items").forEach(i -> assertThat(i.get("unitCode").asString()).isEqualTo(a.code()));
        JsonNode mine = api.get("/api/v1/budgets/" + estimateId + "/summary", OFFICER_A, PASSWORD)
                .json();
        assertThat(mine.get("lines").size()).isEqualTo(2);
        assertThat(mine.get("spent").asLong()).isEqualTo(45_000_000);
        assertThat(mine.get("lines").get(0).get("remaining").asLong()).isEqualTo(5_000_000);
    }

    @Test
    @Order(5)
    void aCommuneSeesOnlyItsOwnAllocationAndPayments() {
        long support = line(0);
        // another commune: the estimate, its payments, its summary and a's unit filter are 404
        assertThat(api.get("/api/v1/budgets/" + estimateId + "/payments", OFFICER_B, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/budgets/" + estimateId + "/summary?unit=" + a.code(), OFFICER_B, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/budgets/" + estimateId, OFFICER_B, PASSWORD).status())
                .isEqualTo(404);
        Api.Reply pay = api.postJson("/api/v1/budgets/" + estimateId + "/payments", OFFICER_B, PASSWORD, """
                {"lineId":%d,"payee":"X","amount":1,"attachment":{"fileName":"a.png","content":"%s"}}""".formatted(
                        support, Base64.getEncoder().encodeToString(png())));
        assertThat(pay.status()).isEqualTo(404);
        // a sees its own lines only, and not the meals line of Công an huyện
        assertThat(api.get("/api/v1/budgets/" + estimateId + "/payments?unit=" + police.code(), OFFICER_A, PASSWORD)
                        .status())
                .isEqualTo(404);
        JsonNode asA =
                api.get("/api/v1/budgets/" + estimateId, OFFICER_A, PASSWORD).json();
        asA.get("lines")
                .forEach(l -> assertThat(l.get("spendingUnit").asString()).isEqualTo(a.code()));
        // the list of the campaign shows b its own estimate and not the district's
        JsonNode ofB = api.get("/api/v1/budgets?campaign=" + t.campaign().id(), OFFICER_B, PASSWORD)
                .json();
        ofB.get("items").forEach(i -> assertThat(i.get("unitCode").asString()).isEqualTo(b.code()));
        // the standing office sees every estimate of the campaign; `unit` narrows the list to one unit's
        JsonNode all = api.get("/api/v1/budgets?campaign=" + t.campaign().id(), OFFICE, PASSWORD)
                .json();
        JsonNode onlyB = api.get(
                        "/api/v1/budgets?campaign=" + t.campaign().id() + "&unit=" + b.code(), OFFICE, PASSWORD)
                .json();
        assertThat(onlyB.get("total").asLong())
                .isPositive()
                .isLessThan(all.get("total").asLong());
        onlyB.get("items").forEach(i -> assertThat(i.get("unitCode").asString()).isEqualTo(b.code()));
    }

    @Test
    @Order(6)
    void theSettlementFreezesTheSpentTotalAndTheReportsBudgetIndicatorEqualsIt() throws Exception {
        List<String> outcomes = ConcurrentClicks.press(
                2,
                userDetails,
                OFFICER_A,
                () -> Long.toString(spending.settle(estimateId, a.code()).spent()));
        assertThat(outcomes).containsExactlyInAnyOrder("45000000", "budget.settlement.already");
        assertThat(hrefs(OFFICER_A)).doesNotContain("/budgets/" + estimateId + "/spending");
        Api.Reply after =
                api.postJson("/api/v1/budgets/" + estimateId + "/payments", OFFICER_A, PASSWORD, """
                {"lineId":%d,"payee":"Sau quyết toán","amount":1,"attachment":{"fileName":"a.png","content":"%s"}}""".formatted(
                                line(0), Base64.getEncoder().encodeToString(png())));
        assertThat(after.status()).isEqualTo(409);
        long settled = jdbc.sql("select spent from budget_settlement where estimate_id = ? and unit_id = ?")
                .params(estimateId, a.id())
                .query(Long.class)
                .single();
        var report = context.getBean(ReportManagement.class).systemOpen(t.form().id(), a.id());
        assertThat(report.data().value("budget_spent")).isEqualTo(Long.toString(settled));
        assertThat(report.data().prefilled()).contains("budget_spent");
        // a commune without an allocation types its own figure
        var ofB = context.getBean(ReportManagement.class).systemOpen(t.form().id(), b.id());
        assertThat(ofB.data().prefilled()).doesNotContain("budget_spent");
    }

    @Test
    @Order(7)
    void theSpreadsheetsKeepNumbersAsNumbers() throws Exception {
        signedIn.as(OFFICE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheets.estimate(estimateId)))) {
            var row = wb.getSheetAt(0).getRow(3);
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) row.getCell(6).getNumericCellValue()).isEqualTo(SUPPORT);
            var total = wb.getSheetAt(0).getRow(8);
            assertThat((long) total.getCell(6).getNumericCellValue()).isEqualTo(93_250_000);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheets.appraisal(estimateId)))) {
            var meals = wb.getSheetAt(0).getRow(5);
            assertThat(meals.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) meals.getCell(3).getNumericCellValue()).isEqualTo(22_500_000);
            assertThat((long) meals.getCell(4).getNumericCellValue()).isEqualTo(4_500_000);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheets.settlement(estimateId, a.code())))) {
            var s = wb.getSheetAt(0);
            assertThat(s.getRow(3).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) s.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(45_000_000);
        }
        assertThatThrownBy(() -> estimates.submit(estimateId)).isInstanceOf(ConflictException.class);
    }

    @Test
    @Order(8)
    void theDemoBudgetIsOneSourceForSonHasSpendingFigure() {
        long demo = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        var e = jdbc.sql("select id, status from budget_estimate where campaign_id = ?")
                .param(demo)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        assertThat(e[1]).isEqualTo("APPROVED");
        long estimate = (Long) e[0];
        // one line reduced by the department, the approved total the sum of agreed amounts
        assertThat(jdbc.sql("select count(*) from budget_line where estimate_id = ? and verdict = 'REDUCE'")
                        .param(estimate)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        long sonHa = Territories.unit(context, "15004").id();
        long spent = jdbc.sql("select sum(p.amount) from budget_payment p join budget_line l on l.id = p.line_id"
                        + " where p.estimate_id = ? and l.spending_unit_id = ?")
                .params(estimate, sonHa)
                .query(Long.class)
                .single();
        assertThat(spent).isEqualTo(11_750_000);
        String reported = jdbc.sql("select r.data -> 'values' ->> 'budget_spent' from report r join report_form f"
                        + " on f.id = r.form_id where f.campaign_id = ? and r.unit_id = ?")
                .params(demo, sonHa)
                .query(String.class)
                .single();
        assertThat(Long.parseLong(reported)).isEqualTo(spent);
    }

    private long line(int index) {
        return jdbc.sql("select id from budget_line where estimate_id = ? order by line_no")
                .param(estimateId)
                .query(Long.class)
                .list()
                .get(index);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<String> kinds(String user) {
        var actor = signedIn.as(
                user,
                () -> context.getBean(vn.ngayhoi.shared.security.AccessPolicy.class)
                        .requireActor());
        List<String> out = new ArrayList<>();
        for (TodoSource s : todoSources) {
            s.todosFor(actor).stream().map(TodoItem::kind).forEach(out::add);
        }
        return out;
    }

    private List<String> hrefs(String user) {
        var actor = signedIn.as(
                user,
                () -> context.getBean(vn.ngayhoi.shared.security.AccessPolicy.class)
                        .requireActor());
        List<String> out = new ArrayList<>();
        for (TodoSource s : todoSources) {
            s.todosFor(actor).stream().map(TodoItem::href).forEach(out::add);
        }
        return out;
    }

    private long notices(String user) {
        return jdbc.sql("select count(*) from notification n join app_user u on u.id = n.user_id where u.username = ?"
                        + " and n.link like '/budgets/%'")
                .param(user)
                .query(Long.class)
                .single();
    }

    static byte[] png() {
        return vn.ngayhoi.budget.BudgetTestFiles.png();
    }
}
