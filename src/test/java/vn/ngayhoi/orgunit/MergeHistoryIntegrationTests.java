package vn.ngayhoi.orgunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.commendation.CommendationDecisions;
import vn.ngayhoi.commendation.CommendationHistory;
import vn.ngayhoi.commendation.CommendationRounds;
import vn.ngayhoi.commendation.CouncilMeetings;
import vn.ngayhoi.commendation.NominationStatus;
import vn.ngayhoi.commendation.Nominations;
import vn.ngayhoi.commendation.Round;
import vn.ngayhoi.commendation.Submissions;
import vn.ngayhoi.evaluation.Evaluation;
import vn.ngayhoi.evaluation.EvaluationHistory;
import vn.ngayhoi.evaluation.Registrations;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.report.ReportStatus;
import vn.ngayhoi.report.ReportTotals;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.Removal;
import vn.ngayhoi.support.SignedIn;

/**
 * Issue 18, "done when" line 1: xã Tam Lư of the 2025 list was formed from Xã Sơn Hà and Xã Tam Lư
 * whole and part of Thị trấn Sơn Lư (2024 codes 15004, 15019 whole, 15016 partial). Its "last year"
 * is their accepted figures summed, Sơn Lư's only by the share an administrator set on its link.
 *
 * <p>The campaigns are numbered 2057 and 2058 (free years) but dated 2024 and 2026, under committees of
 * Tỉnh Thanh Hóa of each list. The 2057 one covers the demo's Quan Sơn units, so it would become the
 * demo accounts' newest campaign: both are removed, with the notices their reports sent to the demo's
 * accounts, and the share is reset, whatever the outcome.
 */
@IntegrationTest
class MergeHistoryIntegrationTests {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    UnitLinks links;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    ReportForms forms;

    @Autowired
    ReportManagement reports;

