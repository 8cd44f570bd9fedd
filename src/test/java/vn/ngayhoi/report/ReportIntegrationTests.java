package vn.ngayhoi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.report.internal.Rollups;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * Reports against a campaign of their own (a second committee of huyện Quan Sơn, due 20/08/2022
 * with 2 grace days and entry locking 5 days after the deadline), so the demo's reports stay as
 * they are: totals against a hand sum, returns, lateness by the clock, the lock and its exception,
 * and scope through the API.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIntegrationTests {

    @Autowired
    ReportManagement reports;

    @Autowired
    ReportForms forms;

    @Autowired
    ReportTotals totals;

    @Autowired
    UpwardReports upward;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    vn.ngayhoi.notification.NotificationCenter notifications;

    @Autowired
    UserDetailsService userDetails;

    @LocalServerPort
    int port;

    SignedIn signedIn;
    Api api;
    Campaign campaign;
    ReportForm form;
    OrgUnit area;

    static final String SON_HA = "15004";
    static final String MUONG_MIN = "15025";
    static final String TAM_THANH = "15007";

    @BeforeAll
    void setUpCampaign() {
        signedIn = new SignedIn(userDetails);
        api = new Api(port);
        OrgUnit quanSon = units.systemFind("2024", "387").orElseThrow();
        OrgUnit committee =
                units.systemCreate(new CreateUnit(quanSon.id(), "COMMITTEE", "Ban Chỉ đạo thử báo cáo Quan Sơn", null));
        campaign = campaigns.systemCreate(new NewCampaign(
                committee.id(),
                // not 2022: other tests find the demo campaign as the only one of that year
                2021,
                "Đợt thử báo cáo",
                LocalDate.of(2022, 8, 1),
                LocalDate.of(2022, 8, 19),
                LocalDate.of(2022, 8, 20),
                null,
                null,
                null,
                null,
                List.of()));
        ReportForm made = forms.systemDefineDefault(campaign);
        signedIn.as("thuongtruc");
        try {
            form = forms.updateSettings(
                    made.id(),
                    new ReportForms.Settings(
                            made.title(),
                            LocalDate.of(2022, 8, 20),
                            2,
                            5,
                            List.of("COMMUNE", "TOWNSHIP", "RESIDENTIAL_AREA")),
                    made.version());
        } finally {
            signedIn.clear();
        }
        area = quanSon;
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
        clock.set(at(10, 8));
    }

    private static java.time.Instant at(int day, int hour) {
        return LocalDateTime.of(2022, 8, day, hour, 0).atZone(Formats.ZONE).toInstant();
    }

    private Report open(String user, String unitCode) {
        signedIn.as(user);
        try {
            return reports.open(campaign.id(), unitCode);
        } finally {
            signedIn.clear();
        }
    }

    private Report submit(String user, String unitCode, Map<String, String> values) {
        Report r = open(user, unitCode);
        signedIn.as(user);
        try {
            return reports.submit(r.id(), new Entry(values, narrative()), r.version());
        } finally {
            signedIn.clear();
        }
    }

    private static ReportData.Narrative narrative() {
        return new ReportData.Narrative("Tổ chức đúng kế hoạch.", null, null, null);
    }

    private static Map<String, String> values(int participants, int banners, String budget) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("participants", Integer.toString(participants));
        v.put("banners", Integer.toString(banners));
        v.put("budget_spent", budget);
        v.put("collectives_proposed", "3");
        v.put("collectives_commended", "2");
        return v;
    }

    private Report as(String user, java.util.function.Supplier<Report> action) {
        signedIn.as(user);
        try {
            return action.get();
        } finally {
            signedIn.clear();
        }
    }

    private Map<String, BigDecimal> totalsOf(String unitCode, boolean submitted) {
        signedIn.as("thuongtruc");
        try {
            return totals.totals(totals.area(campaign.id(), unitCode), submitted)
                    .values();
        } finally {
            signedIn.clear();
        }
    }

    private Map<String, BigDecimal> live(String unitCode, boolean submitted) {
        String path = units.systemFind("2024", unitCode).orElseThrow().path();
        Map<String, BigDecimal> map = new HashMap<>();
        jdbc.sql(Rollups.LIVE_SUM_SQL)
                .params(
                        form.id(),
                        path + "%",
                        submitted ? new String[] {"SUBMITTED", "ACCEPTED"} : new String[] {"ACCEPTED"})
                .query(rs -> {
                    map.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return map;
    }

    @Test
    void totalsEqualAHandSumUpTheTreeAndTheApi() {
        BigDecimal before = totalsOf("387", false).get("participants");
        BigDecimal budgetBefore = totalsOf("387", false).get("budget_spent");
        Report sonHa = submit("sonha", SON_HA, values(420, 6, "12.500.000"));
        OrgUnit banHa = units
                .systemUnitsOfTypes(
                        units.systemFind("2024", SON_HA).orElseThrow().path(), List.of("RESIDENTIAL_AREA"))
                .stream()
                .filter(u -> u.name().equals("Bản Hả"))
                .findFirst()
                .orElseThrow();
        Report area = submit("sonha", banHa.code(), values(95, 2, "1.500.000"));
        Report tamThanh = submit("thuongtruc", TAM_THANH, values(310, 4, "9000000"));
        for (Report r : List.of(sonHa, area, tamThanh)) {
            as("thuongtruc", () -> reports.accept(r.id()));
        }

        assertThat(totalsOf(SON_HA, false).get("participants")).isEqualByComparingTo("515");
        assertThat(totalsOf(SON_HA, false).get("budget_spent")).isEqualByComparingTo("14000000");
        assertThat(totalsOf(SON_HA, false).get("banners")).isEqualByComparingTo("8");
        assertThat(totalsOf(SON_HA, false).get("collectives_commended")).isEqualByComparingTo("4");
        assertThat(totalsOf(SON_HA, false).get("leaflets")).isEqualByComparingTo("0");
        Map<String, BigDecimal> district = totalsOf("387", false);
        assertThat(district.get("participants").subtract(before)).isEqualByComparingTo("825");
        assertThat(district.get("budget_spent").subtract(budgetBefore)).isEqualByComparingTo("23000000");
        // the roll-ups equal the sum over stored values
        Map<String, BigDecimal> live = live("387", false);
        live.forEach((code, v) -> assertThat(district.get(code)).as(code).isEqualByComparingTo(v));

        var json = api.get("/api/v1/campaigns/" + campaign.id() + "/totals?unit=387", "thuongtruc", Api.DEMO_PASSWORD)
                .json();
        assertThat(json.get("unitCode").asString()).isEqualTo("387");
        assertThat(json.get("values").get("participants").asLong())
                .isEqualTo(district.get("participants").longValueExact());
        assertThat(json.get("values").get("budget_spent").asLong())
                .isEqualTo(district.get("budget_spent").longValueExact());

        // drill-down: Sơn Hà's row holds its own report and its residential area's
        signedIn.as("thuongtruc");
        List<ReportTotals.Row> rows = totals.drillDown(totals.area(campaign.id(), "387"), false);
        signedIn.clear();
        assertThat(rows)
                .filteredOn(r -> r.unit().code().equals(SON_HA))
                .singleElement()
                .satisfies(r -> assertThat(r.values().get("participants")).isEqualByComparingTo("515"));
    }

    @Test
    void aReturnedReportLeavesTheTotalsAndKeepsItsReasonInHistory() {
        Report r = submit("muongmin", MUONG_MIN, values(777, 1, "0"));
        BigDecimal acceptedBefore = totalsOf("387", false).get("participants");
        BigDecimal receivedBefore = totalsOf("387", true).get("participants");
        assertThat(receivedBefore.subtract(acceptedBefore)).isGreaterThanOrEqualTo(new BigDecimal("777"));

        assertThat(api.postJson("/api/v1/reports/" + r.id() + "/accept", "muongmin", Api.DEMO_PASSWORD, "{}")
                        .status())
                .isEqualTo(403);
        var empty = api.postJson(
                "/api/v1/reports/" + r.id() + "/return", "thuongtruc", Api.DEMO_PASSWORD, "{\"reason\": \"  \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Nhập lý do trả lại");
        assertThat(as("muongmin", () -> reports.get(r.id())).status()).isEqualTo(ReportStatus.SUBMITTED);

        var returned = api.postJson(
                "/api/v1/reports/" + r.id() + "/return",
                "thuongtruc",
                Api.DEMO_PASSWORD,
                "{\"reason\": \"Số người tham dự chưa khớp biên bản\"}");
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(totalsOf("387", true).get("participants"))
                .isEqualByComparingTo(receivedBefore.subtract(new BigDecimal("777")));
        assertThat(totalsOf("387", false).get("participants")).isEqualByComparingTo(acceptedBefore);

        long muongminId = jdbc.sql("select id from app_user where username = 'muongmin'")
                .query(Long.class)
                .single();
        assertThat(notifications.latest(muongminId, 5))
                .anySatisfy(n -> assertThat(n.text()).contains("Số người tham dự chưa khớp biên bản"));
        Report seen = as("muongmin", () -> reports.get(r.id()));
        assertThat(seen.returnReason()).isEqualTo("Số người tham dự chưa khớp biên bản");
        signedIn.as("muongmin");
        assertThat(reports.history(r.id()))
                .extracting(ReportRepository_history_action())
                .containsExactly("RETURNED", "SUBMITTED");
        // fixed and sent again; accepted, it counts once
        Report again = reports.submit(r.id(), new Entry(values(700, 1, "0"), narrative()), seen.version());
        signedIn.clear();
        assertThat(again.status()).isEqualTo(ReportStatus.SUBMITTED);
        as("thuongtruc", () -> reports.accept(r.id()));
        assertThat(totalsOf("387", false).get("participants"))
                .isEqualByComparingTo(acceptedBefore.add(new BigDecimal("700")));
        assertThat(totalsOf(MUONG_MIN, false).get("participants")).isEqualByComparingTo("700");
    }

    private static java.util.function.Function<vn.ngayhoi.report.internal.ReportRepository.HistoryEntry, String>
            ReportRepository_history_action() {
        return vn.ngayhoi.report.internal.ReportRepository.HistoryEntry::action;
    }

    @Test
    void lateIsDecidedByTheClockWithTheGraceDays() {
        clock.set(at(22, 16)); // deadline 20/08 + 2 grace days: still on time
        Report onTime = submit("thuongtruc", "15010", values(100, 1, "0"));
        assertThat(onTime.late()).isFalse();
        clock.set(at(23, 9));
        Report late = submit("thuongtruc", "15013", values(100, 1, "0"));
        assertThat(late.late()).isTrue();

        var list = api.get("/api/v1/reports?campaign=" + campaign.id() + "&unit=15013", "thuongtruc", Api.DEMO_PASSWORD)
                .json();
        assertThat(list.get("items").get(0).get("late").asBoolean()).isTrue();
        assertThat(list.get("items").get(0).get("status").asString()).isEqualTo("SUBMITTED");

        var completeness = api.get(
                        "/api/v1/campaigns/" + campaign.id() + "/completeness?unit=15013",
                        "thuongtruc",
                        Api.DEMO_PASSWORD)
                .json();
        assertThat(completeness.get("expected").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(completeness.get("late").asLong()).isEqualTo(1);
        assertThat(completeness.get("onTime").asLong()).isZero();
    }

    @Test
    void entryLocksAfterTheLockDaysExceptForTheUnitWithAnException() {
        Report trungXuan = open("thuongtruc", "14995");
        Report trungTien = open("thuongtruc", "14999");
        clock.set(at(26, 9)); // deadline 20/08 + 5 lock days = open until 25/08
        signedIn.as("thuongtruc");
        assertThatThrownBy(() ->
                        reports.save(trungXuan.id(), new Entry(values(1, 1, "0"), narrative()), trungXuan.version()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(
                                ((ValidationException) e).problems().get(0).messageKey())
                        .isEqualTo("report.locked"));
        forms.grantLockException(form.id(), "14999", LocalDate.of(2022, 8, 28), "Mất điện kéo dài do mưa lũ");
        Report saved = reports.submit(trungTien.id(), new Entry(values(55, 1, "0"), narrative()), trungTien.version());
        assertThat(saved.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(saved.late()).isTrue();
        assertThatThrownBy(() ->
                        reports.submit(trungXuan.id(), new Entry(values(1, 1, "0"), narrative()), trungXuan.version()))
                .isInstanceOf(ValidationException.class);
        signedIn.clear();
        assertThat(as("thuongtruc", () -> reports.get(trungXuan.id())).status()).isEqualTo(ReportStatus.DRAFT);
        clock.set(at(29, 9)); // past the exception too
        signedIn.as("thuongtruc");
        assertThat(reports.window(reports.get(trungTien.id())).open()).isFalse();
    }

    @Test
    void badValuesAreRefusedBesideTheirFieldAndNothingIsStored() {
        Report r = open("thuongtruc", "15016");
        Map<String, String> bad = values(100, 1, "0");
        bad.put("collectives_commended", "9");
        bad.put("banners", "-3");
        bad.put("leaflets", "nhiều");
        signedIn.as("thuongtruc");
        assertThatThrownBy(() -> reports.submit(r.id(), new Entry(bad, narrative()), r.version()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(ValidationException.Problem::field)
                        .containsExactlyInAnyOrder("v_collectives_commended", "v_banners", "v_leaflets"));
        Report after = reports.get(r.id());
        assertThat(after.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(after.version()).isEqualTo(r.version());
        assertThat(after.data().value("banners")).isNull();
        // Vietnamese numbers are read as such
        Map<String, String> good = values(1200, 3, "12.500.000");
        Report ok = reports.save(r.id(), new Entry(good, narrative()), r.version());
        assertThat(ok.data().value("budget_spent")).isEqualTo("12500000");
        assertThat(ok.data().value("participants")).isEqualTo("1200");
    }

    @Test
    void theApiSavesAndShowsValuesByIndicatorCode() {
        Report r = open("thuongtruc", "15022");
        var put = api.putJson(
                "/api/v1/reports/" + r.id(),
                "thuongtruc",
                Api.DEMO_PASSWORD,
                "{\"values\": {\"participants\": 345, \"budget_spent\": \"4.500.000\", \"pledges_signed\": true,"
                        + " \"format\": \"Tập trung\"}, \"narrative\": {\"results\": \"Đạt yêu cầu.\"}}");
        assertThat(put.status()).isEqualTo(200);
        var detail = api.get("/api/v1/reports/" + r.id(), "thuongtruc", Api.DEMO_PASSWORD)
                .json();
        assertThat(detail.get("unitCode").asString()).isEqualTo("15022");
        assertThat(detail.get("status").asString()).isEqualTo("DRAFT");
        assertThat(detail.get("values").get("participants").asLong()).isEqualTo(345);
        assertThat(detail.get("values").get("budget_spent").asLong()).isEqualTo(4_500_000);
        assertThat(detail.get("values").get("pledges_signed").asBoolean()).isTrue();
        assertThat(detail.get("values").get("format").asString()).isEqualTo("Tập trung");
        var submitted = api.postJson("/api/v1/reports/" + r.id() + "/submit", "thuongtruc", Api.DEMO_PASSWORD, "");
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("late").asBoolean()).isFalse();
        // The values are fine; the report has moved on: a conflict to explain (409), not bad input.
        var submittedAlready = api.putJson(
                "/api/v1/reports/" + r.id(), "thuongtruc", Api.DEMO_PASSWORD, "{\"values\": {\"participants\": 1}}");
        assertThat(submittedAlready.status()).isEqualTo(409);
        assertThat(submittedAlready.body()).contains("rút lại để sửa");
    }

    @Test
    void lastYearsTotalsStandBesideThisYears() {
        Campaign before = campaigns.systemCreate(new NewCampaign(
                campaign.committeeId(),
                2020,
                "Đợt thử báo cáo năm trước",
                LocalDate.of(2020, 8, 1),
                LocalDate.of(2020, 8, 19),
                LocalDate.of(2020, 8, 20),
                null,
                null,
                null,
                null,
                List.of()));
        ReportForm old = forms.systemDefineDefault(before);
        long sonThuy = units.systemFind("2024", "15010").orElseThrow().id();
        java.time.OffsetDateTime sent =
                LocalDateTime.of(2020, 8, 18, 9, 0).atZone(Formats.ZONE).toOffsetDateTime();
        reports.systemRecord(
                old.id(),
                sonThuy,
                new Entry(values(612, 3, "2.000.000"), narrative()),
                sent,
                ReportStatus.ACCEPTED,
                null,
                "canbo",
                "thuongtruc",
                sent.plusDays(1));
        signedIn.as("thuongtruc");
        var previous = totals.previousYear(totals.area(campaign.id(), "15010"), false);
        assertThat(previous).isPresent();
        assertThat(previous.get().values().get("participants")).isEqualByComparingTo("612");
        assertThat(previous.get().values().get("budget_spent")).isEqualByComparingTo("2000000");
    }

    @Test
    void reusedCountsMoveWithEveryChangeTheyDependOn() {
        signedIn.as("thuongtruc");
        long received = totals.rates(totals.area(campaign.id(), "387")).all().received();
        long expected = totals.rates(totals.area(campaign.id(), "387")).all().expected();
        signedIn.clear();
        Report r = submit("thuongtruc", "14998", values(5, 1, "0"));
        signedIn.as("thuongtruc");
        assertThat(totals.rates(totals.area(campaign.id(), "387")).all().received())
                .isEqualTo(received + 1);
        reports.returnToUnit(r.id(), "Thiếu số liệu tuyên truyền");
        assertThat(totals.rates(totals.area(campaign.id(), "387")).all().received())
                .isEqualTo(received);
        // a new residential area is one more unit that owes a report
        units.systemCreate(new CreateUnit(
                units.systemFind("2024", "14998").orElseThrow().id(), "RESIDENTIAL_AREA", "Bản thử đếm lại", null));
        assertThat(totals.rates(totals.area(campaign.id(), "387")).all().expected())
                .isEqualTo(expected + 1);
    }

    @Test
    void theFormMayAskOneSubtreeOnly() {
        signedIn.as("thuongtruc");
        ReportForm current = forms.systemGet(form.id());
        // A person types the name, without diacritics, not the code.
        ReportForm narrowed = forms.assignSubtree(form.id(), "son ha", current.version());
        try {
            assertThat(forms.root(narrowed).code()).isEqualTo(SON_HA);
            assertThatThrownBy(() -> forms.assignSubtree(form.id(), "xã không có", narrowed.version()))
                    .isInstanceOf(ValidationException.class);
            assertThat(forms.systemGet(form.id()).version()).isEqualTo(narrowed.version());
            long expected =
                    totals.completeness(totals.area(campaign.id(), "387")).all().expected();
            // Sơn Hà itself and its residential areas; no other commune
            long sonHaAreas = units.systemUnitsOfTypes(
                            units.systemFind("2024", SON_HA).orElseThrow().path(), List.of("RESIDENTIAL_AREA"))
                    .size();
            assertThat(expected).isEqualTo(1 + sonHaAreas);
            assertThatThrownBy(() -> reports.open(campaign.id(), "15001")).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> forms.assignSubtree(form.id(), "388", narrowed.version()))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            forms.assignSubtree(form.id(), "", forms.systemGet(form.id()).version());
            signedIn.clear();
        }
        signedIn.as("thuongtruc");
        assertThat(totals.completeness(totals.area(campaign.id(), "387")).all().expected())
                .isGreaterThan(12);
    }

    @Test
    void noAccountSeesAnotherSubtreesReportsTotalsOrCompleteness() {
        Report sonHa = open("sonha", SON_HA);
        String id = Long.toString(sonHa.id());
        assertThat(api.get("/api/v1/reports/" + id, "muongmin", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.postJson("/api/v1/reports/" + id + "/submit", "muongmin", Api.DEMO_PASSWORD, "{}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(
                                "/api/v1/campaigns/" + campaign.id() + "/totals?unit=" + SON_HA,
                                "muongmin",
                                Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/campaigns/" + campaign.id() + "/totals?unit=387", "sonha", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get(
                                "/api/v1/campaigns/" + campaign.id() + "/completeness?unit=387",
                                "muongmin",
                                Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get(
                                "/api/v1/reports?campaign=" + campaign.id() + "&unit=" + SON_HA,
                                "muongmin",
                                Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        var own = api.get("/api/v1/reports?campaign=" + campaign.id(), "muongmin", Api.DEMO_PASSWORD)
                .json();
        own.get("items")
                .forEach(item -> assertThat(item.get("unitCode").asString()).isEqualTo(MUONG_MIN));
        signedIn.as("muongmin");
        assertThatThrownBy(() -> reports.get(sonHa.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.open(campaign.id(), SON_HA)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theUpwardReportCarriesTheFiguresTheLateAndTheMissingAndIsNumberedWhenIssued() throws Exception {
        Report r = submit("thuongtruc", "15019", values(640, 5, "3.000.000"));
        as("thuongtruc", () -> reports.accept(r.id()));
        signedIn.as("thuongtruc");
        UpwardReport draft = upward.draft(campaign.id());
        assertThat(draft.content().figures()).contains("số lượt người tham dự");
        var doc = upward.document(draft.id());
        assertThat(doc.numberLine()).isEqualTo("Số:      /BC-BCĐ");
        String text = doc.body().stream().map(Object::toString).reduce("", String::concat);
        assertThat(text).contains("Đơn vị chưa gửi báo cáo").contains("Thị trấn Sơn Lư");
        // nobody issues it before the chairman approves it, and only the chairman approves
        assertThatThrownBy(() -> upward.issue(draft.id()))
                .isInstanceOf(vn.ngayhoi.shared.ConflictException.class)
                .hasMessage("report.upward.notApproved");
        UpwardReport submitted = upward.submit(draft.id(), draft.version());
        assertThat(submitted.status()).isEqualTo("SUBMITTED");
        assertThatThrownBy(() -> upward.edit(draft.id(), submitted.content(), submitted.version()))
                .isInstanceOf(vn.ngayhoi.shared.ConflictException.class);
        assertThatThrownBy(() -> upward.approve(draft.id(), submitted.version()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> upward.issue(draft.id()))
                .isInstanceOf(vn.ngayhoi.shared.ConflictException.class)
                .hasMessage("report.upward.notApproved");
        signedIn.as("chutich");
        UpwardReport approved = upward.approve(draft.id(), submitted.version());
        assertThat(approved.status()).isEqualTo("APPROVED");
        signedIn.as("thuongtruc");
        var preview = upward.preview(draft.id());
        UpwardReport issued = upward.issue(draft.id(), preview.report().version(), preview.numberLine());
        assertThat(issued.numberLine()).matches("Số: \\d{2}/BC-BCĐ").isEqualTo(preview.numberLine());
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(upward.pdf(issued.id()))) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(loaded)).isEqualTo(preview.firstPageText());
        }
        byte[] pdf = upward.pdf(issued.id());
        assertThat(vn.ngayhoi.shared.files.Hashes.sha256(pdf)).isEqualTo(issued.pdfSha256());
        try (var loaded = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(loaded);
            assertThat(pdfText)
                    .contains(issued.numberLine())
                    .contains("BÁO CÁO")
                    .contains("Chỉ tiêu");
        }
        assertThatThrownBy(() -> upward.edit(issued.id(), issued.content(), issued.version()))
                .isInstanceOf(ValidationException.class);
        signedIn.clear();
        assertThat(api.get("/reports/upward/" + issued.id() + ".pdf", "sonha", Api.DEMO_PASSWORD)
                        .status())
                .isIn(302, 401, 404);
    }

    @Test
    void theDemoReportsAreAsDescribed() {
        long demo = jdbc.sql("select c.id from campaign c join org_unit o on o.id = c.committee_id "
                        + "where c.year = 2022 and o.name = 'Ban Chỉ đạo 138 huyện Quan Sơn'")
                .query(Long.class)
                .single();
        var c = api.get("/api/v1/campaigns/" + demo + "/completeness?unit=387", "thuongtruc", Api.DEMO_PASSWORD)
                .json();
        assertThat(c.get("expected").asLong()).isEqualTo(12);
        assertThat(c.get("received").asLong()).isEqualTo(10);
        assertThat(c.get("late").asLong()).isEqualTo(2);
        List<String> missing = new java.util.ArrayList<>();
        c.get("missingUnits").forEach(u -> missing.add(u.get("code").asString()));
        assertThat(missing).containsExactlyInAnyOrder("15013", "15025");
        var list = api.get("/api/v1/reports?campaign=" + demo, "thuongtruc", Api.DEMO_PASSWORD)
                .json();
        assertThat(list.get("total").asLong()).isEqualTo(11);
        TestClockConfiguration.class.getName();
    }
}
