package vn.ngayhoi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

/**
 * Issue 18, item 4: the upward report when communes stand directly under the province. Two wards of
 * Hà Tĩnh (2025 list) report to the province committee's campaign 2062 (dated 2026); the province's
 * standing office drafts the report to the level above: its totals are the wards' sum, it is
 * addressed to the central committee above the province, and it names no district.
 */
@IntegrationTest
class TwoTierUpwardReportIntegrationTests {

    static final String OFFICE = "hatinh_thuongtruc_2062";

    @Autowired
    OrgUnitManagement units;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    ReportForms forms;

    @Autowired
    ReportManagement reports;

    @Autowired
    UpwardReports upward;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void theProvinceReportsUpwardTheSumOfItsCommunesWithoutADistrict() throws IOException {
        OrgUnit province = units.systemFind("2025", "42").orElseThrow();
        OrgUnit committee = units.systemCreate(
                new CreateUnit(province.id(), "COMMITTEE", "Ban Chỉ đạo ANTT tỉnh Hà Tĩnh", LocalDate.of(2025, 7, 1)));
        accounts.systemCreate(OFFICE, "Haicap@2062", "Nguyễn Thị Thường", null, province, Set.of(Role.STANDING_OFFICE));
        Campaign campaign = campaigns.systemCreate(new NewCampaign(
                committee.id(),
                2062,
                "Ngày hội toàn dân bảo vệ ANTQ tỉnh Hà Tĩnh năm 2026",
                LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 8, 19),
                LocalDate.of(2026, 8, 20),
                null,
                null,
                null,
                null,
                List.of()));
        ReportForm form = forms.systemDefineDefault(campaign);
        accepted(form, units.systemFind("2025", "18100").orElseThrow(), 1_250);
        accepted(form, units.systemFind("2025", "18115").orElseThrow(), 730);

        SignedIn signedIn = new SignedIn(users);
        signedIn.as(OFFICE);
        try {
            UpwardReport draft = upward.draft(campaign.id());
            // Phường Trần Phú 1.250 + Phường Bắc Hồng Lĩnh 730 = 1.980
            assertThat(draft.content().figures()).contains("số lượt người tham dự: 1.980");
            assertThat(draft.content().figures()).contains("2 báo cáo đã được tiếp nhận");
            OfficialDocument doc = upward.document(draft.id());
            assertThat(participants(doc)).isEqualTo("1.980");
            assertThat(doc.recipients()).first().isEqualTo("Ban Chỉ đạo Trung ương (để b/c)");
            String text = String.join("\n", texts(doc));
            assertThat(text).contains("UBND TỈNH HÀ TĨNH").doesNotContainIgnoringCase("huyện");
            try (PDDocument pdf = Loader.loadPDF(upward.pdf(draft.id()))) {
                String printed = new PDFTextStripper().getText(pdf).replaceAll("[\\s\\u00a0]+", " ");
                assertThat(printed).contains("1.980").doesNotContainIgnoringCase("huyện");
            }
        } finally {
            signedIn.clear();
        }
    }

    private void accepted(ReportForm form, OrgUnit unit, int participants) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("participants", Integer.toString(participants));
        OffsetDateTime sent =
                form.deadline().minusDays(2).atTime(9, 0).atZone(Formats.ZONE).toOffsetDateTime();
        reports.systemRecord(
                form.id(),
                unit.id(),
                new Entry(v, new ReportData.Narrative("Tổ chức tại trung tâm phường.", null, null, null)),
                sent,
                ReportStatus.ACCEPTED,
                null,
                "canbo",
                OFFICE,
                sent.plusDays(1));
    }

    /** Every text of the document: header, subject, body, recipients and signature. */
    private static List<String> texts(OfficialDocument doc) {
        List<String> all = new ArrayList<>();
        all.add(doc.parentBody());
        all.add(doc.issuingBody());
        all.add(doc.subject());
        all.addAll(doc.recipients());
        all.add(String.valueOf(doc.signature()));
        for (OfficialDocument.Block b : doc.body()) {
            all.add(String.valueOf(b));
        }
        return all;
    }

    /** The "Số lượt người tham dự" figure of the document's table. */
    private static String participants(OfficialDocument doc) {
        OfficialDocument.Table table = doc.body().stream()
                .filter(b -> b instanceof OfficialDocument.Table)
                .map(b -> (OfficialDocument.Table) b)
                .findFirst()
                .orElseThrow();
        return table.rows().stream()
                .filter(row -> row.get(1).toLowerCase().startsWith("số lượt người tham dự"))
                .map(row -> row.get(2))
                .findFirst()
                .orElseThrow();
    }
}
