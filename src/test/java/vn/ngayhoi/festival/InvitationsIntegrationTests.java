package vn.ngayhoi.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.orgunit.OrgUnitManagement;
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

    @Test
    void theStandingOfficeIssuesANumberedInvitationOnceAndOtherCommunesCannotSeeIt() throws Exception {
        signedIn.as("thuongtruc");
        var first = invitations.issue(ids.registered());

        assertThat(first.numberLine()).matches("Số: \\d{2}/GM-BCĐ");
        assertThat(first.subject()).isEqualTo("Dự “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2022 tại Bản Chiềng");
        assertThat(first.pdfSha256()).matches("[0-9a-f]{64}");
        byte[] pdf = invitations.pdf(ids.registered());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("GIẤY MỜI")
                    .contains(first.numberLine())
                    .contains("UBND BẢN CHIỀNG")
                    .contains("Bản Chiềng, ngày 10 tháng 8 năm 2022")
                    .contains("Sân vận động xã Trung Hạ")
                    .contains("07 giờ 30 phút, ngày 15/8/2022")
                    .contains(FestivalFixture.DELEGATE_A);
        }
        assertThat(invitations.docx(ids.registered())).startsWith((byte) 'P', (byte) 'K');

        var again = invitations.issue(ids.registered());
        assertThat(again.numberLine()).isEqualTo(first.numberLine());
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(jdbc.sql("select count(*) from outgoing_document where source = ?")
                        .param("festival-invitation:" + ids.registered())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        signedIn.as("muongmin");
        assertThatThrownBy(() -> invitations.pdf(ids.registered())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> invitations.issue(ids.registered())).isInstanceOf(NotFoundException.class);

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
        assertThatThrownBy(() -> invitations.issue(ids.planned()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("festival.invitation.notRegistered");
        assertThatThrownBy(() -> invitations.issue(ids.cancelled())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> invitations.pdf(ids.planned())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theIssueFormPostsWithCsrfAndLeadsToTheDownloads() {
        Api api = new Api(port);
        String cookie = FestivalCoverageIntegrationTests.signIn(api, "thuongtruc");
        String path = "/festivals/" + ids.noted() + "/invitation";
        Api.Reply page = api.getWithCookie(path, cookie);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Phát hành giấy mời");

        assertThat(api.postForm(path, "", cookie).status()).isEqualTo(403);
        Api.Reply issued = api.postForm(path, "_csrf=" + FestivalCoverageIntegrationTests.csrf(page.body()), cookie);
        assertThat(issued.status()).isEqualTo(302);
        assertThat(issued.header("Location")).endsWith(path);
        String after = api.getWithCookie(path, cookie).body();
        assertThat(after)
                .containsPattern("Số: \\d{2}/GM-BCĐ")
                .contains(path + ".pdf")
                .contains(path + ".docx");
    }

    @Test
    void timesReadAsOnInvitations() {
        assertThat(Invitations.time(FestivalFixture.at(15, 7, 30))).isEqualTo("07 giờ 30 phút, ngày 15/8/2022");
        assertThat(Invitations.time(FestivalFixture.at(5, 14, 0))).isEqualTo("14 giờ 00 phút, ngày 5/8/2022");
    }
}
