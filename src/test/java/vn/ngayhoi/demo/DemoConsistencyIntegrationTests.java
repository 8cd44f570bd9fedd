package vn.ngayhoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * The demo agrees with itself on 23/08/2022, the day it shows: every commune of huyện Quan Sơn has a
 * festival that matches its results report (held, with attendance and steps held, exactly where the
 * report counts one; one postponed with a new date and one cancelled with a reason, both counting
 * none), the dashboard's festival counts are the festival list's and the reports', the pilot has its
 * Giấy mời and its leader, a công văn đôn đốc went to the units without a report, and xã Na Mèo has
 * an account to show its returned report.
 */
@IntegrationTest
class DemoConsistencyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    final JsonMapper json = JsonMapper.builder().build();
    Api api;
    long campaign;

    /** One commune's festival and report as stored. */
    record Commune(
            String code,
            String festivalStatus,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String reason,
            int attendance,
            long stepsHeld,
            String reportStatus,
            Integer heldCommune,
            Integer participants,
            String returnReason) {}

    @BeforeEach
    void setUp() {
        api = new Api(port);
        campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        clock.set(LocalDateTime.of(2022, 8, 23, 8, 0).atZone(Formats.ZONE).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    private Map<String, Commune> communes() {
        Map<String, Commune> byCode = new HashMap<>();
        jdbc.sql("""
                        select o.code, f.status, f.starts_at, f.ends_at, f.status_reason, f.details::text,
                               r.status, r.data::text, r.return_reason
                        from org_unit o
                             join org_unit d on d.id = o.parent_id and d.code = '387' and d.structure_code = '2024'
                             left join festival f on f.unit_id = o.id and f.campaign_id = ?
                             left join report_form rf on rf.campaign_id = ?
                             left join report r on r.unit_id = o.id and r.form_id = rf.id
                        where o.type_code in ('COMMUNE', 'TOWNSHIP')
                        """).params(campaign, campaign).query(rs -> {
            JsonNode details = rs.getString(6) == null ? null : json.readTree(rs.getString(6));
            int attendance = 0;
            long steps = 0;
            if (details != null) {
                for (JsonNode v : details.path("attendance")) {
                    attendance += v.asInt();
                }
                for (JsonNode s : details.path("programme")) {
                    if (s.path("held").asBoolean(false)) {
                        steps++;
                    }
                }
            }
            JsonNode data = rs.getString(8) == null ? null : json.readTree(rs.getString(8));
            byCode.put(
                    rs.getString(1),
                    new Commune(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class),
                            rs.getObject(4, OffsetDateTime.class),
                            rs.getString(5),
                            attendance,
                            steps,
                            rs.getString(7),
                            data == null ? null : intOf(data, "held_commune"),
                            data == null ? null : intOf(data, "participants"),
                            rs.getString(9)));
        });
        return byCode;
    }

    private static Integer intOf(JsonNode data, String code) {
        JsonNode v = data.path("values").path(code);
        return v.isMissingNode() || v.isNull() ? null : Integer.valueOf(v.asString());
    }

    @Test
    void everyCommuneHasAFestivalThatAgreesWithItsReport() {
        Map<String, Commune> communes = communes();
        assertThat(communes).hasSize(12);
        for (Commune c : communes.values()) {
            assertThat(c.festivalStatus()).as("festival of %s", c.code()).isNotNull();
            boolean held = c.festivalStatus().equals("HELD");
            if (held) {
                assertThat(c.attendance()).as("attendance of %s", c.code()).isPositive();
                assertThat(c.stepsHeld()).as("steps held of %s", c.code()).isPositive();
            }
            if (c.reportStatus() == null || c.reportStatus().equals("DRAFT")) {
                continue;
            }
            // held ⇔ the report counts its own festival, with attendance
            assertThat(c.heldCommune() >= 1)
                    .as("report of %s says held", c.code())
                    .isEqualTo(held);
            assertThat(c.participants() > 0).as("participants of %s", c.code()).isEqualTo(held);
            if (!c.reportStatus().equals("RETURNED")) {
                assertThat(c.participants()).as("participants of %s", c.code()).isEqualTo(c.attendance());
            }
        }

        // Na Mèo's report was returned because its 1.200 did not match the 820 of the minutes: the
        // festival record holds the 820.
        Commune naMeo = communes.get(DemoScenario.NA_MEO);
        assertThat(naMeo.reportStatus()).isEqualTo("RETURNED");
        assertThat(naMeo.participants()).isEqualTo(1200);
        assertThat(naMeo.attendance()).isEqualTo(820);
        assertThat(naMeo.returnReason()).contains("1.200").contains("820");

        // One postponed to a new date, one cancelled with a reason; both reports count none.
        List<Commune> postponed = communes.values().stream()
                .filter(c -> "POSTPONED".equals(c.festivalStatus()))
                .toList();
        assertThat(postponed).singleElement().satisfies(c -> {
            LocalDate newDate = c.startsAt().atZoneSameInstant(Formats.ZONE).toLocalDate();
            assertThat(newDate).isAfter(LocalDate.of(2022, 8, 23));
            assertThat(c.reason()).contains(new Formats().date(newDate));
        });
        assertThat(communes.values().stream().filter(c -> "CANCELLED".equals(c.festivalStatus())))
                .singleElement()
                .satisfies(c -> assertThat(c.reason()).isNotBlank());

        // Sơn Hà's pilot was held and its report accepted: it no longer reads registered.
        Commune sonHa = communes.get(DemoScenario.SON_HA);
        assertThat(sonHa.festivalStatus()).isEqualTo("HELD");
        assertThat(sonHa.reportStatus()).isEqualTo("ACCEPTED");
        // Mường Mìn held no results and sent no report: on 23/08 its festival awaits results.
        Commune muongMin = communes.get(DemoScenario.MUONG_MIN);
        assertThat(muongMin.reportStatus()).isNull();
        assertThat(muongMin.festivalStatus()).isEqualTo("REGISTERED");
        assertThat(muongMin.endsAt().toInstant()).isBefore(clock.instant());
    }

    @Test
    void theDashboardCountsWhatTheFestivalListAndTheReportsSay() {
        JsonNode dashboard = api.get("/api/v1/campaigns/" + campaign + "/dashboard", "thuongtruc", Api.DEMO_PASSWORD)
                .json();
        Map<String, Integer> listed = new HashMap<>();
        api.get("/api/v1/festivals?campaign=" + campaign, "thuongtruc", Api.DEMO_PASSWORD)
                .json()
                .get("items")
                .forEach(f -> listed.merge(f.get("status").asString(), 1, Integer::sum));
        JsonNode festivals = dashboard.get("festivals");
        assertThat(festivals.get("held").asInt()).isEqualTo(listed.getOrDefault("HELD", 0));
        assertThat(festivals.get("awaitingResults").asInt()).isEqualTo(listed.getOrDefault("AWAITING_RESULTS", 0));
        assertThat(festivals.get("registered").asInt()).isEqualTo(listed.getOrDefault("REGISTERED", 0));
        assertThat(festivals.get("postponed").asInt()).isEqualTo(listed.getOrDefault("POSTPONED", 0));
        assertThat(festivals.get("total").asInt())
                .isEqualTo(listed.values().stream().mapToInt(Integer::intValue).sum());

        // The accepted reports' "festivals held by communes" is the number of communes with an
        // accepted report whose festival is held; every sent report counts as its festival is.
        Map<String, Commune> communes = communes();
        long heldAndAccepted = communes.values().stream()
                .filter(c -> "HELD".equals(c.festivalStatus()) && "ACCEPTED".equals(c.reportStatus()))
                .count();
        JsonNode heldCommune = null;
        for (JsonNode i : dashboard.get("indicators")) {
            if (i.get("code").asString().equals("held_commune")) {
                heldCommune = i;
            }
        }
        assertThat(heldCommune).isNotNull();
        assertThat(heldCommune.get("value").asLong()).isEqualTo(heldAndAccepted);
        long heldCommunes = communes.values().stream()
                .filter(c -> "HELD".equals(c.festivalStatus()))
                .count();
        long sentSayingHeld = communes.values().stream()
                .filter(c -> c.reportStatus() != null && !c.reportStatus().equals("DRAFT"))
                .filter(c -> c.heldCommune() != null && c.heldCommune() >= 1)
                .count();
        assertThat(sentSayingHeld).isEqualTo(heldCommunes);
        // The festivals of the district counted by the dashboard include the communes' held ones.
        assertThat(festivals.get("held").asLong()).isGreaterThanOrEqualTo(heldCommunes);
    }

    @Test
    void thePilotHasItsInvitationAndLeaderAndTheLateUnitsTheirLetter() {
        long sonHaFestival = jdbc.sql("""
                        select f.id from festival f join org_unit o on o.id = f.unit_id
                        where f.campaign_id = ? and o.code = ? and o.structure_code = '2024'
                        """)
                .params(campaign, DemoScenario.SON_HA)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select number_line from festival_invitation where festival_id = ?")
                        .param(sonHaFestival)
                        .query(String.class)
                        .single())
                .contains("/GM-");
        // The chairman attends the pilot, so his calendar feed has it.
        Api.Reply feed = api.get("/api/v1/me/calendar.ics", "chutich", Api.DEMO_PASSWORD);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.body()).contains("BEGIN:VEVENT").contains("Sơn Hà");

        List<String> chased = jdbc.sql("""
                        select o.code from chasing_letter l join chasing_letter_delivery d on d.letter_id = l.id
                             join org_unit o on o.id = d.recipient_unit_id
                        where l.campaign_id = ? and l.issued_on = ?
                        """)
                .params(campaign, LocalDate.of(2022, 8, 21))
                .query(String.class)
                .list();
        assertThat(chased).containsExactlyInAnyOrder(DemoScenario.NA_MEO, DemoScenario.MUONG_MIN);
    }

    @Test
    void naMeoHasAnAccountListedOnTheSignInPage() {
        assertThat(jdbc.sql("""
                        select o.code from app_user u join org_unit o on o.id = u.unit_id
                             join user_role r on r.user_id = u.id
                        where u.username = 'nameo' and r.role = 'UNIT_OFFICER'
                        """).query(String.class).single()).isEqualTo(DemoScenario.NA_MEO);
        assertThat(api.get("/login").body()).contains("nameo").contains("Công an xã Na Mèo");
        JsonNode mine = api.get("/api/v1/reports?campaign=" + campaign, "nameo", Api.DEMO_PASSWORD)
                .json();
        assertThat(mine.get("items").findValuesAsString("unitCode")).containsOnly(DemoScenario.NA_MEO);
        assertThat(mine.get("items").findValuesAsString("status")).containsOnly("RETURNED");
    }
}
