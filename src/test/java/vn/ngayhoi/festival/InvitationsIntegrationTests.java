package vn.ngayhoi.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.orgunit.OrgUnitManagement;
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
class InvitationsIntegrationTests {

    @Autowired
    FestivalManagement festivals;

    @Autowired
    Invitations invitations;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @LocalServerPort
    int port;

    SignedIn signedIn;
    FestivalFixture.Ids ids;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
        signedIn = new SignedIn(userDetails);
        ids = FestivalFixture.ensure(festivals, units, jdbc, signedIn);
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
    }

    /** Submitted by the standing office, approved by the signer, issued from the check page. */
    private Invitations.Invitation signedAndIssued(long festival) {
        signedIn.as("thuongtruc");
        var submitted = invitations.submit(festival, 0);
        // Bản Chiềng and its commune have no leader's account: the district's chairman signs.
        signedIn.as("chutich");
        invitations.approve(festival, submitted.version());
        signedIn.as("thuongtruc");
        var check = invitations.check(festival);
        return invitations.issue(festival, check.numberLine());
    }

    @Test
    void theStandingOfficeIssuesANumberedInvitationOnceAndOtherCommunesCannotSeeIt() throws Exception {
        var first = signedAndIssued(ids.registered());

        assertThat(first.numberLine()).matches("Số: \\d{2}/GM-BCĐ");
        assertThat(first.subject()).isEqualTo("Dự “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2022 tại Bản Chiềng");
        assertThat(first.pdfSha256()).matches("[0-9a-f]{64}");
        byte[] pdf = invitations.pdf(ids.registered());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
            assertThat(text)
                    .contains("GIẤY MỜI")
                    .contains(first.numberLine())
                    .contains("UBND BẢN CHIỀNG")
                    .contains("Bản Chiềng, ngày 10 tháng 8 năm 2022")
                    .contains("Sân vận động xã Trung Hạ")
                    .contains("07 giờ 30 phút, ngày 15/8/2022")
                    .contains(FestivalFixture.DELEGATE_A)
                    .doesNotContain("DỰ THẢO");
        }
        assertThat(invitations.docx(ids.registered())).startsWith((byte) 'P', (byte) 'K');

        var again = invitations.issue(ids.registered(), first.numberLine());
        assertThat(again.numberLine()).isEqualTo(first.numberLine());
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(jdbc.sql("select count(*) from outgoing_document where source = ?")
                        .param("festival-invitation:" + ids.registered())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("select status from document_signoff where source = ?")
                        .param("festival-invitation:" + ids.registered())
                        .query(String.class)
                        .single())
                .isEqualTo("ISSUED");

        signedIn.as("muongmin");
        assertThatThrownBy(() -> invitations.pdf(ids.registered())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> invitations.issue(ids.registered(), first.numberLine()))
                .isInstanceOf(NotFoundException.class);

        Api api = new Api(port);
        String other = FestivalCoverageIntegrationTests.signIn(api, "muongmin");
        assertThat(api.getWithCookie("/festivals/" + ids.registered() + "/invitation.pdf", other)
                        .status())
                .isEqualTo(404);
        String office = FestivalCoverageIntegrationTests.signIn(api, "thuongtruc");
        Api.Reply download = api.getWithCookie("/festivals/" + ids.registered() + "/invitation.pdf", office);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
    }

    @Test
    void onlyRegisteredFestivalsGetAnInvitation() {
        signedIn.as("thuongtruc");
        assertThatThrownBy(() -> invitations.submit(ids.planned(), 0))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("festival.invitation.notRegistered");
        assertThatThrownBy(() -> invitations.submit(ids.cancelled(), 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> invitations.pdf(ids.planned())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theInvitationIsSignedOffBeforeItIsIssuedAndADraftSaysSo() throws Exception {
        long festival = ids.noted();
        signedIn.as("thuongtruc");
        // the draft: marked, blanks left for the number and the day
        try (var doc = org.apache.pdfbox.Loader.loadPDF(invitations.pdf(festival))) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
            assertThat(text).contains("DỰ THẢO").contains("Số: /GM-BCĐ").contains("ngày tháng năm 2022");
        }
        // not before approval: no check page, no number
        assertThatThrownBy(() -> invitations.check(festival))
                .isInstanceOf(ConflictException.class)
                .hasMessage("signoff.stateNow.DRAFT");
        var submitted = invitations.submit(festival, 0);
        assertThatThrownBy(() -> invitations.issue(festival, null))
                .isInstanceOf(ConflictException.class)
                .hasMessage("signoff.stateNow.SUBMITTED");
        // the standing office is not the signer
        assertThatThrownBy(() -> invitations.approve(festival, submitted.version()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signedIn.as("chutich");
        // the signer reads the draft he is asked to approve
        assertThat(new String(invitations.pdf(festival), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        var returned = invitations.sendBack(festival, submitted.version(), "Ghi rõ thành phần mời");
        assertThat(returned.status()).isEqualTo(vn.ngayhoi.register.SignOffStatus.RETURNED);
        signedIn.as("thuongtruc");
        var again = invitations.submit(festival, returned.version());
        signedIn.as("chutich");
        invitations.approve(festival, again.version());
        // a second approval (another tab) is told where it stands
        assertThatThrownBy(() -> invitations.approve(festival, again.version())).isInstanceOf(ConflictException.class);
        signedIn.as("thuongtruc");
        var check = invitations.check(festival);
        var issued = invitations.issue(festival, check.numberLine());
        assertThat(issued.numberLine()).isEqualTo(check.numberLine());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(invitations.pdf(festival))) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(doc)).isEqualTo(check.firstPageText());
        }
        assertThat(jdbc.sql("select action from audit_entry where target = ? order by id")
                        .param("festival-invitation:" + festival)
                        .query(String.class)
                        .list())
                .containsExactly("DOCUMENT_SUBMITTED", "DOCUMENT_RETURNED", "DOCUMENT_SUBMITTED", "DOCUMENT_APPROVED");
    }

    @Test
    void theIssueFormsPostWithCsrfThroughTheCheckPageAndLeadToTheDownloads() {
        // A district of its own (Hậu Lộc, 2036): the commune of Đồng Lộc has an officer and a chairman.
        var t = vn.ngayhoi.support.Territories.create(context, "400", 2036);
        var commune = vn.ngayhoi.support.Territories.unit(context, "16015");
        vn.ngayhoi.support.Territories.account(
                context,
                "cb.donglocgm",
                Api.DEMO_PASSWORD,
                "Lê Văn Cán",
                commune,
                vn.ngayhoi.shared.security.Role.UNIT_OFFICER);
        vn.ngayhoi.support.Territories.account(
                context,
                "ct.donglocgm",
                Api.DEMO_PASSWORD,
                "Hoàng Thị Chủ",
                commune,
                vn.ngayhoi.shared.security.Role.LEADER);
        long festival = festivals
                .systemCreate(
                        t.campaign().id(),
                        commune.id(),
                        FestivalFixture.at(14, 7, 30),
                        FestivalFixture.at(14, 11, 0),
                        "Nhà văn hóa xã Đồng Lộc",
                        false,
                        FestivalStatus.REGISTERED,
                        new FestivalDetails(
                                List.of(new FestivalDetails.Step("Khai mạc", false, null)),
                                List.of("Văn nghệ"),
                                java.util.Map.of(),
                                List.of(),
                                null,
                                java.util.Map.of(),
                                List.of(),
                                null),
                        null)
                .id();
        Api api = new Api(port);
        String office = FestivalCoverageIntegrationTests.signIn(api, "cb.donglocgm");
        String path = "/festivals/" + festival + "/invitation";
        Api.Reply page = api.getWithCookie(path, office);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Trình ký giấy mời").contains("Dự thảo");

        assertThat(api.postForm(path + "/submit", "version=0", office).status()).isEqualTo(403);
        Api.Reply submitted = api.postForm(
                path + "/submit", "version=0&_csrf=" + FestivalCoverageIntegrationTests.csrf(page.body()), office);
        assertThat(submitted.status()).isEqualTo(302);

        // the commune's own chairman signs, not the district's
        String district = FestivalCoverageIntegrationTests.signIn(api, "chutich");
        assertThat(api.getWithCookie(path, district).status()).isEqualTo(404);
        String leader = FestivalCoverageIntegrationTests.signIn(api, "ct.donglocgm");
        Api.Reply toSign = api.getWithCookie(path, leader);
        assertThat(toSign.body()).contains("Chờ duyệt").contains("approve-invitation");
        assertThat(api.getWithCookie("/", leader).body()).contains("Duyệt văn bản: Giấy mời dự");
        Api.Reply approved = api.postForm(
                path + "/approve", "version=1&_csrf=" + FestivalCoverageIntegrationTests.csrf(toSign.body()), office);
        // the standing office's session cannot approve; the chairman's can
        assertThat(approved.status()).isEqualTo(403);
        approved = api.postForm(
                path + "/approve", "version=1&_csrf=" + FestivalCoverageIntegrationTests.csrf(toSign.body()), leader);
        assertThat(approved.status()).isEqualTo(302);

        Api.Reply check = api.getWithCookie(path + "/issue", office);
        assertThat(check.status()).isEqualTo(200);
        java.util.regex.Matcher number =
                java.util.regex.Pattern.compile("id=\"check-number\">([^<]+)<").matcher(check.body());
        assertThat(number.find()).isTrue();
        // a post without the number shown goes back to the check page, issuing nothing
        Api.Reply blind = api.postForm(path, "_csrf=" + FestivalCoverageIntegrationTests.csrf(check.body()), office);
        assertThat(blind.header("Location")).endsWith(path + "/issue");
        Api.Reply issued = api.postForm(
                path,
                "numberLine=" + java.net.URLEncoder.encode(number.group(1), java.nio.charset.StandardCharsets.UTF_8)
                        + "&_csrf=" + FestivalCoverageIntegrationTests.csrf(check.body()),
                office);
        assertThat(issued.status()).isEqualTo(302);
        assertThat(issued.header("Location")).endsWith(path);
        String after = api.getWithCookie(path, office).body();
        assertThat(after).contains(number.group(1)).contains(path + ".pdf").contains(path + ".docx");
    }

    @Test
    void timesReadAsOnInvitations() {
        assertThat(InvitationText.time(FestivalFixture.at(15, 7, 30))).isEqualTo("07 giờ 30 phút, ngày 15/8/2022");
        assertThat(InvitationText.time(FestivalFixture.at(5, 14, 0))).isEqualTo("14 giờ 00 phút, ngày 5/8/2022");
    }
}
