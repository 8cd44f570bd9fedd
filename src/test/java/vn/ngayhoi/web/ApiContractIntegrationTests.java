package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;

/**
 * The API as the earlier issues wrote it, walked with the demo accounts: each named field, the list
 * shape, every filter and the status codes; and the previous names, kept one release, still there.
 */
@IntegrationTest
class ApiContractIntegrationTests {

    static final String PW = Api.DEMO_PASSWORD;

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private JsonNode ok(String path, String user) {
        Api.Reply reply = api.get(path, user, PW);
        assertThat(reply.status()).as(path + " → " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static void assertList(JsonNode list) {
        assertThat(list.has("items")).isTrue();
        assertThat(list.get("items").isArray()).isTrue();
        assertThat(list.get("total").isNumber()).isTrue();
        assertThat(list.get("total").asLong())
                .isGreaterThanOrEqualTo(list.get("items").size());
    }

    private long demoCampaignId() {
        JsonNode list = ok("/api/v1/campaigns?year=2022", "thuongtruc");
        return list.get("items").get(0).get("id").asLong();
    }

    /** The district committee's plan: the campaign issuer's, numbered 01/KH-BCĐ in its register. */
    private JsonNode districtPlan() {
        String issuer = ok("/api/v1/campaigns?year=2022", "thuongtruc")
                .get("items")
                .get(0)
                .get("issuerUnitCode")
                .asString();
        for (JsonNode p : ok("/api/v1/plans?year=2022", "thuongtruc").get("items")) {
            if (p.get("unitCode").asString().equals(issuer)) {
                return p;
            }
        }
        throw new AssertionError("no plan of " + issuer);
    }

    @Test
    void campaignsByYearCarryEveryNamedField() {
        JsonNode list = ok("/api/v1/campaigns?year=2022", "thuongtruc");
        assertList(list);
        assertThat(list.get("total").asInt()).isEqualTo(1);
        JsonNode c = list.get("items").get(0);
        assertThat(c.get("year").asInt()).isEqualTo(2022);
        assertThat(c.get("name").asString()).contains("2022");
        assertThat(c.get("issuerUnitCode").asString()).isNotBlank();
        LocalDate start = LocalDate.parse(c.get("windowStart").asString());
        LocalDate end = LocalDate.parse(c.get("windowEnd").asString());
        assertThat(start).isBeforeOrEqualTo(end);
        assertThat(LocalDate.parse(c.get("reportDeadline").asString())).isAfterOrEqualTo(start);

        JsonNode one = ok("/api/v1/campaigns/" + c.get("id").asLong(), "sonha");
        for (String field :
                List.of("id", "year", "name", "issuerUnitCode", "windowStart", "windowEnd", "reportDeadline")) {
            assertThat(one.get(field)).as(field).isEqualTo(c.get(field));
        }
        // Another year holds no 2022 campaign; a year that is not a number names the field.
        for (JsonNode other : ok("/api/v1/campaigns?year=2031", "thuongtruc").get("items")) {
            assertThat(other.get("year").asInt()).isEqualTo(2031);
        }
        Api.Reply bad = api.get("/api/v1/campaigns?year=abc", "thuongtruc", PW);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asString()).contains("year");
        assertThat(api.get("/api/v1/campaigns/999999", "thuongtruc", PW).status())
                .isEqualTo(404);
    }

    @Test
    void plansHonourYearUnitCampaignAndStatusWithTheNamedFields() {
        long campaign = demoCampaignId();
        JsonNode all = ok("/api/v1/plans?year=2022", "thuongtruc");
        assertList(all);
        assertThat(all.get("total").asInt()).isGreaterThanOrEqualTo(3);
        for (JsonNode p : all.get("items")) {
            for (String field : List.of(
                    "id", "year", "campaignId", "unitCode", "unitName", "status", "number", "title", "issuedAt")) {
                assertThat(p.has(field)).as(field).isTrue();
            }
            assertThat(p.get("year").asInt()).isEqualTo(2022);
            if (!"ISSUED".equals(p.get("status").asString())) {
                assertThat(p.get("number").isNull()).isTrue();
                assertThat(p.get("issuedAt").isNull()).isTrue();
            }
        }
        JsonNode top = districtPlan();
        assertThat(top.get("number").asString()).isEqualTo("01/KH-BCĐ");
        assertThat(top.get("status").asString()).isEqualTo("ISSUED");
        assertThat(top.get("campaignId").asLong()).isEqualTo(campaign);
        assertThat(top.get("title").asString()).isNotBlank();
        OffsetDateTime issuedAt = OffsetDateTime.parse(top.get("issuedAt").asString());
        assertThat(issuedAt.getYear()).isEqualTo(2022);

        // unit = that unit's subtree only.
        JsonNode sonHa = ok("/api/v1/plans?unit=15004", "thuongtruc");
        assertThat(sonHa.get("total").asInt()).isPositive();
        Set<String> subtree = new HashSet<>(Set.of("15004"));
        ok("/api/v1/org-units/15004/children", "thuongtruc")
                .get("items")
                .forEach(u -> subtree.add(u.get("code").asString()));
        assertThat(sonHa.get("items").findValuesAsString("unitCode")).allMatch(subtree::contains);
        assertThat(sonHa.get("total").asInt()).isLessThan(all.get("total").asInt());
        assertThat(ok("/api/v1/plans?unit=15025", "thuongtruc").get("items").findValuesAsString("unitCode"))
                .containsOnly("15025");
        // Outside the caller's scope: 404.
        assertThat(api.get("/api/v1/plans?unit=15025", "sonha", PW).status()).isEqualTo(404);

        assertThat(ok("/api/v1/plans?year=2021", "thuongtruc").get("items").findValuesAsString("campaignId"))
                .doesNotContain(Long.toString(campaign));
        assertThat(ok("/api/v1/plans?status=ISSUED&campaign=" + campaign, "thuongtruc")
                        .get("items")
                        .findValuesAsString("status"))
                .isNotEmpty()
                .containsOnly("ISSUED");
        assertThat(ok("/api/v1/plans?status=DRAFT&campaign=" + campaign, "thuongtruc")
                        .get("items")
                        .findValuesAsString("unitCode"))
                .contains("15025");
        Api.Reply badStatus = api.get("/api/v1/plans?status=PUBLISHED", "thuongtruc", PW);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("message").asString()).contains("status");
    }

