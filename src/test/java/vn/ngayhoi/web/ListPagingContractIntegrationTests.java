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

    @Test
    void commendationRoundsAndNominationsPageInSql() {
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        JsonNode rounds = get("/api/v1/commendation-rounds?campaign=" + campaign + "&size=1");
        long roundCount = rounds.get("total").asLong();
        assertThat(roundCount).isPositive();
        assertThat(rounds.get("items").size()).isEqualTo(1);
        assertThat(rounds.get("page").asInt()).isZero();
        assertThat(rounds.get("size").asInt()).isEqualTo(1);
        JsonNode secondRounds = get("/api/v1/commendation-rounds?campaign=" + campaign + "&size=1&page=1");
        assertThat(secondRounds.get("total").asLong()).isEqualTo(roundCount);
        assertThat(secondRounds.get("items").size()).isEqualTo(roundCount > 1 ? 1 : 0);
        long round = rounds.get("items").get(0).get("id").asLong();

        String base = "/api/v1/commendation-rounds/" + round + "/nominations";
        Api.Reply twoReply = api.get(base + "?size=2", "noivu", Api.DEMO_PASSWORD);
        assertThat(twoReply.status()).as(twoReply.body()).isEqualTo(200);
        JsonNode two = twoReply.json();
        assertThat(two.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(two.get("page").asInt()).isZero();
        assertThat(two.get("size").asInt()).isEqualTo(2);
        JsonNode second =
                api.get(base + "?size=1&page=1", "noivu", Api.DEMO_PASSWORD).json();
        assertThat(second.get("total").asLong()).isEqualTo(two.get("total").asLong());
        assertThat(second.get("items").get(0).get("id").asLong())
                .isEqualTo(two.get("items").get(1).get("id").asLong());
        assertThat(api.get(base + "?size=501", "noivu", Api.DEMO_PASSWORD).status())
                .isEqualTo(400);
    }
}
