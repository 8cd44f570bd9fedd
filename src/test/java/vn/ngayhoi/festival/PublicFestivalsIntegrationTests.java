package vn.ngayhoi.festival;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.TestClockConfiguration;

@IntegrationTest
class PublicFestivalsIntegrationTests {

    @Autowired
    FestivalManagement festivals;

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
    Api api;

    @BeforeEach
    void setUp() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
        signedIn = new SignedIn(userDetails);
        api = new Api(port);
        FestivalFixture.ensure(festivals, units, jdbc, signedIn);
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
    }

    @Test
    void anyoneSeesTheDistrictsUpcomingRegisteredFestivalsWithoutSigningIn() {
        Api.Reply page = api.get("/public/festivals?unit=387");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Huyện Quan Sơn")
                .contains(FestivalFixture.AREA_A)
                .contains(FestivalFixture.VENUE_A)
                .contains("15/08/2022 07:30")
                .contains(FestivalFixture.STEP_A)
                .contains(FestivalFixture.ACTIVITY_A)
                .contains(FestivalFixture.VENUE_B)
                .doesNotContain("action=\"/logout\"")
                .doesNotContain("id=\"main-nav\"");
    }

    @Test
    void thePublicPageNeverShowsNotesAttendanceOrFestivalsNotRegistered() {
        String html = api.get("/public/festivals?unit=387").body();

        assertThat(html)
                .as("internal notes")
                .doesNotContain(FestivalFixture.NOTE_B)
                .doesNotContain("NB-7781")
                .doesNotContain(FestivalFixture.NOTE_C)
                .doesNotContain("SD-4410");
        assertThat(html)
                .as("the held festival, its attendance and gifts")
                .doesNotContain(FestivalFixture.VENUE_C)
                .doesNotContain("345")
                .doesNotContain("Quà tặng hộ nghèo");
        assertThat(html).as("delegates invited are not public either").doesNotContain(FestivalFixture.DELEGATE_A);
        assertThat(html)
                .as("cancelled and planned festivals")
                .doesNotContain(FestivalFixture.VENUE_CANCELLED)
                .doesNotContain(FestivalFixture.VENUE_PLANNED)
                .doesNotContain(FestivalFixture.SCHOOL);
    }

    @Test
    void aFestivalThatHasEndedLeavesThePage() {
        assertThat(api.get("/public/festivals?unit=387").body()).contains(FestivalFixture.VENUE_A);
        clock.set(FestivalFixture.at(15, 11, 31).toInstant());
        try {
            String later = api.get("/public/festivals?unit=387").body();
            assertThat(later).doesNotContain(FestivalFixture.VENUE_A).contains(FestivalFixture.VENUE_B);
        } finally {
            clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
        }
    }

    @Test
    void theProvinceCodeShowsItsDistrictsFestivalsAndAnUnknownCodeSaysSo() {
        assertThat(api.get("/public/festivals?unit=38").body()).contains(FestivalFixture.VENUE_A);

        Api.Reply otherDistrict = api.get("/public/festivals?unit=001");
        assertThat(otherDistrict.status()).isEqualTo(200);
        assertThat(otherDistrict.body()).doesNotContain(FestivalFixture.VENUE_A);

        Api.Reply unknown = api.get("/public/festivals?unit=99999999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Không tìm thấy huyện, tỉnh hoặc xã &quot;99999999&quot;");
    }

    @Test
    void aCitizenFindsTheDistrictByItsNameWithOrWithoutDiacriticsAndChoosesWhenTwoPlacesShareIt() {
        for (String typed : new String[] {"Huyện Quan Sơn", "huyen quan son", "  HUYỆN QUAN SƠN "}) {
            Api.Reply page = api.get("/public/festivals?unit="
                    + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(page.status()).as(typed).isEqualTo(200);
            assertThat(page.body())
                    .as(typed)
                    .contains("Lịch Ngày hội toàn dân bảo vệ an ninh Tổ quốc – Huyện Quan Sơn")
                    .contains(FestivalFixture.VENUE_A);
        }

        // "Quan Sơn" alone is the district and a commune in Lạng Sơn: the citizen picks.
        Api.Reply both = api.get("/public/festivals?unit=quan%20son");
        assertThat(both.status()).isEqualTo(200);
        assertThat(both.body())
                .contains("<a href=\"/public/festivals?unit=387\">Huyện Quan Sơn (Tỉnh Thanh Hóa)</a>")
                .contains("Xã Quan Sơn (Huyện Chi Lăng)")
                .doesNotContain(FestivalFixture.VENUE_A);
    }

    @Test
    void aNameSeveralPlacesShareOffersThemByNameAndTheUnitAbove() {
        Api.Reply page = api.get("/public/festivals?unit=son%20ha");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Có nhiều nơi tên")
                .contains("Xã Sơn Hà (Huyện Quan Sơn)")
                .contains("href=\"/public/festivals?unit=15004\"")
                .doesNotContain(FestivalFixture.VENUE_A);

        Api.Reply none = api.get("/public/festivals?unit=kh%C3%B4ng%20c%C3%B3%20n%C6%A1i%20n%C3%A0y");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body()).contains("Không tìm thấy huyện, tỉnh hoặc xã &quot;không có nơi này&quot;");
    }

    @Test
    void withoutACodeThePageAsksForOne() {
        Api.Reply page = api.get("/public/festivals");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"unit\"").doesNotContain(FestivalFixture.VENUE_A);
    }
}
