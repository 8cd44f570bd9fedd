package vn.ngayhoi.festival;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.SignedIn;

/**
 * A leader of Quan Sơn may also be named (by the administrator) to a festival of another district.
 * Quan Sơn's standing office assigning them to the festival of an enterprise of Xã Trung Tiến
 * (27/08/2022 08:00–11:00) learns that they clash with a festival of Phường Ba
 * Đình, TP Thanh Hóa (09:00–12:00), outside its scope: the page says only "trùng lịch với một Ngày hội
 * khác", never that unit, its name or its time.
 */
@IntegrationTest
class FestivalClashScopeIntegrationTests {

    private static final String ASSIGNED = "lanhdao.tinh.mot";
    private static final String CANDIDATE = "lanhdao.tinh.hai";
    private static final String ENTERPRISE = "Doanh nghiệp thử phân công lãnh đạo";
    private static final String UNSEEN = "trùng lịch với một Ngày hội khác";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    vn.ngayhoi.festival.FestivalLeaders leaders;

    @Autowired
    AccountManagement accounts;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    Festival inScope;
    Festival outside;
    long assigned;
    long candidate;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        long campaignId = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        // Dự kiến (planned) festivals hold their time but do not count as registered in coverage.
        inScope = festival(campaignId, ownUnit(), at(8, 0), at(11, 0), "Hội trường doanh nghiệp thử");
        outside = festival(
                campaignId,
                units.systemFind("2024", "14776").orElseThrow().id(),
                at(9, 0),
                at(12, 0),
                "Sân vận động Phường Ba Đình");
        assigned = leader(ASSIGNED, "Trần Văn Tỉnh");
        candidate = leader(CANDIDATE, "Nguyễn Thị Tỉnh");
        signedIn.as("admin");
        leaders.assignLeader(outside.id(), assigned, ASSIGNED);
        leaders.assignLeader(outside.id(), candidate, CANDIDATE);
        leaders.assignLeader(inScope.id(), assigned, ASSIGNED);
        signedIn.clear();
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
    }

    @Test
    void aClashOutsideTheViewersScopeIsWordedWithoutNameUnitOrTime() {
        signedIn.as("thuongtruc");
        FestivalCalendar.Assignment assignment;
        try {
            assignment = calendar.assignment(inScope.id());
        } finally {
            signedIn.clear();
        }
        var mine = assignment.assigned().stream()
                .filter(c -> c.leader().userId() == assigned)
                .findFirst()
                .orElseThrow();
        assertThat(mine.clashed()).isTrue();
        assertThat(mine.clashesWith()).isEmpty();
        assertThat(mine.unseenClashes()).isEqualTo(1);

        PageClient office = PageClient.signedIn(port, "thuongtruc", Api.DEMO_PASSWORD);
        PageClient.Page page = office.get("/festivals/" + inScope.id() + "/leaders");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Trần Văn Tỉnh " + UNSEEN).contains("Nguyễn Thị Tỉnh (" + UNSEEN + ")");
        assertHidesTheOtherFestival(page.body());

        // Assigning the candidate: the warning after it is worded the same way.
        PageClient.Page posted = office.post(
                "/festivals/" + inScope.id() + "/leaders",
                Map.of("userId", String.valueOf(candidate), "_csrf", PageClient.csrf(page.body())));
        assertThat(posted.status()).isEqualTo(302);
        PageClient.Page after = office.get("/festivals/" + inScope.id() + "/leaders");
        assertThat(after.body()).contains("Nguyễn Thị Tỉnh " + UNSEEN + ". Hãy xem lại phân công.");
        assertHidesTheOtherFestival(after.body());
    }

    @Test
    void anAdministratorWhoSeesBothFestivalsIsToldWhichOne() {
        PageClient admin = PageClient.signedIn(port, "admin", "Admin-Test-Password-1");
        PageClient.Page page = admin.get("/festivals/" + inScope.id() + "/leaders");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(outside.unitName())
                .contains("27/08/2022 09:00")
                .doesNotContain(UNSEEN);
    }

    @Autowired
    FestivalCalendar calendar;

    private void assertHidesTheOtherFestival(String html) {
        assertThat(html)
                .doesNotContain(outside.unitName())
                .doesNotContain("Sân vận động Phường Ba Đình")
                .doesNotContain("09:00")
                .doesNotContain("12:00");
    }

    /** An enterprise of Xã Trung Tiến made for this test: every Quan Sơn commune has its festival already. */
    private long ownUnit() {
        long commune = units.systemFind("2024", "14999").orElseThrow().id();
        return jdbc.sql("select id from org_unit where parent_id = ? and name = ?")
                .params(commune, ENTERPRISE)
                .query(Long.class)
                .optional()
                .orElseGet(() -> units.systemCreate(
                                new CreateUnit(commune, "ENTERPRISE", ENTERPRISE, LocalDate.of(2020, 1, 1)))
                        .id());
    }

    private Festival festival(long campaignId, long unitId, OffsetDateTime starts, OffsetDateTime ends, String venue) {
        Long existing = jdbc.sql("select id from festival where campaign_id = ? and unit_id = ?")
                .params(campaignId, unitId)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            signedIn.as("admin");
            try {
                return festivals.get(existing);
            } finally {
                signedIn.clear();
            }
        }
        return festivals.systemCreate(
                campaignId,
                unitId,
                starts,
                ends,
                venue,
                false,
                FestivalStatus.PLANNED,
                new FestivalDetails(null, null, null, null, null, null, null, null),
                null);
    }

    private long leader(String username, String fullName) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .optional()
                .orElseGet(() -> accounts.systemCreate(
                                username,
                                Api.DEMO_PASSWORD,
                                fullName,
                                "Phó Trưởng Ban Chỉ đạo huyện (tài khoản thử)",
                                units.systemFind("2024", "387").orElseThrow(),
                                Set.of(Role.LEADER))
                        .id());
    }

    private static OffsetDateTime at(int hour, int minute) {
        return LocalDateTime.of(2022, 8, 27, hour, minute).atZone(Formats.ZONE).toOffsetDateTime();
    }
}
