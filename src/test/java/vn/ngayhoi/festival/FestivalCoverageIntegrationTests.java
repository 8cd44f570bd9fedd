package vn.ngayhoi.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.festival.FestivalCoverage.Kind;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.TestClockConfiguration;

@IntegrationTest
class FestivalCoverageIntegrationTests {

    @Autowired
    FestivalManagement festivals;

    @Autowired
    FestivalCoverage coverage;

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

    /** Festivals of the 2022 campaign on Quan Sơn's units of these types with one of these statuses. */
    private long count(String types, String statuses) {
        return jdbc.sql("""
                        select count(*) from festival f join org_unit o on o.id = f.unit_id
                        join org_unit d on o.path like d.path || '%'
                        where d.structure_code = '2024' and d.code = '387' and f.campaign_id = ?
                          and o.type_code = any(string_to_array(?, ',')) and f.status = any(string_to_array(?, ','))
                        """)
                .params(ids.campaignId(), types, statuses)
                .query(Long.class)
                .single();
    }

    @Test
    void theStandingOfficeSeesCommunesRegisteredAndHeldAndWhoIsMissing() {
        signedIn.as("thuongtruc");
        var c = coverage.of(ids.campaignId());

        assertThat(c.area().code()).isEqualTo("387");
        var communes = c.row(Kind.COMMUNE_LEVEL);
        assertThat(communes.units()).isEqualTo(12);
        long registered = count("COMMUNE,WARD,TOWNSHIP,SPECIAL_ZONE", "REGISTERED,HELD");
        assertThat(registered).isGreaterThanOrEqualTo(3);
        assertThat(communes.registered()).isEqualTo((int) registered);
        assertThat(communes.held()).isEqualTo((int) count("COMMUNE,WARD,TOWNSHIP,SPECIAL_ZONE", "HELD"));
        assertThat(communes.held()).isGreaterThanOrEqualTo(1);
        assertThat(communes.missing()).hasSize(12 - (int) registered);
        assertThat(communes.missing())
                .extracting(OrgUnit::code)
                .doesNotContain(FestivalFixture.TRUNG_HA, FestivalFixture.TAM_LU, FestivalFixture.SON_DIEN);
        String withoutFestival =
                jdbc.sql("""
                        select o.code from org_unit o join org_unit d on o.parent_id = d.id
                        where d.structure_code = '2024' and d.code = '387' and o.type_code in ('COMMUNE', 'TOWNSHIP')
                          and not exists (select 1 from festival f where f.unit_id = o.id and f.campaign_id = ?
                                          and f.status in ('REGISTERED', 'HELD'))
                        order by o.code limit 1
                        """).param(ids.campaignId()).query(String.class).single();
        assertThat(communes.missing()).extracting(OrgUnit::code).contains(withoutFestival);
    }

    @Test
    void aCancelledSchoolIsStillMissingAndAPlannedAreaHasNotRegistered() {
        signedIn.as("thuongtruc");
        var c = coverage.of(ids.campaignId());

        var schools = c.row(Kind.SCHOOL);
        assertThat(schools.units()).isGreaterThanOrEqualTo(2);
        assertThat(schools.missing()).extracting(OrgUnit::name).contains(FestivalFixture.SCHOOL);
        assertThat(schools.registered()).isEqualTo((int) count("SCHOOL", "REGISTERED,HELD"));
        var areas = c.row(Kind.RESIDENTIAL_AREA);
        assertThat(areas.missing()).extracting(OrgUnit::name).contains(FestivalFixture.AREA);
        assertThat(c.row(Kind.AGENCY).units()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aCommuneOfficerHasNoCoverage() {
        signedIn.as("muongmin");
        assertThatThrownBy(() -> coverage.of(ids.campaignId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCoveragePageShowsTheCountsAsFractionsWithBars() {
        Api api = new Api(port);
        String cookie = signIn(api, "thuongtruc");
        Api.Reply page = api.getWithCookie("/festivals/coverage?campaign=" + ids.campaignId(), cookie);

        assertThat(page.status()).isEqualTo(200);
        long registered = count("COMMUNE,WARD,TOWNSHIP,SPECIAL_ZONE", "REGISTERED,HELD");
        assertThat(page.body())
                .contains("Xã, phường, thị trấn")
                .contains(registered + "/12")
                .contains("progress-bar")
                .contains(FestivalFixture.SCHOOL)
                .doesNotContain("style=");

        Api.Reply refused = api.getWithCookie("/festivals/coverage", signIn(api, "muongmin"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void barsUseWidthClassesByTheNearestQuarter() {
        assertThat(FestivalCoverage.Row.width(0, 12)).isEqualTo("w-0");
        assertThat(FestivalCoverage.Row.width(1, 12)).isEqualTo("w-25");
        assertThat(FestivalCoverage.Row.width(6, 12)).isEqualTo("w-50");
        assertThat(FestivalCoverage.Row.width(9, 12)).isEqualTo("w-75");
        assertThat(FestivalCoverage.Row.width(11, 12)).isEqualTo("w-75");
        assertThat(FestivalCoverage.Row.width(12, 12)).isEqualTo("w-100");
        assertThat(FestivalCoverage.Row.width(0, 0)).isEqualTo("w-0");
    }

    static String signIn(Api api, String username) {
        Api.Reply login = api.get("/login");
        Api.Reply ok = api.postForm(
                "/login",
                "username=" + username + "&password=Quanson%402022&_csrf=" + csrf(login.body()),
                cookie(login));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(ok.header("Location")).doesNotContain("error");
        return cookie(ok);
    }

    static String cookie(Api.Reply reply) {
        String header = reply.header("Set-Cookie");
        assertThat(header).isNotNull();
        return header.split(";")[0];
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
