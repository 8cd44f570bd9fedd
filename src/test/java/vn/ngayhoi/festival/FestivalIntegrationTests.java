package vn.ngayhoi.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

@IntegrationTest
class FestivalIntegrationTests {

    @Autowired
    FestivalManagement festivals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.ngayhoi.orgunit.OrgUnitManagement units;

    @Autowired
    UserDetailsService userDetails;

    @LocalServerPort
    int port;

    SignedIn signedIn;
    Api api;
    long campaign;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        api = new Api(port);
        campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
    }

    private long count() {
        return jdbc.sql("select count(*) from festival").query(Long.class).single();
    }

    private Festival ofUnit(String code) {
        return festivals.list(campaign, null, List.of()).stream()
                .filter(f -> f.unitCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDemoHasSonHaAsThePilotOn15AugustWithItsModelAndProvincialDelegates() {
        signedIn.as("thuongtruc");
        Festival sonHa = ofUnit("15004");
        assertThat(sonHa.pilot()).isTrue();
        assertThat(sonHa.startsAt()
                        .atZoneSameInstant(vn.ngayhoi.shared.Formats.ZONE)
                        .toLocalDate())
                .isEqualTo(LocalDate.of(2022, 8, 15));
        assertThat(sonHa.details().modelLaunch()).isEqualTo("Camera đối với ANTT");
        assertThat(sonHa.details().delegateGroups()).contains("Đại biểu cấp tỉnh");
        assertThat(sonHa.details().programme())
                .extracting(FestivalDetails.Step::title)
                .first()
                .isEqualTo("Lễ chào cờ");
        assertThat(festivals.list(campaign, null, List.of()))
                .extracting(Festival::status)
                .contains(
                        FestivalStatus.HELD,
                        FestivalStatus.POSTPONED,
                        FestivalStatus.CANCELLED,
                        FestivalStatus.REGISTERED);
        assertThat(ofUnit("14995").details().totalAttendance()).isEqualTo(397);
    }

    @Test
    void theApiRegistersInsideTheWindowAndRefusesBadInputInVietnameseStoringNothing() {
        // A khu dân cư of its own: every commune of the demo already has its festival.
        String area = units.systemCreate(new vn.ngayhoi.orgunit.UnitCommands.CreateUnit(
                        units.systemFind("2024", "14998").orElseThrow().id(),
                        "RESIDENTIAL_AREA",
                        "Bản thử đăng ký qua API",
                        null))
                .code();
        long before = count();
        String ok = """
                {"campaignId": %d, "unitCode": "%s", "startsAt": "2022-08-17T07:30:00+07:00",
                 "endsAt": "2022-08-17T11:00:00+07:00", "venue": "Nhà văn hóa xã Trung Thượng", "pilot": false}
                """.formatted(campaign, area);
        var created = api.postJson("/api/v1/festivals", "thuongtruc", Api.DEMO_PASSWORD, ok);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("REGISTERED");
        assertThat(created.json().get("startsAt").asString()).isEqualTo("2022-08-17T07:30:00+07:00");
        assertThat(count()).isEqualTo(before + 1);
        assertThat(api.postJson("/api/v1/festivals", "thuongtruc", Api.DEMO_PASSWORD, ok)
                        .status())
                .isEqualTo(409);

        var outside = api.postJson(
                "/api/v1/festivals",
                "thuongtruc",
                Api.DEMO_PASSWORD,
                ok.replace(area, "14999")
                        .replace("2022-08-17T07", "2022-07-25T07")
                        .replace("2022-08-17T11", "2022-07-25T11"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("message").asString())
                .contains("01/08/2022")
                .contains("19/08/2022");

        var backwards = api.postJson(
                "/api/v1/festivals",
                "thuongtruc",
                Api.DEMO_PASSWORD,
                ok.replace(area, "14999").replace("2022-08-17T11:00", "2022-08-17T06:00"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("message").asString())
                .contains("Thời gian kết thúc phải sau thời gian bắt đầu");

        var longVenue = api.postJson(
                "/api/v1/festivals",
                "thuongtruc",
                Api.DEMO_PASSWORD,
                ok.replace(area, "14999").replace("Nhà văn hóa xã Trung Thượng", "Đ".repeat(10_000)));
        assertThat(longVenue.status()).isEqualTo(400);
        assertThat(longVenue.json().get("message").asString()).contains("Địa điểm dài tối đa 500 ký tự");
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void negativeAttendanceIsRefusedAndNothingChanges() {
        signedIn.as("thuongtruc");
        Festival tamLu = ofUnit("15016");
        assertThatThrownBy(() -> festivals.recordResults(tamLu.id(), Map.of("PEOPLE", -5), List.of(), List.of(), null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("festival.attendance.invalid"));
        assertThat(festivals.get(tamLu.id()).details().attendance())
                .isEqualTo(tamLu.details().attendance());
        assertThat(festivals.get(tamLu.id()).version()).isEqualTo(tamLu.version());
    }

    @Test
    void photosAndMinutesAreCheckedWithTheResultsAndServedOnlyInScope() {
        signedIn.as("thuongtruc");
        Festival held = ofUnit("15016");
        long files = jdbc.sql("select count(*) from festival_attachment")
                .query(Long.class)
                .single();
        byte[] exe = {'M', 'Z', 0, 0};
        var photo =
                new FestivalManagement.Evidence("le-chao-co.png", vn.ngayhoi.task.TaskIntegrationTestsSupport.png());
        assertThatThrownBy(() -> festivals.recordResults(
                        held.id(),
                        Map.of("PEOPLE", 500),
                        List.of(true),
                        List.of(),
                        null,
                        List.of(photo),
                        List.of(new FestivalManagement.Evidence("bien-ban.pdf", exe))))
                .isInstanceOf(ValidationException.class);
        assertThat(jdbc.sql("select count(*) from festival_attachment")
                        .query(Long.class)
                        .single())
                .isEqualTo(files);
        assertThat(festivals.get(held.id()).details().attendance())
                .isEqualTo(held.details().attendance());

        // the figures and steps as recorded, with a photo added: the demo's record stays what it was
        festivals.recordResults(
                held.id(),
                held.details().attendance(),
                held.details().programme().stream()
                        .map(s -> Boolean.TRUE.equals(s.held()))
                        .toList(),
                held.details().pledges(),
                held.details().gifts(),
                List.of(photo),
                List.of());
        var stored = festivals.evidence(held.id());
        assertThat(stored).extracting(a -> a.fileName()).contains("le-chao-co.png");
        signedIn.as("muongmin");
        assertThatThrownBy(() -> festivals.evidenceFile(stored.get(0).id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCommuneOfficerGets404ForAnotherCommunesFestival() {
        signedIn.as("thuongtruc");
        long sonHa = ofUnit("15004").id();
        signedIn.as("muongmin");
        assertThatThrownBy(() -> festivals.get(sonHa)).isInstanceOf(NotFoundException.class);
        assertThat(festivals.list(null, null, List.of()))
                .extracting(Festival::unitCode)
                .containsOnly("15025");
        assertThat(api.get("/api/v1/festivals/" + sonHa, "muongmin", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/festivals/" + (sonHa + 100_000), "muongmin", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/festivals/" + sonHa, "sonha", Api.DEMO_PASSWORD)
                        .json()
                        .get("festival")
                        .get("venue")
                        .asString())
                .isEqualTo("Sân vận động trung tâm xã Sơn Hà");
    }
}
