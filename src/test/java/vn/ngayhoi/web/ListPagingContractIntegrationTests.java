package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;

/**
 * The API lists paged in SQL by the third paging round (issue 20 item 3): each answers
 * {@code items}, {@code total}, {@code page} and {@code size}, a second page starts where the first
 * ended, and a bad page or size is a 400. Read-only: the demo's rows are what other tests read too.
 */
@IntegrationTest
class ListPagingContractIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private JsonNode get(String path) {
        Api.Reply reply = api.get(path, "thuongtruc", Api.DEMO_PASSWORD);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void theRegisterOfAYearPagesInSqlAndFiltersBeforePaging() {
        String committee = jdbc.sql(
                        "select code from org_unit where type_code = 'COMMITTEE' and name = 'Ban Chỉ đạo 138 huyện Quan Sơn'")
                .query(String.class)
                .single();
        String base = "/api/v1/registers/" + committee + "/2022";
        long count = jdbc.sql("select count(*) from outgoing_document o join org_unit u on u.id = o.register_unit_id"
                        + " where u.code = ? and o.year = 2022")
                .param(committee)
                .query(Long.class)
                .single();
        assertThat(count).isGreaterThanOrEqualTo(2);

        JsonNode first = get(base + "?size=1");
        assertThat(first.get("items").size()).isEqualTo(1);
        assertThat(first.get("total").asLong()).isEqualTo(count);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(1);
        JsonNode two = get(base + "?size=2");
        JsonNode second = get(base + "?size=1&page=1");
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("items").get(0).get("number").asInt())
                .isEqualTo(two.get("items").get(1).get("number").asInt())
                .isNotEqualTo(first.get("items").get(0).get("number").asInt());

        // the search folds accents in SQL as it did in memory: "ke hoach" finds the Kế hoạch
        JsonNode plans = get(base + "?q=KE%20HOACH");
        assertThat(plans.get("total").asLong()).isPositive().isLessThanOrEqualTo(count);
        plans.get("items")
                .forEach(i -> assertThat(i.get("typeName").asString() + " "
                                + i.get("subject").asString())
                        .containsIgnoringCase("hoạch"));

        assertThat(api.get(base + "?size=501", "thuongtruc", Api.DEMO_PASSWORD).status())
                .isEqualTo(400);
        assertThat(api.get(base + "?page=-1", "thuongtruc", Api.DEMO_PASSWORD).status())
                .isEqualTo(400);
    }

    @Test
    void theMissingUnitsOfCompletenessPageInSqlWithMissingAsTheirTotal() {
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        String base = "/api/v1/campaigns/" + campaign + "/completeness";
        JsonNode all = get(base + "?size=500");
        long missing = all.get("missing").asLong();
        assertThat(missing).isGreaterThanOrEqualTo(2);
        assertThat(all.get("missingUnits").size()).isEqualTo((int) Math.min(missing, 500));

        JsonNode first = get(base + "?size=1");
        assertThat(first.get("missingUnits").size()).isEqualTo(1);
        assertThat(first.get("missing").asLong()).isEqualTo(missing);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(1);
        JsonNode second = get(base + "?size=1&page=1");
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("missingUnits").get(0).get("code").asString())
                .isEqualTo(all.get("missingUnits").get(1).get("code").asString())
                .isNotEqualTo(first.get("missingUnits").get(0).get("code").asString());

        assertThat(api.get(base + "?size=0", "thuongtruc", Api.DEMO_PASSWORD).status())
                .isEqualTo(400);
        assertThat(api.get(base + "?page=-1", "thuongtruc", Api.DEMO_PASSWORD).status())
                .isEqualTo(400);
    }
}
