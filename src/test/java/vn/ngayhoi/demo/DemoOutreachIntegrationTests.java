package vn.ngayhoi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;

/**
 * The demo's outreach agrees with its reports: each commune report's broadcasts and banners are the
 * log's counts for that commune (Sơn Điện, which did not log, typed its own), the reports' models
 * launched and replicated add up to the registry's (the pilot's camera model once as launched, its two
 * replications once each as replicated), the Dân vận khéo model is effective, and Trung tâm VHTT's
 * assignment to film the pilot carries one video link.
 */
@IntegrationTest
class DemoOutreachIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoReportsCountWhatTheLogAndTheRegistryHold() {
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        Map<String, Map<String, String>> reports = new HashMap<>();
        jdbc.sql("""
                        select o.code, r.data -> 'values' ->> 'broadcasts', r.data -> 'values' ->> 'banners',
                               r.data -> 'values' ->> 'models_launched', r.data -> 'values' ->> 'models_replicated'
                        from report r join report_form f on f.id = r.form_id join org_unit o on o.id = r.unit_id
                        where f.campaign_id = ?
                        """).param(campaign).query(rs -> {
            reports.put(
                    rs.getString(1),
                    Map.of(
                            "broadcasts", rs.getString(2),
                            "banners", rs.getString(3),
                            "models_launched", rs.getString(4),
                            "models_replicated", rs.getString(5)));
        });
        assertThat(reports).hasSize(DemoReports2022.SENT.size());
        int logged = 0;
        for (var e : reports.entrySet()) {
            long broadcasts = logCount(campaign, e.getKey(), "LOUDSPEAKER");
            if (e.getKey().equals(DemoOutreach2022.NOT_LOGGED)) {
                assertThat(broadcasts).isZero();
                continue;
            }
            logged++;
            assertThat(e.getValue().get("broadcasts")).as(e.getKey()).isEqualTo(Long.toString(broadcasts));
            assertThat(e.getValue().get("banners"))
                    .as(e.getKey())
                    .isEqualTo(Long.toString(logCount(campaign, e.getKey(), "BANNER")));
        }
        assertThat(logged).isGreaterThan(reports.size() / 2);
        int launched = reports.values().stream()
                .mapToInt(v -> Integer.parseInt(v.get("models_launched")))
                .sum();
        int replicated = reports.values().stream()
                .mapToInt(v -> Integer.parseInt(v.get("models_replicated")))
                .sum();
        assertThat(reports.get(DemoScenario.SON_HA).get("models_launched")).isEqualTo("1");
        assertThat(launched).isEqualTo(count("origin_model_id is null and extract(year from launched_on) = 2022"));
        assertThat(replicated).isEqualTo(count("origin_model_id is not null")).isEqualTo(2);
        for (String copy : DemoOutreach2022.CAMERA_COPIES) {
            assertThat(reports.get(copy).get("models_replicated")).isEqualTo("1");
        }

        Api api = new Api(port);
        JsonNode effective = api.get("/api/v1/models?unit=" + DemoOutreach2022.DAN_VAN, "thuongtruc", Api.DEMO_PASSWORD)
                .json();
        assertThat(effective.get("items").get(0).get("effective").asBoolean()).isTrue();
        JsonNode coverage = api.get(
                        "/api/v1/coverage-assignments?campaign=" + campaign, "thuongtruc", Api.DEMO_PASSWORD)
                .json();
        assertThat(coverage.get("total").asLong()).isEqualTo(1);
        assertThat(coverage.get("items").get(0).get("tasks").toString()).contains("FILM");
        assertThat(coverage.get("items").get(0).get("items").get(0).get("link").asString())
                .isEqualTo(DemoOutreach2022.VIDEO_LINK);
    }

    private long logCount(long campaign, String code, String channel) {
        return jdbc.sql("""
                        select coalesce(sum(p.count), 0) from outreach_propaganda p join org_unit o on o.id = p.unit_id
                        where p.campaign_id = ? and o.code = ? and o.structure_code = '2024' and p.channel = ?
                        """).params(campaign, code, channel).query(Long.class).single();
    }

    private int count(String where) {
        return jdbc.sql("select count(*) from outreach_model m join org_unit o on o.id = m.unit_id"
                        + " where o.path like (select path from org_unit where code = '387' and structure_code = '2024') || '%' and "
                        + where)
                .query(Integer.class)
                .single();
    }
}
