package vn.ngayhoi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.evaluation.EvaluationFixture.Commune;
import vn.ngayhoi.evaluation.internal.RuleSetRepository.Settings;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.ConcurrentClicks;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * Evaluation in district 407 (Thị xã Nghi Sơn), years 2030 and 2042: the commune's derived ≥ 70%
 * criterion on hand-built trees, a festival-derived criterion, rule-set versions by date, classes
 * and deadlines from configuration, the API contract, scope (404 outside, 403 for non-authorities),
 * double clicks and control characters.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationIntegrationTests {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Admin-Test-Password-1";
    static final int YEAR = 2030;

    @LocalServerPort
    int port;

    @Autowired
    vn.ngayhoi.shared.files.FileStore files;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Evaluations evaluations;

    @Autowired
    EvaluationRules rules;

    @Autowired
    Registrations registrations;

    @Autowired
    FestivalManagement festivals;

    Api api;
    SignedIn signedIn;
    Territories.Territory t;
    Commune seventy;
    Commune sixtyNine;
    Commune other;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        signedIn = new SignedIn(userDetails);
        t = Territories.create(context, "407", YEAR);
        seventy = EvaluationFixture.commune(context, t.district(), "bay", "Xã Thử Bảy Mươi", 10);
        sixtyNine = EvaluationFixture.commune(context, t.district(), "sau", "Xã Thử Sáu Chín", 13);
        other = EvaluationFixture.commune(context, t.district(), "khac", "Xã Thử Khác", 2);
    }

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
        signedIn.clear();
    }

    void today(int year, int month, int day) {
        clock.set(
                LocalDate.of(year, month, day).atTime(9, 0).atZone(Formats.ZONE).toInstant());
    }

    Evaluations.Row row(Evaluation e, String code) {
        return evaluations.rows(e).stream()
                .filter(r -> r.criterion().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCommunesSeventyPercentFollowsItsKdcResults() {
        for (Commune c : List.of(seventy, sixtyNine)) {
            // 7 of 10 and 9 of 13 recognised, the rest not
            int recognised = c == seventy ? 7 : 9;
            for (int i = 0; i < c.kdcs().size(); i++) {
                EvaluationFixture.result(context, c.kdcs().get(i), YEAR, i < recognised, 85);
            }
        }
        Evaluation seventyOwn = registrations.systemRegister(seventy.unit(), YEAR, LocalDate.of(YEAR, 2, 1), "test");
        Evaluation sixtyNineOwn =
                registrations.systemRegister(sixtyNine.unit(), YEAR, LocalDate.of(YEAR, 2, 1), "test");
        Evaluations.Row at70 = signedIn.as(seventy.officer(), () -> row(seventyOwn, "XA6"));
        Evaluations.Row at69 = signedIn.as(sixtyNine.officer(), () -> row(sixtyNineOwn, "XA6"));
        assertThat(at70.suggested()).isEqualByComparingTo("70");
        assertThat(at70.met()).isTrue();
        assertThat(at69.suggested()).isEqualByComparingTo("69.23");
        assertThat(at69.met()).isFalse();
        // every KDC is registered: the "100% registered" criterion holds for both
        assertThat(signedIn.as(seventy.officer(), () -> row(seventyOwn, "XA5")).met())
                .isTrue();
        // the summary counts the same results
        JsonNode summary = api.get(
                        "/api/v1/evaluations/summary?year=" + YEAR + "&unit="
                                + sixtyNine.unit().code(),
                        sixtyNine.officer(),
                        EvaluationFixture.PASSWORD)
                .json();
        assertThat(summary.get("registered").asInt()).isEqualTo(14);
        assertThat(summary.get("recognised").asInt()).isEqualTo(9);
        JsonNode kdc = summary.get("byType").get(0);
        assertThat(kdc.get("unitKind").asString()).isEqualTo("KDC");
        assertThat(kdc.get("units").asInt()).isEqualTo(13);
        assertThat(kdc.get("recognisedRate").asInt()).isEqualTo(69);
        assertThat(summary.get("classes").get("KHA").asInt()).isEqualTo(9);
    }

    @Test
    void aFestivalDerivedCriterionFlipsWhenTheFestivalIsRecorded() {
        OrgUnit kdc = other.kdcs().get(0);
        Evaluation e = registrations.systemRegister(kdc, YEAR, LocalDate.of(YEAR, 1, 20), "test");
        signedIn.as(other.officer());
        assertThat(row(e, "Q510_NGAYHOI").met()).isFalse();
        Festival f = festivals.systemCreate(
                t.campaign().id(),
                kdc.id(),
                OffsetDateTime.of(2022, 8, 12, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
                OffsetDateTime.of(2022, 8, 12, 11, 0, 0, 0, ZoneOffset.ofHours(7)),
                "Nhà văn hóa thôn",
                false,
                FestivalStatus.REGISTERED,
                new FestivalDetails(null, null, null, null, null, null, null, null),
                null);
        assertThat(row(e, "Q510_NGAYHOI").met()).as("registered, not yet held").isFalse();
        festivals.systemRecordResults(f.id(), Map.of("PEOPLE", 120), List.of(), List.of(), null);
        Evaluations.Row held = row(e, "Q510_NGAYHOI");
        assertThat(held.met()).isTrue();
        assertThat(held.suggested()).isEqualByComparingTo("1");
    }

    @Test
    void aVersionActivatedFromADateAppliesToPeriodsEndingAfterIt() {
        // the seed: TT 48/2025 from 01/07/2025; the KDC period 2025 ends 31/10/2025, 2024's before
        assertThat(rules.applicable(UnitKind.KDC, 2025).orElseThrow().legalBasis())
                .contains("48/2025");
        assertThat(rules.applicable(UnitKind.KDC, 2024).orElseThrow().legalBasis())
                .doesNotContain("48/2025");
        assertThat(rules.applicable(UnitKind.COMMUNE, 2025).orElseThrow().authorityTier())
                .isEqualTo("PROVINCE");
        assertThat(rules.applicable(UnitKind.COMMUNE, 2024).orElseThrow().authorityTier())
                .isEqualTo("DISTRICT");
        // an administrator's copy activated from 01/07/2042 takes the 2042 period (ends 31/10/2042), not 2041's
        RuleSet base = rules.applicable(UnitKind.KDC, 2042).orElseThrow();
        RuleSet copy = signedIn.as(ADMIN, () -> rules.copy(base.id()));
        assertThat(copy.active()).isFalse();
        assertThat(rules.applicable(UnitKind.KDC, 2042).orElseThrow().id()).isEqualTo(base.id());
        signedIn.as(ADMIN, () -> rules.activate(copy.id(), copy.version(), LocalDate.of(2042, 7, 1)));
        assertThat(rules.applicable(UnitKind.KDC, 2042).orElseThrow().id()).isEqualTo(copy.id());
        assertThat(rules.applicable(UnitKind.KDC, 2041).orElseThrow().id()).isEqualTo(base.id());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EVALUATION_RULE_SET_ACTIVATED'"
                                + " and target = ?")
                        .param("evaluation_rule_set:" + copy.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theClassAndTheDeadlinesFollowTheConfiguration() {
        RuleSet base = rules.applicable(UnitKind.KDC, YEAR).orElseThrow();
        assertThat(base.classOf(95)).isEqualTo("XUAT_SAC");
        assertThat(base.classOf(75)).isEqualTo("KHA");
        assertThat(base.classOf(65)).isEqualTo("TRUNG_BINH");
        // KDC: the commune chairman before 15/11: 14/11/2030 (a Thursday)
        assertThat(rules.recognitionDue(base, YEAR)).isEqualTo(LocalDate.of(2030, 11, 14));
        assertThat(rules.classificationDue(base, YEAR)).isEqualTo(LocalDate.of(2030, 11, 19));
        RuleSet commune = rules.applicable(UnitKind.COMMUNE, YEAR).orElseThrow();
        assertThat(commune.periodOf(YEAR).start()).isEqualTo(LocalDate.of(2029, 11, 16));
        assertThat(commune.periodOf(YEAR).end()).isEqualTo(LocalDate.of(2030, 11, 15));
        // an edited copy: Khá from 60 points, the deadline on 16/11 (a Saturday) moved to the working day before
        RuleSet copy = signedIn.as(ADMIN, () -> rules.copy(base.id()));
        RuleSet edited = signedIn.as(
                ADMIN,
                () -> rules.edit(
                        copy.id(),
                        copy.version(),
                        new Settings(
                                copy.name(),
                                copy.legalBasis(),
                                copy.periodStart(),
                                copy.periodEnd(),
                                copy.registrationFrom(),
                                copy.registrationTo(),
                                copy.authorityTier(),
                                copy.authorityTitle(),
                                "11-16",
                                copy.classificationDue(),
                                "PREVIOUS_WORKING_DAY",
                                copy.registrationFiles(),
                                copy.recognitionFiles()),
                        Map.of(),
                        Map.of("KHA", 60)));
        assertThat(edited.classOf(65)).isEqualTo("KHA");
        assertThat(base.classOf(65)).isEqualTo("TRUNG_BINH");
        assertThat(rules.recognitionDue(edited, YEAR)).isEqualTo(LocalDate.of(2030, 11, 15));
        // the class a decision records comes from the thresholds: 75 points is Khá under the seed
        OrgUnit kdc = other.kdcs().get(1);
        Evaluation e = registrations.systemRegister(kdc, YEAR, LocalDate.of(YEAR, 2, 2), "test");
        signedIn.as(other.officer(), () -> {
            evaluations.assess(e.id(), null, EvaluationFixture.answers(base, true), "Báo cáo", "Biên bản");
            return evaluations.submit(e.id(), null);
        });
        // the submitted file is on the commune chairman's list, due on the configured date
        List<vn.ngayhoi.shared.web.TodoItem> todos = signedIn.as(other.leader(), () -> {
            var actor = context.getBean(vn.ngayhoi.shared.security.AccessPolicy.class)
                    .requireActor();
            return context.getBeansOfType(vn.ngayhoi.shared.web.TodoSource.class).values().stream()
                    .flatMap(source -> source.todosFor(actor).stream())
                    .filter(i ->
                            i.kind().equals("EVALUATION_RECOGNISE") && i.href().equals("/evaluation/" + e.id()))
                    .toList();
        });
        assertThat(todos).hasSize(1);
        assertThat(todos.get(0).dueDate()).isEqualTo(LocalDate.of(2030, 11, 14));
        Evaluation decided = signedIn.as(other.leader(), () -> evaluations.recognise(e.id(), null, 75));
        assertThat(decided.classCode()).isEqualTo("KHA");
        assertThat(decided.score()).isEqualTo(75);
        // a set in force is never edited (a change is a new version): 409
        assertThatThrownBy(() -> signedIn.as(
                        ADMIN, () -> rules.edit(base.id(), base.version(), settingsOf(base), Map.of(), Map.of())))
                .isInstanceOf(vn.ngayhoi.shared.ConflictException.class);
    }

    @Test
    void registrationIsOpenInQuarterIOnlyAndADoubleClickStoresOne() throws Exception {
        OrgUnit kdc = unitFor("dk");
        today(YEAR, 4, 2);
        Api.Reply late = api.postJson(
                "/api/v1/evaluations", other.officer(), EvaluationFixture.PASSWORD, body(kdc.code(), null));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("Chỉ đăng ký được từ ngày 01/01/2030 đến ngày 31/03/2030");
        today(YEAR, 2, 10);
        List<String> outcomes = ConcurrentClicks.press(
                3,
                userDetails,
                other.officer(),
                () -> Long.toString(registrations
                        .register(kdc.code(), YEAR, "Nghị quyết số 01-NQ/CB", "Kế hoạch số 02/KH")
                        .id()));
        assertThat(outcomes.stream().filter(o -> o.matches("\\d+"))).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.equals("evaluation.register.already")))
                .hasSize(2);
        assertThat(jdbc.sql("select count(*) from evaluation where unit_id = ? and year = ?")
                        .params(kdc.id(), YEAR)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Api.Reply again = api.postJson(
                "/api/v1/evaluations", other.officer(), EvaluationFixture.PASSWORD, body(kdc.code(), null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("đã đăng ký năm 2030");
        // the registration was issued once, as a numbered Bản đăng ký
        assertThat(jdbc.sql("select count(*) from issued_document where source like 'evaluation-registration:%'"
                                + " and source = (select 'evaluation-registration:' || id from evaluation"
                                + " where unit_id = ? and year = ?)")
                        .params(kdc.id(), YEAR)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    static Settings settingsOf(RuleSet s) {
        return new Settings(
                s.name(),
                s.legalBasis(),
                s.periodStart(),
                s.periodEnd(),
                s.registrationFrom(),
                s.registrationTo(),
                s.authorityTier(),
                s.authorityTitle(),
                s.recognitionDue(),
                s.classificationDue(),
                s.dueRoll(),
                s.registrationFiles(),
                s.recognitionFiles());
    }

    /** A KDC of its own for a test, under the "other" commune. */
    OrgUnit unitFor(String key) {
        return context.getBean(vn.ngayhoi.orgunit.OrgUnitManagement.class)
                .systemCreate(new vn.ngayhoi.orgunit.UnitCommands.CreateUnit(
                        other.unit().id(), "RESIDENTIAL_AREA", "Thôn thử " + key, EvaluationFixture.SINCE));
    }

    static String body(String unitCode, String criteria) {
        return "{\"unitCode\":\"" + unitCode + "\",\"year\":" + YEAR
                + (criteria == null
                        ? ""
                        : ",\"criteria\":" + criteria + ",\"reportText\":\"Báo cáo\"," + "\"minutesText\":\"Biên bản\"")
                + "}";
    }

    @Test
    void theApiContractReadsEveryNamedField() {
        JsonNode sets = api.get("/api/v1/evaluation-sets?year=" + YEAR, other.officer(), EvaluationFixture.PASSWORD)
                .json();
        assertThat(sets.get("total").asInt()).isEqualTo(4);
        JsonNode kdcSet = null;
        for (JsonNode s : sets.get("items")) {
            if (s.get("unitKind").asString().equals("KDC")) {
                kdcSet = s;
            }
        }
        assertThat(kdcSet.get("periodStart").asString()).isEqualTo("2029-11-01");
        assertThat(kdcSet.get("periodEnd").asString()).isEqualTo("2030-10-31");
        assertThat(kdcSet.get("registrationTo").asString()).isEqualTo("2030-03-31");
        assertThat(kdcSet.get("recognitionDue").asString()).isEqualTo("2030-11-14");
        assertThat(kdcSet.get("classes").get("XUAT_SAC").asInt()).isEqualTo(90);
        assertThat(kdcSet.get("criteria").get(0).get("code").asString()).isEqualTo("KDC1");

        OrgUnit kdc = unitFor("api");
        today(YEAR, 3, 1);
        Api.Reply created = api.postJson(
                "/api/v1/evaluations",
                other.officer(),
                EvaluationFixture.PASSWORD,
                body(
                        kdc.code(),
                        "{\"KDC1\":{\"met\":true,\"evidence\":\"Nghị quyết chi bộ\"},\"KDC2\":{\"met\":true},"
                                + "\"KDC3\":{\"met\":true},\"KDC4\":{\"value\":0},\"KDC5\":{\"met\":true}}"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode e = created.json();
        assertThat(e.get("unitCode").asString()).isEqualTo(kdc.code());
        assertThat(e.get("year").asInt()).isEqualTo(YEAR);
        assertThat(e.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(e.get("criteria").get("KDC1").get("met").asBoolean()).isTrue();
        assertThat(e.get("criteria").get("KDC1").get("evidence").asString()).isEqualTo("Nghị quyết chi bộ");
        assertThat(e.get("criteria").get("KDC4").get("value").asInt()).isZero();
        assertThat(e.get("criteria").get("Q510_NGAYHOI").get("met").asBoolean()).isFalse();
        long id = e.get("id").asLong();
        JsonNode listed = api.get(
                        "/api/v1/evaluations?year=" + YEAR + "&unit=" + kdc.code(),
                        other.officer(),
                        EvaluationFixture.PASSWORD)
                .json();
        assertThat(listed.get("total").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("id").asLong()).isEqualTo(id);
        // the unit's officer may not decide: 403; the commune's leader returns, then recognises
        today(YEAR, 10, 20);
        assertThat(api.postJson(
                                "/api/v1/evaluations/" + id + "/submit",
                                other.officer(),
                                EvaluationFixture.PASSWORD,
                                "{}")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SUBMITTED");
        assertThat(api.postJson(
                                "/api/v1/evaluations/" + id + "/recognise",
                                other.officer(),
                                EvaluationFixture.PASSWORD,
                                "{}")
                        .status())
                .isEqualTo(403);
        Api.Reply returned = api.postJson(
                "/api/v1/evaluations/" + id + "/return",
                other.leader(),
                EvaluationFixture.PASSWORD,
                "{\"reason\":\"Thiếu biên bản họp\"}");
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().get("returnReason").asString()).isEqualTo("Thiếu biên bản họp");
        api.postJson("/api/v1/evaluations/" + id + "/submit", other.officer(), EvaluationFixture.PASSWORD, "{}");
        JsonNode recognised = api.postJson(
                        "/api/v1/evaluations/" + id + "/recognise", other.leader(), EvaluationFixture.PASSWORD, "{}")
                .json();
        assertThat(recognised.get("status").asString()).isEqualTo("RECOGNISED");
        assertThat(recognised.get("score").asInt()).isEqualTo(85);
        assertThat(recognised.get("classCode").asString()).isEqualTo("KHA");
        // a second click on the decided file: 409 in Vietnamese, nothing changes
        Api.Reply twice = api.postJson(
                "/api/v1/evaluations/" + id + "/recognise", other.leader(), EvaluationFixture.PASSWORD, "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("Hồ sơ vừa được thay đổi");
        // audit of every step
        assertThat(jdbc.sql("select count(*) from audit_entry where target = ?")
                        .param("evaluation:" + id)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void scopeHidesOtherSubtreesAndOnlyTheAuthorityDecides() {
        Evaluation e = registrations.systemRegister(unitFor("pham-vi"), YEAR, LocalDate.of(YEAR, 2, 3), "test");
        assertThat(api.get("/api/v1/evaluations/" + e.id(), seventy.officer(), EvaluationFixture.PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.postJson(
                                "/api/v1/evaluations/" + e.id() + "/recognise",
                                seventy.leader(),
                                EvaluationFixture.PASSWORD,
                                "{}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(
                                "/api/v1/evaluations?year=" + YEAR + "&unit="
                                        + other.unit().code(),
                                seventy.officer(),
                                EvaluationFixture.PASSWORD)
                        .status())
                .isEqualTo(404);
        // in scope but not the authority: the district's standing office
        Territories.account(
                context,
                "dg.thuongtruc",
                EvaluationFixture.PASSWORD,
                "Thường trực thử",
                t.district(),
                vn.ngayhoi.shared.security.Role.STANDING_OFFICE);
        signedIn.as(other.officer(), () -> {
            evaluations.assess(e.id(), null, EvaluationFixture.answers(evaluations.ruleSet(e), true), "BC", "BB");
            return evaluations.submit(e.id(), null);
        });
        assertThat(api.postJson(
                                "/api/v1/evaluations/" + e.id() + "/recognise",
                                "dg.thuongtruc",
                                EvaluationFixture.PASSWORD,
                                "{}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theCommuneIssuesOneDecisionListingItsRecognisedUnitsWithACertificateEach() throws Exception {
        Commune c = EvaluationFixture.commune(context, t.district(), "qd", "Xã Thử Quyết Định", 2);
        EvaluationFixture.decided(context, signedIn, c.kdcs().get(0), YEAR, c, true);
        EvaluationFixture.result(context, c.kdcs().get(1), YEAR, false, 40);
        today(YEAR, 11, 10);
        RecognitionDecisions decisions = context.getBean(RecognitionDecisions.class);
        assertThatThrownBy(() -> signedIn.as(c.officer(), () -> decisions.issue(YEAR)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        RecognitionDecisions.Issued issued = signedIn.as(c.leader(), () -> decisions.issue(YEAR));
        assertThat(issued.decision().number().line()).matches("Số: \\d{2}/QĐ-UBND");
        assertThat(issued.certificates())
                .as("one certificate per recognised unit")
                .hasSize(1);
        issued.certificates().forEach(g -> assertThat(g.number().notation()).endsWith("/GCN-UBND"));
        List<String> notations = jdbc.sql("select decision_notation from evaluation where authority_unit_id = ?")
                .param(c.unit().id())
                .query(String.class)
                .list();
        assertThat(notations)
                .containsExactlyInAnyOrder(issued.decision().number().notation(), null);
        byte[] pdf = files.get(jdbc.sql("select pdf_sha256 from issued_document where id = ?")
                .param(issued.decision().id())
                .query(String.class)
                .single());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Thôn qd số 1")
                    .doesNotContain("Thôn qd số 2")
                    .contains("QUYẾT ĐỊNH");
        }
        // a second click finds the decision made: 409, no second number taken
        assertThatThrownBy(() -> signedIn.as(c.leader(), () -> decisions.issue(YEAR)))
                .isInstanceOf(vn.ngayhoi.shared.ConflictException.class)
                .hasMessage("evaluation.decision.already");
        assertThat(jdbc.sql("select count(*) from issued_document where source like ?")
                        .param("evaluation-decision:" + c.unit().id() + ":%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theAdministratorsPagesShowEveryVersionAndOthersMayNotCopy() {
        var admin = vn.ngayhoi.support.PageClient.signedIn(port, ADMIN, ADMIN_PASSWORD);
        String list = admin.get("/evaluation/rule-sets").body();
        assertThat(list).contains("(TT 124/2021)").contains("(TT 48/2025)").contains("từ 01/07/2025");
        RuleSet kdc = rules.applicable(UnitKind.KDC, YEAR).orElseThrow();
        var page = admin.get("/evaluation/rule-sets/" + kdc.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(kdc.criteria().get(0).text()).contains("Sao chép để sửa");
        var officer = vn.ngayhoi.support.PageClient.signedIn(port, other.officer(), EvaluationFixture.PASSWORD);
        String seen = officer.get("/evaluation/rule-sets/" + kdc.id()).body();
        assertThat(seen).doesNotContain("Sao chép để sửa");
        var refused = officer.post(
                "/evaluation/rule-sets/" + kdc.id() + "/copy",
                Map.of("version", Integer.toString(kdc.version()), "_csrf", vn.ngayhoi.support.PageClient.csrf(seen)));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void controlCharactersAreRefusedAndNothingIsStored() {
        OrgUnit kdc = unitFor("nul");
        Evaluation e = registrations.systemRegister(kdc, YEAR, LocalDate.of(YEAR, 2, 4), "test");
        Api.Reply bad = api.postJson(
                "/api/v1/evaluations",
                other.officer(),
                EvaluationFixture.PASSWORD,
                body(kdc.code(), "{\"KDC1\":{\"met\":true,\"evidence\":\"Biên\\u0000bản\"}}"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from evaluation_answer where evaluation_id = ?")
                        .param(e.id())
                        .query(Long.class)
                        .single())
                .isZero();
        signedIn.as(other.officer());
        assertThatThrownBy(() -> evaluations.assess(
                        e.id(),
                        null,
                        Map.of("KDC1", new Evaluations.AnswerInput(true, null, "a\u0001b", null)),
                        null,
                        null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> evaluations.assess(
                        e.id(),
                        null,
                        Map.of("KDC4", new Evaluations.AnswerInput(null, new BigDecimal("1e12"), null, null)),
                        null,
                        null))
                .isInstanceOf(ValidationException.class);
    }
}
