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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
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