    @Autowired
    ReportTotals totals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        new SignedIn(users).clear();
    }

    @Test
    void lastYearOfXaTamLuIsSonHaPlusTamLuAndSonLuOnlyByItsShare() {
        SignedIn signedIn = new SignedIn(users);
        OrgUnit province2024 = units.systemFind("2024", "38").orElseThrow();
        OrgUnit province2025 = units.systemFind("2025", "38").orElseThrow();
        OrgUnit before = units.systemCreate(
                new CreateUnit(province2024.id(), "COMMITTEE", "Ban Chỉ đạo 138 tỉnh Thanh Hóa", null));
        OrgUnit after = units.systemCreate(
                new CreateUnit(province2025.id(), "COMMITTEE", "Ban Chỉ đạo tỉnh Thanh Hóa", LocalDate.of(2025, 7, 1)));
        OrgUnit sonHa = units.systemFind("2024", "15004").orElseThrow();
        OrgUnit sonLu = units.systemFind("2024", "15016").orElseThrow();
        OrgUnit tamLu2024 = units.systemFind("2024", "15019").orElseThrow();
        OrgUnit tamLu = units.systemFind("2025", "15019").orElseThrow();
        List<Long> created = new ArrayList<>();
        List<String> noticeLinks = new ArrayList<>();
        try {
            Campaign c2057 = campaigns.systemCreate(campaign(before, 2057, 2024));
            created.add(c2057.id());
            Campaign c2058 = campaigns.systemCreate(campaign(after, 2058, 2026));
            created.add(c2058.id());
            ReportForm f2057 = forms.systemDefineDefault(c2057);
            forms.systemDefineDefault(c2058);
            noticeLinks.add(accepted(f2057, sonHa, 1_340));
            noticeLinks.add(accepted(f2057, tamLu2024, 2_150));
            noticeLinks.add(accepted(f2057, sonLu, 980));

            signedIn.as("admin");
            ReportTotals.PreviousYear previous = totals.previousYearDetail(totals.area(c2058.id(), "15019"), false)
                    .orElseThrow();
            // Sơn Hà 1.340 + Tam Lư 2.150 = 3.490; Sơn Lư's 980 has no share yet.
            assertThat(previous.totals().values().get("participants")).isEqualByComparingTo("3490");
            assertThat(previous.counted())
                    .extracting(s -> s.unit().code() + " " + s.unit().name())
                    .containsExactly("15004 Xã Sơn Hà", "15019 Xã Tam Lư");
            assertThat(previous.notCounted())
                    .extracting(s -> s.unit().code() + " " + s.unit().name())
                    .containsExactly("15016 Thị trấn Sơn Lư");

            links.setShare(sonLu.id(), tamLu.id(), new BigDecimal("0.3"));
            previous = totals.previousYearDetail(totals.area(c2058.id(), "15019"), false)
                    .orElseThrow();
            // 1.340 + 2.150 + 0,3 × 980 (294) = 3.784
            assertThat(previous.totals().values().get("participants")).isEqualByComparingTo("3784");
            assertThat(previous.counted()).extracting(s -> s.unit().code()).containsExactly("15004", "15016", "15019");
            assertThat(previous.notCounted()).isEmpty();

            // The province's drill-down puts the same figure beside xã Tam Lư.
            ReportTotals.Area province = totals.area(c2058.id(), "38");
            List<ReportTotals.Row> rows = totals.drillDown(province, false);
            Map<Long, Map<String, BigDecimal>> lastYear = totals.previousYearOfRows(province, rows, false);
            assertThat(lastYear.get(tamLu.id()).get("participants")).isEqualByComparingTo("3784");
        } finally {
            signedIn.clear();
            links.systemSetShare(sonLu.id(), tamLu.id(), null);
            Removal removal = new Removal(jdbc);
            created.forEach(removal::campaign);
            removal.notices(noticeLinks);
        }
    }

    /**
     * Phường Hà Huy Tập (Hà Tĩnh, 2025, code 18652) was formed from Xã Thạch Đài and Xã Tân Lâm Hương
     * (18652 in 2024) whole and part of Phường Đại Nài. Its evaluation history and its awards include
     * theirs from before the merge, each saying which unit it came from; Phường Nam Hà's (which went
     * into Phường Thành Sen) does not appear. Campaign 2059 is dated 2024 in Hà Tĩnh, which no demo
     * account sees.
     */
    @Test
    void evaluationAndCommendationHistoryFollowTheUnitAcrossTheMerge() {
        OrgUnit thachDai = units.systemFind("2024", "18643").orElseThrow();
        OrgUnit daiNai = units.systemFind("2024", "18082").orElseThrow();
        OrgUnit namHa = units.systemFind("2024", "18073").orElseThrow();
        OrgUnit haHuyTap = units.systemFind("2025", "18652").orElseThrow();

        decided(thachDai, 2023, "XUAT_SAC", 95);
        decided(daiNai, 2024, "KHA", 81);
        decided(namHa, 2024, "KHA", 78);
        Evaluation own =
                context.getBean(Registrations.class).systemRegister(haHuyTap, 2026, LocalDate.of(2026, 2, 2), "test");
        decided(own, "TRUNG_BINH", 62);

        new SignedIn(users).as("admin");
        List<String> rows = context.getBean(EvaluationHistory.class).of(own).stream()
                .map(h -> h.year() + "|" + h.classCode() + "|" + h.unit().structureCode() + ":"
                        + h.unit().code() + "|"
                        + (h.from() == null ? "own" : h.from().type()))
                .toList();
        assertThat(rows)
                .containsExactly(
                        "2026|TRUNG_BINH|2025:18652|own",
                        "2024|KHA|2024:18082|partial",
                        "2023|XUAT_SAC|2024:18643|full");
        new SignedIn(users).clear();

        PageClient admin = PageClient.signedIn(port, "admin", "Admin-Test-Password-1");
        String page = admin.get("/evaluation/" + own.id()).body();
        assertThat(page)
                .contains("Lịch sử đánh giá, công nhận")
                .contains("Xã Thạch Đài (cơ cấu 2024, nay thuộc đơn vị này)")
                .contains("Phường Đại Nài (cơ cấu 2024, một phần nay thuộc đơn vị này)")
                .doesNotContain("Phường Nam Hà");

        awards(thachDai, daiNai);
        String history =
                admin.get("/commendations/history?unit=18652&at=2026-01-01").body();
        assertThat(history)
                .contains("Công an xã Thạch Đài")
                .contains("Của Xã Thạch Đài (cơ cấu 2024), nay thuộc đơn vị này")
                .contains("Trần Thị Hương")
                .contains("Của Phường Đại Nài (cơ cấu 2024), một phần nay thuộc đơn vị này");
        new SignedIn(users).as("admin");
        List<String> awards =
                context.getBean(CommendationHistory.class).ofUnit("18652", LocalDate.of(2026, 1, 1)).stream()
                        .map(a -> a.year() + "|" + a.name() + "|" + a.unitName() + "|"
                                + (a.from() == null
                                        ? "own"
                                        : a.from().unit().code() + ":"
                                                + a.from().type()))
                        .toList();
        assertThat(awards)
                .containsExactlyInAnyOrder(
                        "2024|Công an xã Thạch Đài|Xã Thạch Đài|18643:full",
                        "2024|Trần Thị Hương|Phường Đại Nài|18082:partial");
    }

    private void decided(OrgUnit unit, int year, String classCode, int score) {
        decided(
                context.getBean(Registrations.class).systemRegister(unit, year, LocalDate.of(year, 2, 1), "test"),
                classCode,
                score);
    }

    /** Decided as stated, written straight to the table: what is tested is what the history reads. */
    private void decided(Evaluation e, String classCode, int score) {
        jdbc.sql("update evaluation set status = 'RECOGNISED', score = ?, class_code = ? where id = ?")
                .params(score, classCode, e.id())
                .update();
    }

    /** A 2024 round of Thành phố Hà Tĩnh, decided: one award in each of two of its communes. */
    private void awards(OrgUnit thachDai, OrgUnit daiNai) {
        OrgUnit city = units.systemFind("2024", "436").orElseThrow();
        OrgUnit committee =
                units.systemCreate(new CreateUnit(city.id(), "COMMITTEE", "Ban Chỉ đạo 138 thành phố Hà Tĩnh", null));
        OrgUnit noiVu =
                units.systemCreate(new CreateUnit(city.id(), "DEPARTMENT", "Phòng Nội vụ thành phố Hà Tĩnh", null));
        Campaign campaign = campaigns.systemCreate(campaign(committee, 2059, 2024));
        CommendationRounds rounds = context.getBean(CommendationRounds.class);
        Round round = rounds.systemCreate(
                campaign.id(), "Khen thưởng Ngày hội 2024", noiVu.id(), LocalDate.of(2024, 8, 5), "Lê Văn Chủ", "test");
        List<String> council = List.of("Lê Văn Chủ", "Hà Văn Trực", "Lò Thị Nội", "Bùi Văn Một", "Bùi Thị Hai");
        rounds.systemSetCouncil(
                round.id(),
                List.of(
                        new CommendationRounds.CouncilMember(council.get(0), "CHAIR", "Chủ tịch UBND thành phố"),
                        new CommendationRounds.CouncilMember(council.get(1), "VICE_CHAIR", "Trưởng Công an thành phố"),
                        new CommendationRounds.CouncilMember(council.get(2), "SECRETARY", "Trưởng phòng Nội vụ"),
                        new CommendationRounds.CouncilMember(council.get(3), "MEMBER", "Chủ tịch UB MTTQ thành phố"),
                        new CommendationRounds.CouncilMember(council.get(4), "MEMBER", "Chủ tịch Hội LHPN thành phố")));
        Nominations nominations = context.getBean(Nominations.class);
        LocalDate written = LocalDate.of(2024, 8, 1);
        List<Long> ids = List.of(
                nominations
                        .systemCreate(
                                round.id(),
                                thachDai.id(),
                                nominee("COLLECTIVE", "Công an xã Thạch Đài", "GK_TT"),
                                "test",
                                written)
                        .id(),
                nominations
                        .systemCreate(
                                round.id(),
                                daiNai.id(),
                                nominee("INDIVIDUAL", "Trần Thị Hương", "GK_CN"),
                                "test",
                                written)
                        .id());
        Submissions submissions = context.getBean(Submissions.class);
        for (OrgUnit u : List.of(thachDai, daiNai)) {
            submissions.systemSubmit(round.id(), u.id(), LocalDate.of(2024, 8, 2), "test");
        }
        Map<Long, CouncilMeetings.Votes> votes = new LinkedHashMap<>();
        for (long id : ids) {
            nominations.systemVet(id, NominationStatus.ACCEPTED, null, "test", LocalDate.of(2024, 8, 3));
            votes.put(id, new CouncilMeetings.Votes(5, 0));
        }
        context.getBean(CouncilMeetings.class)
                .systemRecord(round.id(), LocalDate.of(2024, 8, 6), 5, council, votes, "test");
        context.getBean(CommendationDecisions.class)
                .systemDecide(round.id(), LocalDate.of(2024, 8, 8), "Lê Văn Chủ", "test");
    }

    private static Nominations.Input nominee(String kind, String name, String award) {
        boolean person = !kind.equals("COLLECTIVE");
        return new Nominations.Input(
                kind,
                null,
                name,
                person ? "NU" : null,
                person ? 1985 : null,
                person ? "Trưởng thôn" : null,
                null,
                null,
                "Tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc tại địa bàn.",
                award);
    }

    private static NewCampaign campaign(OrgUnit committee, int year, int datedYear) {
        return new NewCampaign(
                committee.id(),
                year,
                "Ngày hội toàn dân bảo vệ ANTQ " + year,
                LocalDate.of(datedYear, 8, 1),
                LocalDate.of(datedYear, 8, 19),
                LocalDate.of(datedYear, 8, 20),
                null,
                null,
                null,
                null,
                List.of());
    }

    /** Records an accepted report; returns its link, which the notices to the unit's accounts carry. */
    private String accepted(ReportForm form, OrgUnit unit, int participants) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("participants", Integer.toString(participants));
        v.put("banners", "1");
        v.put("budget_spent", "0");
        v.put("collectives_proposed", "0");
        v.put("collectives_commended", "0");
        OffsetDateTime sent =
                form.deadline().minusDays(3).atTime(9, 0).atZone(Formats.ZONE).toOffsetDateTime();
        long id = reports.systemRecord(
                        form.id(),
                        unit.id(),
                        new Entry(v, new ReportData.Narrative("Tổ chức đúng kế hoạch.", null, null, null)),
                        sent,
                        ReportStatus.ACCEPTED,
                        null,
                        "canbo",
                        "admin",
                        sent.plusDays(1))
                .id();
        return "/reports/" + id;
    }
}