    @Test
    void aPlanReadsFlatWithSectionsResponsibilitiesRecipientsAndSigner() {
        JsonNode top = districtPlan();
        JsonNode plan = ok("/api/v1/plans/" + top.get("id").asLong(), "thuongtruc");
        for (String field :
                List.of("id", "year", "campaignId", "unitCode", "unitName", "status", "number", "title", "issuedAt")) {
            assertThat(plan.get(field)).as(field).isEqualTo(top.get(field));
        }
        assertThat(plan.get("sections").size()).isEqualTo(6);
        assertThat(plan.get("responsibilities").size()).isEqualTo(6);
        assertThat(plan.get("recipients").size()).isEqualTo(10);
        assertThat(plan.get("signer").get("signerName").asString()).isEqualTo("Lương Tiến Thành");
        assertThat(plan.has("plan"))
                .as("no longer wrapped, apart from the deprecated alias")
                .isTrue();
    }

    @Test
    void renamedFieldsStayAsDeprecatedAliasesForOneRelease() {
        JsonNode top = districtPlan();
        assertThat(top.get("numberLine").asString()).isEqualTo("Số: 01/KH-BCĐ");
        assertThat(top.get("subject").asString()).isEqualTo(top.get("title").asString());
        assertThat(LocalDate.parse(top.get("issuedOn").asString()))
                .isEqualTo(OffsetDateTime.parse(top.get("issuedAt").asString()).toLocalDate());
        JsonNode plan = ok("/api/v1/plans/" + top.get("id").asLong(), "thuongtruc");
        assertThat(plan.get("plan").get("numberLine").asString()).isEqualTo("Số: 01/KH-BCĐ");
        assertThat(plan.get("content").get("sections").size()).isEqualTo(6);

        JsonNode festival =
                ok("/api/v1/festivals?unit=15004", "thuongtruc").get("items").get(0);
        JsonNode detail = ok("/api/v1/festivals/" + festival.get("id").asLong(), "thuongtruc");
        assertThat(detail.get("festival").get("id").asLong())
                .isEqualTo(festival.get("id").asLong());
        assertThat(detail.get("details").get("programme").size())
                .isEqualTo(detail.get("programme").size());
    }

