package vn.ngayhoi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.SignedIn;

/**
 * Issue 18, item 4: a plan of 2025 or later never mentions the district level. The Thanh Hóa 2026
 * demo's province plan, issued by a province committee of the 2025 list (Hà Tĩnh here, the demo's
 * province being other tests'), and a ward's own plan started from it: neither document (DOCX, PDF)
 * nor page names a huyện. Campaign 2060, dated 2026, is seen by no demo account.
 */
@IntegrationTest
class TwoTierPlanIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    PlanManagement plans;

    @Autowired
    vn.ngayhoi.plan.PlanFiles files;

    @Autowired
    PlanDerivations derivations;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService users;

    @Test
    void aProvincePlanOf2026AndAWardsPlanFromItNeverNameTheDistrictLevel() throws IOException {
        OrgUnit province = units.systemFind("2025", "42").orElseThrow();
        OrgUnit committee = units.systemCreate(
                new CreateUnit(province.id(), "COMMITTEE", "Ban Chỉ đạo tỉnh Hà Tĩnh", LocalDate.of(2025, 7, 1)));
        byte[] bytes = new ClassPathResource("demo/plan-2026-thanh-hoa.json").getContentAsByteArray();
        PlanContent content = json.readValue(bytes, PlanContent.class);
        Campaign campaign = campaigns.systemCreate(new NewCampaign(
                committee.id(),
                2060,
                "Ngày hội toàn dân bảo vệ ANTQ năm 2026",
                LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 8, 19),
                LocalDate.of(2026, 8, 20),
                null,
                null,
                null,
                null,
                List.of()));
        Plan plan = plans.systemCreate(
                campaign.id(),
                committee.id(),
                null,
                content,
                // no cascade: the ward's plan is started from it directly, and issuing stays cheap
                List.of(),
                null);
        plans.systemApprove(plan.id());
        plan = plans.systemIssue(plan.id(), LocalDate.of(2026, 7, 10));
        OrgUnit ward = units.systemFind("2025", "18652").orElseThrow();
        Plan own = derivations.systemStartOwnPlan(plan.id(), ward.id());

        SignedIn signedIn = new SignedIn(users);
        PageClient admin = PageClient.signedIn(port, "admin", "Admin-Test-Password-1");
        try {
            signedIn.as("admin");
            // The province's plan as issued (DOCX and PDF frozen at issue), and its page.
            assertThat(docxText(files.docx(plan.id()))).contains("năm 2026").doesNotContainIgnoringCase("huyện");
            assertThat(pdfText(files.pdf(plan.id()))).contains("năm 2026").doesNotContainIgnoringCase("huyện");
            // The ward's own plan started from it: its document as it will be rendered, and its page.
            String ownText = texts(files.document(own.id()));
            assertThat(ownText)
                    .contains("UBND PHƯỜNG HÀ HUY TẬP")
                    .contains("Ban Chỉ đạo tỉnh Hà Tĩnh (để b/c)")
                    .doesNotContainIgnoringCase("huyện");
            for (Plan p : List.of(plan, own)) {
                String page = main(admin.get("/plans/" + p.id()).body());
                assertThat(page)
                        .as("page of plan %d", p.id())
                        .contains("năm 2026")
                        .doesNotContainIgnoringCase("huyện");
            }
        } finally {
            signedIn.clear();
        }

        // Text carried over from a three-level year (a 2024 plan cloned) is stopped before numbering.
        Campaign next = campaigns.systemCreate(new NewCampaign(
                committee.id(),
                2061,
                "Ngày hội toàn dân bảo vệ ANTQ năm 2027",
                LocalDate.of(2027, 8, 1),
                LocalDate.of(2027, 8, 19),
                LocalDate.of(2027, 8, 20),
                null,
                null,
                null,
                null,
                List.of()));
        List<PlanContent.Recipient> old = new java.util.ArrayList<>(content.recipients());
        old.add(0, new PlanContent.Recipient("UBND các huyện, thị xã, thành phố", null, null, null));
        Plan stale = plans.systemCreate(
                next.id(), committee.id(), null, content.withRecipients(old), List.of("COMMUNE"), null);
        long staleId = plans.systemApprove(stale.id()).id();
        assertThatThrownBy(() -> plans.systemIssue(staleId, LocalDate.of(2027, 7, 10)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(
                                ((ValidationException) e).problems().get(0).args())
                        .containsExactly("UBND các huyện, thị xã, thành phố"));
        try {
            signedIn.as("admin");
            assertThat(plans.get(staleId).status()).isEqualTo(PlanStatus.APPROVED);
        } finally {
            signedIn.clear();
        }
    }

    /** Every text of a document: header, subject, body, recipients and signature. */
    private static String texts(vn.ngayhoi.document.OfficialDocument doc) {
        List<String> all = new java.util.ArrayList<>(
                List.of(doc.parentBody(), doc.issuingBody(), doc.subject(), String.valueOf(doc.signature())));
        all.addAll(doc.recipients());
        doc.body().forEach(b -> all.add(String.valueOf(b)));
        return String.join("\n", all);
    }

    /** The page's own content, without the demo banner of the shared test context (the 2022 demo's). */
    private static String main(String html) {
        int start = html.indexOf("<main");
        int end = html.indexOf("</main>");
        assertThat(start).isPositive();
        return html.substring(start, end);
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
        }
    }
}
