package vn.ngayhoi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.TestClockConfiguration;

@IntegrationTest
class PlanIntegrationTests {

    @Autowired
    PlanManagement plans;

    @Autowired
    vn.ngayhoi.plan.PlanFiles files;

    @Autowired
    PlanDerivations derivations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.ngayhoi.account.AccountManagement accounts;

    @Autowired
    vn.ngayhoi.orgunit.OrgUnitManagement units;

    @Autowired
    UserDetailsService userDetails;

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
    }

    long planOf(String unitCode, int year) {
        return jdbc.sql("""
                        select p.id from plan p join org_unit o on o.id = p.unit_id join campaign c on c.id = p.campaign_id
                        where o.code = ? and c.year = ? order by p.id limit 1
                        """).params(unitCode, year).query(Long.class).single();
    }

    long districtPlan2022() {
        return jdbc.sql("""
                        select p.id from plan p join campaign c on c.id = p.campaign_id
                        where c.year = 2022 and p.parent_plan_id is null
                        """).query(Long.class).single();
    }

    @Test
    void theDemoPlanIsIssuedWithANumberAFrozenRenderingAndItsFullContent() throws Exception {
        signedIn.as("thuongtruc");
        Plan plan = plans.get(districtPlan2022());

        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.numberLine()).isEqualTo("Số: 01/KH-BCĐ");
        assertThat(plan.content().sections()).hasSize(6);
        assertThat(plan.content().responsibilities()).hasSize(6);
        assertThat(plan.content().recipients()).hasSize(10);
        var frozen = files.frozen(plan.id()).orElseThrow();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(frozen.pdf())))
                .isEqualTo(frozen.pdfSha256());
        assertThat(files.pdf(plan.id())).isEqualTo(frozen.pdf());
        assertThat(files.docx(plan.id())).isEqualTo(frozen.docx());
    }

    @Test
    void theCascadeShowsWhoHasIssuedWhoIsDraftingAndWhoIsLate() {
        signedIn.as("thuongtruc");
        List<CascadeRow> rows = plans.cascade(districtPlan2022());

        assertThat(rows).hasSize(12);
        assertThat(rows)
                .filteredOn(r -> r.unitCode().equals("15004"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo("ISSUED");
                    assertThat(r.late()).isFalse();
                });
        assertThat(rows)
                .filteredOn(r -> r.unitCode().equals("15025"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.state()).isEqualTo("IN_PROGRESS");
                    assertThat(r.late()).isTrue();
                });
        assertThat(rows)
                .filteredOn(r -> r.state().equals("NOT_STARTED"))
                .hasSize(10)
                .allMatch(CascadeRow::late);
    }

    @Test
    void aCommuneSeesTheDistrictPlanItReceivedButNeverAnotherCommunesPlan() {
        long sonHaPlan = planOf("15004", 2022);
        long muongMinPlan = planOf("15025", 2022);

        signedIn.as("sonha");
        assertThat(plans.inbox()).extracting(Plan::id).contains(districtPlan2022());
        assertThat(plans.get(sonHaPlan).unitCode()).isEqualTo("15004");
        assertThatThrownBy(() -> plans.get(muongMinPlan)).isInstanceOf(NotFoundException.class);

        Api api = new Api(port);
        assertThat(api.get("/api/v1/plans/" + muongMinPlan, "sonha", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/plans/" + muongMinPlan + "/document.pdf", "sonha", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/plans/" + sonHaPlan, "muongmin", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/plans/" + sonHaPlan, "sonha", Api.DEMO_PASSWORD)
                        .json()
                        .get("plan")
                        .get("numberLine")
                        .asString())
                .isEqualTo("Số: 01/KH-BCĐ");
        assertThat(api.get("/api/v1/plans/" + districtPlan2022() + "/document.pdf", "sonha", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aCommuneGetsItsOwnBannerAndNotAnotherCommunes() throws Exception {
        long district = districtPlan2022();
        signedIn.as("sonha");
        long sonHa = jdbc.sql("select id from org_unit where structure_code = '2024' and code = '15004'")
                .query(Long.class)
                .single();
        long muongMin = jdbc.sql("select id from org_unit where structure_code = '2024' and code = '15025'")
                .query(Long.class)
                .single();
        byte[] pdf = files.banner(district, sonHa);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("XÃ SƠN HÀ")
                    .contains("NGÀY HỘI")
                    .contains("NĂM 2022")
                    .contains("Sơn Hà, ngày");
        }
        assertThatThrownBy(() -> files.banner(district, muongMin)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void responsibilitiesRecipientsAndSignerAreEditedAsStructuredData() {
        signedIn.as("thuongtruc");
        long campaign2022 = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        Plan draft = derivations.cloneCampaign(campaign2022, 2026);
        var c = draft.content();
        String lines = String.join(
                        "\n",
                        c.recipients().stream().map(PlanContent.Recipient::text).toList()) + "\n- Công an xã Sơn Hà;";
        Plan edited = plans.edit(
                draft.id(),
                new PlanManagement.PlanEdit(
                        c.subject(),
                        null,
                        List.of("Ban Chỉ đạo ANTT các xã, thị trấn"),
                        List.of("Xây dựng kế hoạch trước ngày **25/7/2026**."),
                        lines,
                        new PlanContent.Signature("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", null, "Hà Văn Thắng")),
                draft.version());

        var e = edited.content();
        assertThat(e.responsibilities().get(0).heading()).isEqualTo("Ban Chỉ đạo ANTT các xã, thị trấn");
        assertThat(e.responsibilities().get(0).group()).isEqualTo("COMMUNES");
        assertThat(e.responsibilities().get(1).heading())
                .isEqualTo(c.responsibilities().get(1).heading());
        assertThat(e.recipients()).hasSize(c.recipients().size() + 1);
        assertThat(e.recipients().get(e.recipients().size() - 1).text()).isEqualTo("Công an xã Sơn Hà");
        assertThat(e.recipients())
                .filteredOn(r -> r.text().equals("Các thành viên BCD 138 huyện"))
                .singleElement()
                .satisfies(r -> assertThat(r.unitId()).isNotNull());
        assertThat(e.signature().authority()).isEqualTo("KT. TRƯỞNG BAN");
        assertThat(e.signature().secondTitle()).isNull();
        assertThat(files.document(draft.id()).signature().signerName()).isEqualTo("Hà Văn Thắng");

        int version = edited.version();
        assertThatThrownBy(() -> plans.edit(
                        draft.id(), new PlanManagement.PlanEdit(c.subject(), null, null, null, " \n ", null), version))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> plans.edit(
                        draft.id(),
                        new PlanManagement.PlanEdit(
                                c.subject(), null, null, null, null, new PlanContent.Signature(null, " ", null, null)),
                        version))
                .isInstanceOf(ValidationException.class);
        assertThat(plans.get(draft.id()).version()).isEqualTo(version);
    }

    @Test
    void openingAReceivedPlanIsRecordedForTheIssuer() {
        long district = districtPlan2022();
        if (accounts.systemFindByUsername("tt.tamthanh").isEmpty()) {
            accounts.systemCreate(
                    "tt.tamthanh",
                    "Tam-Thanh-2022",
                    "Vi Văn Thanh",
                    null,
                    units.systemFind("2024", "15007").orElseThrow(),
                    java.util.Set.of(vn.ngayhoi.shared.security.Role.UNIT_OFFICER));
        }
        signedIn.as("tt.tamthanh");
        plans.open(district);

        signedIn.as("thuongtruc");
        assertThat(plans.deliveries(district))
                .filteredOn(d -> d.unitCode().equals("15007"))
                .singleElement()
                .satisfies(d -> assertThat(d.openedBy()).isEqualTo("tt.tamthanh"));
        // Mường Mìn started its own plan from it, which counts as having opened it.
        assertThat(plans.deliveries(district))
                .filteredOn(d -> d.unitCode().equals("15025"))
                .singleElement()
                .satisfies(d -> assertThat(d.openedAt()).isNotNull());
    }

    @Test
    void theWorkflowNeedsALeaderToApproveAndAReasonToReturn() {
        signedIn.as("thuongtruc");
        Plan draft = derivations.cloneCampaign(
                jdbc.sql("select id from campaign where year = 2022")
                        .query(Long.class)
                        .single(),
                2024);
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.content().subject()).endsWith("năm 2024");
        String preparation = draft.content().sections().get(1).body();
        assertThat(preparation).contains("79 năm").contains("19 năm").doesNotContain("77 năm");
        assertThat(draft.cascadeDue()).hasYear(2024);

        plans.submit(draft.id());
        assertThatThrownBy(() -> plans.approve(draft.id())).isInstanceOf(AccessDeniedException.class);

        signedIn.as("chutich");
        assertThatThrownBy(() -> plans.sendBack(draft.id(), "  ")).isInstanceOf(ValidationException.class);
        assertThat(plans.get(draft.id()).status()).isEqualTo(PlanStatus.SUBMITTED);
        plans.sendBack(draft.id(), "Bổ sung lịch tổ chức xã điểm");
        assertThat(plans.get(draft.id()).returnReason()).isEqualTo("Bổ sung lịch tổ chức xã điểm");

        signedIn.as("thuongtruc");
        Plan returned = plans.get(draft.id());
        plans.edit(returned.id(), returned.content().subject(), List.of("Mục đích đã sửa."), returned.version());
        assertThatThrownBy(() ->
                        plans.edit(returned.id(), returned.content().subject(), List.of("Cũ."), returned.version()))
                .isInstanceOf(ConflictException.class);
        plans.submit(draft.id());
        assertThatThrownBy(() -> plans.issue(draft.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("plan.issue.notApproved");

        signedIn.as("chutich");
        plans.approve(draft.id());
        assertThatThrownBy(() -> plans.approve(draft.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("plan.stateNow.APPROVED");
        signedIn.as("thuongtruc");
        clock.set(LocalDate.of(2024, 7, 10).atTime(9, 0).atZone(Formats.ZONE).toInstant());
        Plan issued;
        try {
            issued = plans.issue(draft.id());
        } finally {
            clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
        }
        assertThat(issued.numberLine()).isEqualTo("Số: 01/KH-BCĐ");
        assertThat(issued.issuedOn()).isEqualTo(LocalDate.of(2024, 7, 10));
        // Issued already: 409, and no second number taken from the register.
        assertThatThrownBy(() -> plans.issue(draft.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("plan.stateNow.ISSUED");
        assertThatThrownBy(() -> plans.submit(draft.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("plan.stateNow.ISSUED");
        assertThat(issued.content().sections().get(0).body()).isEqualTo("Mục đích đã sửa.");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where target = ? and action in ('PLAN_RETURNED', 'PLAN_ISSUED')")
                        .param("plan:" + draft.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