    @Test
    void subPlansListEachExpectedUnitWithItsPlanStatusAndLateness() {
        long campaign = demoCampaignId();
        JsonNode list = ok("/api/v1/campaigns/" + campaign + "/sub-plans", "thuongtruc");
        assertList(list);
        JsonNode sonHa = null;
        JsonNode muongMin = null;
        for (JsonNode row : list.get("items")) {
            for (String field : List.of("unitCode", "unitName", "planId", "status", "late")) {
                assertThat(row.has(field)).as(field).isTrue();
            }
            assertThat(row.get("late").isBoolean()).isTrue();
            if (row.get("unitCode").asString().equals("15004")) {
                sonHa = row;
            }
            if (row.get("unitCode").asString().equals("15025")) {
                muongMin = row;
            }
        }
        assertThat(sonHa.get("status").asString()).isEqualTo("ISSUED");
        assertThat(sonHa.get("unitName").asString()).isEqualTo("Xã Sơn Hà");
        assertThat(ok("/api/v1/plans/" + sonHa.get("planId").asLong(), "thuongtruc")
                        .get("unitCode")
                        .asString())
                .isEqualTo("15004");
        assertThat(muongMin.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(list.get("items").findValuesAsString("status"))
                .allMatch(s -> Set.of("ISSUED", "IN_PROGRESS", "NOT_STARTED").contains(s));
        assertThat(api.get("/api/v1/campaigns/999999/sub-plans", "thuongtruc", PW)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aFestivalReadsFlatWithProgrammeParticipantsAndResults() {
        JsonNode list = ok("/api/v1/festivals?unit=15004", "thuongtruc");
        assertList(list);
        JsonNode item = list.get("items").get(0);
        JsonNode f = ok("/api/v1/festivals/" + item.get("id").asLong(), "thuongtruc");
        for (String field :
                List.of("id", "campaignId", "unitCode", "unitName", "startsAt", "endsAt", "venue", "pilot", "status")) {
            assertThat(f.get(field)).as(field).isEqualTo(item.get(field));
        }
        assertThat(f.get("programme").isArray()).isTrue();
        assertThat(f.get("programme").size()).isPositive();
        assertThat(f.get("programme").get(0).get("title").asString()).isNotBlank();
        assertThat(f.get("participants").get("expected").isObject()).isTrue();
        assertThat(f.get("participants").get("delegateGroups").isArray()).isTrue();
        JsonNode results = f.get("results");
        assertThat(results.get("attendance").isObject()).isTrue();
        int sum = 0;
        for (var e : results.get("attendance").properties()) {
            sum += e.getValue().asInt();
        }
        assertThat(results.get("totalAttendance").asInt()).isEqualTo(sum);
        assertThat(results.get("pledges").isArray()).isTrue();
        assertThat(api.get("/api/v1/festivals/" + item.get("id").asLong(), "muongmin", PW)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void pagingReturnsEveryRowOnceAcrossPagesAndRefusesAbsurdSizes() {
        JsonNode all = ok("/api/v1/plans?size=500", "thuongtruc");
        int total = all.get("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(3);
        List<Long> seen = new java.util.ArrayList<>();
        for (int page = 0; page * 2 < total; page++) {
            JsonNode one = ok("/api/v1/plans?size=2&page=" + page, "thuongtruc");
            assertThat(one.get("total").asInt()).isEqualTo(total);
            assertThat(one.get("items").size()).isLessThanOrEqualTo(2);
            one.get("items").forEach(p -> seen.add(p.get("id").asLong()));
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(total);
        assertThat(seen)
                .containsExactlyElementsOf(all.get("items").findValues("id").stream()
                        .map(JsonNode::asLong)
                        .toList());
        Api.Reply tooBig = api.get("/api/v1/plans?size=501", "thuongtruc", PW);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("message").asString()).contains("size");
        assertThat(ok("/api/v1/festivals", "thuongtruc").get("size").asInt()).isEqualTo(50);
    }

    @Test
    void errorsHaveStatusErrorAndAVietnameseMessageNamingTheField() {
        Api.Reply badSince = api.get("/api/v1/plans?updatedSince=hôm-qua", "thuongtruc", PW);
        assertThat(badSince.status()).isEqualTo(400);
        JsonNode body = badSince.json();
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("error").asString()).isEqualTo("Bad Request");
        assertThat(body.get("message").asString()).contains("updatedSince").contains("ngày giờ");
        // A local time without an offset is accepted as Vietnam time.
        assertThat(api.get("/api/v1/plans?updatedSince=2022-08-12T08:00:00", "thuongtruc", PW)
                        .status())
                .isEqualTo(200);
        Api.Reply unauthenticated = api.get("/api/v1/plans");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.json().get("message").asString()).isNotBlank();
    }
}
