package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.RenameUnit;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.TestClockConfiguration;

/** {@code updatedSince} sends exactly the rows changed after the instant; pages send each row once. */
@IntegrationTest
class ApiSyncIntegrationTests {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Admin-Test-Password-1";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        new SignedIn(users).clear();
        ((MutableClock) clock)
                .set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    private Festival festival(long campaignId, OrgUnit unit, int day) {
        OffsetDateTime start = OffsetDateTime.of(2022, 8, day, 8, 0, 0, 0, java.time.ZoneOffset.ofHours(7));
        return festivals.systemCreate(
                campaignId,
                unit.id(),
                start,
                start.plusHours(4),
                "Sân " + unit.name(),
                false,
                FestivalStatus.REGISTERED,
                new FestivalDetails(null, null, null, null, null, null, null, null),
                null);
    }

    private Set<Long> ids(JsonNode list) {
        return list.get("items").findValues("id").stream().map(JsonNode::asLong).collect(Collectors.toSet());
    }

    @Test
    void festivalsChangedAfterTheInstantAndNoOthers() {
        var territory = Territories.create(context, "392", 2034);
        long campaign = territory.campaign().id();
        List<OrgUnit> communes = new SignedIn(users)
                .as(
                        ADMIN,
                        () -> units.children(territory.district().id()).stream()
                                .filter(u -> "COMMUNE".equals(u.typeCode()))
                                .limit(4)
                                .toList());
        Festival a = festival(campaign, communes.get(0), 5);
        Festival b = festival(campaign, communes.get(1), 6);
        festival(campaign, communes.get(2), 7);
        Instant before = clock.instant();

        ((MutableClock) clock).advance(Duration.ofHours(1));
        new SignedIn(users).as(ADMIN, () -> festivals.changeStatus(b.id(), FestivalStatus.POSTPONED, "Mưa lớn"));
        Festival d = festival(campaign, communes.get(3), 8);

        Api api = new Api(port);
        String path = "/api/v1/festivals?campaign=" + campaign + "&updatedSince=";
        JsonNode changed = api.get(path + before, ADMIN, ADMIN_PASSWORD).json();
        assertThat(ids(changed)).containsExactlyInAnyOrder(b.id(), d.id());
        assertThat(changed.get("total").asInt()).isEqualTo(2);
        assertThat(ids(api.get(path + before.minusSeconds(1), ADMIN, ADMIN_PASSWORD)
                        .json()))
                .hasSize(4)
                .contains(a.id());
        assertThat(ids(api.get(path + clock.instant(), ADMIN, ADMIN_PASSWORD).json()))
                .isEmpty();
        // The same instant as a Vietnam local time without an offset.
        String local = before.atZone(Formats.ZONE).toLocalDateTime().toString();
        assertThat(ids(api.get(path + local, ADMIN, ADMIN_PASSWORD).json())).containsExactlyInAnyOrder(b.id(), d.id());
    }

    @Test
    void aDateTimeWithoutAnOffsetIsVietnamTimeAndAnUnreadableOneNamesItsField() {
        var territory = Territories.create(context, "394", 2035);
        OrgUnit commune = new SignedIn(users)
                .as(
                        ADMIN,
                        () -> units.children(territory.district().id()).stream()
                                .filter(u -> "COMMUNE".equals(u.typeCode()))
                                .findFirst()
                                .orElseThrow());
        Api api = new Api(port);
        String body = "{\"campaignId\":" + territory.campaign().id() + ",\"unitCode\":\"" + commune.code()
                + "\",\"startsAt\":\"%s\",\"endsAt\":\"2022-08-12T11:00:00\",\"venue\":\"Sân văn hóa\"}";

        Api.Reply unreadable =
                api.postJson("/api/v1/festivals", ADMIN, ADMIN_PASSWORD, body.formatted("12/08/2022 8h"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("message").asString())
                .contains("startsAt")
                .contains("ISO 8601");
        assertThat(api.get("/api/v1/festivals?campaign=" + territory.campaign().id(), ADMIN, ADMIN_PASSWORD)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();

        Api.Reply created =
                api.postJson("/api/v1/festivals", ADMIN, ADMIN_PASSWORD, body.formatted("2022-08-12T08:00:00"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(OffsetDateTime.parse(created.json().get("startsAt").asString()))
                .isEqualTo(OffsetDateTime.parse("2022-08-12T08:00:00+07:00"));
        assertThat(created.json().get("startsAt").asString()).endsWith("+07:00");
    }

    @Test
    void unitsChangedAfterTheInstantAndPagesThatSendEachUnitOnce() {
        OrgUnit commune = new SignedIn(users)
                .as(
                        ADMIN,
                        () -> units.children(Territories.unit(context, "393").id())
                                .get(0));
        new SignedIn(users)
                .as(
                        ADMIN,
                        () -> units.rename(new RenameUnit(commune.id(), commune.name() + " (mới)", commune.version())));
        Instant renamedAt = jdbc.sql("select updated_at from org_unit where id = ?")
                .param(commune.id())
                .query(OffsetDateTime.class)
                .single()
                .toInstant();

        Api api = new Api(port);
        JsonNode after = api.get("/api/v1/org-units?updatedSince=" + renamedAt.minusNanos(1000), ADMIN, ADMIN_PASSWORD)
                .json();
        assertThat(after.get("items").findValuesAsString("code")).containsExactly(commune.code());
        assertThat(api.get("/api/v1/org-units?updatedSince=" + renamedAt, ADMIN, ADMIN_PASSWORD)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();

        // Every commune of a district once across pages of 7.
        String children = "/api/v1/org-units/393/children";
        int total = api.get(children, ADMIN, ADMIN_PASSWORD).json().get("total").asInt();
        assertThat(total).isGreaterThan(7);
        List<String> seen = new java.util.ArrayList<>();
        for (int page = 0; page * 7 < total; page++) {
            api.get(children + "?size=7&page=" + page, ADMIN, ADMIN_PASSWORD)
                    .json()
                    .get("items")
                    .forEach(u -> seen.add(u.get("code").asString()));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(total);
    }
}
