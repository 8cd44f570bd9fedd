package vn.ngayhoi.festival;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * A registered festival whose end has passed without results reads "Chờ ghi kết quả" on its page,
 * in the API and on the dashboard, and the dashboard counts each status as the festival list does.
 */
@IntegrationTest
class FestivalAwaitingResultsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    @Test
    void aFestivalPastItsEndWithoutResultsAwaitsThemEverywhere() {
        Api api = new Api(port);
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        clock.set(LocalDateTime.of(2022, 8, 23, 8, 0).atZone(Formats.ZONE).toInstant());

        List<JsonNode> festivals = new ArrayList<>();
        api.get("/api/v1/festivals?campaign=" + campaign, "thuongtruc", Api.DEMO_PASSWORD)
                .json()
                .get("items")
                .forEach(festivals::add);
        List<JsonNode> awaiting = festivals.stream()
                .filter(f -> f.get("status").asString().equals("AWAITING_RESULTS"))
                .toList();
        // The demo's Mường Mìn (12/08) was registered and never recorded; Sơn Hà (15/08) was held.
        assertThat(awaiting).extracting(f -> f.get("unitCode").asString()).contains("15025");
        assertThat(festivals)
                .filteredOn(f -> f.get("unitCode").asString().equals("15004"))
                .extracting(f -> f.get("status").asString())
                .containsExactly("HELD");
        for (JsonNode f : festivals) {
            boolean over = java.time.OffsetDateTime.parse(f.get("endsAt").asString())
                    .toInstant()
                    .isBefore(clock.instant());
            assertThat(f.get("status").asString()).isNotEqualTo(over ? "REGISTERED" : "AWAITING_RESULTS");
        }

        long muongMin = awaiting.stream()
                .filter(f -> f.get("unitCode").asString().equals("15025"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        assertThat(api.get("/api/v1/festivals/" + muongMin, "thuongtruc", Api.DEMO_PASSWORD)
                        .json()
                        .get("festival")
                        .get("status")
                        .asString())
                .isEqualTo("AWAITING_RESULTS");

        JsonNode dashboard = api.get("/api/v1/campaigns/" + campaign + "/dashboard", "thuongtruc", Api.DEMO_PASSWORD)
                .json()
                .get("festivals");
        assertThat(dashboard.get("awaitingResults").asLong()).isEqualTo(awaiting.size());
        assertThat(dashboard.get("total").asLong()).isEqualTo(festivals.size());
        for (JsonNode s : dashboard.get("byStatus")) {
            long listed = festivals.stream()
                    .filter(f ->
                            f.get("status").asString().equals(s.get("status").asString()))
                    .count();
            assertThat(s.get("count").asLong()).as(s.get("status").asString()).isEqualTo(listed);
        }
    }

    @Test
    void theFestivalPageSaysChoGhiKetQua() {
        Api api = new Api(port);
        clock.set(LocalDateTime.of(2022, 8, 23, 8, 0).atZone(Formats.ZONE).toInstant());
        long muongMin = jdbc.sql("""
                        select f.id from festival f join org_unit o on o.id = f.unit_id
                        join campaign c on c.id = f.campaign_id where o.code = '15025' and c.year = 2022
                        """).query(Long.class).single();
        Api.Reply page = api.get("/login");
        Api.Reply ok = api.postForm(
                "/login",
                "username=muongmin&password=Quanson%402022&_csrf=" + Api.csrf(page.body()),
                Api.sessionCookie(page));
        String html = api.getWithCookie("/festivals/" + muongMin, Api.sessionCookie(ok))
                .body();
        assertThat(html).contains("fest-AWAITING_RESULTS").contains("Chờ ghi kết quả");
        assertThat(html).doesNotContain(">Đã đăng ký<");
    }
}
