package vn.ngayhoi.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * The propaganda log, the registry of models and coverage assignments in a district of their own
 * (398, campaign numbered 2044, window August 2022): the API contract field by field and filter by
 * filter, bad input refused in Vietnamese with nothing stored, 404 outside the subtree, and the
 * report's propaganda and model figures equal to the log's and the registry's and moving with them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutreachIntegrationTests {

    static final String PASSWORD = "Mat-khau-tuyen-truyen-5";
    static final String OFFICE = "ot.thuongtruc";
    static final String OFFICER_A = "ot.xa.a";
    static final String OFFICER_B = "ot.xa.b";
    static final String CENTRE = "ot.vhtt";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    FestivalManagement festivals;

    @Autowired
    UserDetailsService userDetails;

    Api api;
    SignedIn signedIn;
    Territories.Territory t;
    long campaign;
    List<OrgUnit> communes;
    OrgUnit a;
    OrgUnit b;
    OrgUnit centre;
    Festival festivalA;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        signedIn = new SignedIn(userDetails);
        t = Territories.create(context, "398", 2044);
        campaign = t.campaign().id();
        communes = units.systemUnitsOfTypes(t.district().path(), ModelRegistry.COMMUNE_TYPES).stream()
                .filter(u -> u.validOn(LocalDate.of(2022, 8, 10)))
                .sorted(Comparator.comparing(OrgUnit::code))
                .toList();
        assertThat(communes).hasSizeGreaterThanOrEqualTo(6);
        a = communes.get(0);
        b = communes.get(1);
        centre = units.systemCreate(new CreateUnit(
                t.district().id(), "DEPARTMENT", "Trung tâm Văn hóa thử tuyên truyền 398", LocalDate.of(2020, 1, 1)));
        Territories.account(context, OFFICE, PASSWORD, "Thường trực thử", t.district(), Role.STANDING_OFFICE);
        Territories.account(context, OFFICER_A, PASSWORD, "Cán bộ xã A", a, Role.UNIT_OFFICER);
        Territories.account(context, OFFICER_B, PASSWORD, "Cán bộ xã B", b, Role.UNIT_OFFICER);
        Territories.account(context, CENTRE, PASSWORD, "Cán bộ Trung tâm", centre, Role.DEPARTMENT_OFFICER);
        festivalA = festivals.systemCreate(
                campaign,
                a.id(),
                at(15, 7),
                at(15, 11),
                "Sân vận động xã thử 398",
                false,
                FestivalStatus.REGISTERED,
                new FestivalDetails(null, null, null, null, null, null, null, null),
                null);
    }

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    // ---- the propaganda log ----

    @Test
    void theLogsContractReadsEveryFieldAndHonoursEveryFilter() {
        Api.Reply created =
                api.postJson("/api/v1/propaganda?campaign=" + campaign + "&unit=" + a.code(), OFFICE, PASSWORD, """
                {"channel":"SOCIAL","date":"2022-08-08","count":3,"reach":1250,
                 "link":"https://facebook.com/xa-thu/posts/1","note":"Đăng 3 bài về Ngày hội"}""");
        assertThat(created.status()).isEqualTo(201);
        JsonNode e = created.json();
        assertThat(e.get("channel").asString()).isEqualTo("SOCIAL");
        assertThat(e.get("date").asString()).isEqualTo("2022-08-08");
        assertThat(e.get("count").asInt()).isEqualTo(3);
        assertThat(e.get("reach").asInt()).isEqualTo(1250);
        assertThat(e.get("link").asString()).isEqualTo("https://facebook.com/xa-thu/posts/1");
        assertThat(e.get("note").asString()).isEqualTo("Đăng 3 bài về Ngày hội");
        assertThat(e.get("unitCode").asString()).isEqualTo(a.code());
        long id = e.get("id").asLong();
        // b's entry, logged by b's own officer without naming a unit: their own unit
        Api.Reply own = api.postJson(
                "/api/v1/propaganda?campaign=" + campaign,
                OFFICER_B,
                PASSWORD,
                "{\"channel\":\"LOUDSPEAKER\",\"date\":\"2022-08-09\",\"count\":7}");
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().get("unitCode").asString()).isEqualTo(b.code());
        assertThat(own.json().get("reach").isNull()).isTrue();

        JsonNode ofA = api.get("/api/v1/propaganda?campaign=" + campaign + "&unit=" + a.code(), OFFICE, PASSWORD)
                .json();
        List<Long> idsOfA = new ArrayList<>();
        ofA.get("items").forEach(i -> idsOfA.add(i.get("id").asLong()));
        assertThat(idsOfA).contains(id);
        ofA.get("items").forEach(i -> assertThat(i.get("unitCode").asString()).isEqualTo(a.code()));
        assertThat(ofA.get("total").asLong()).isEqualTo(idsOfA.size());
        JsonNode district = api.get("/api/v1/propaganda?campaign=" + campaign, OFFICE, PASSWORD)
                .json();
        List<String> codes = new ArrayList<>();
        district.get("items").forEach(i -> codes.add(i.get("unitCode").asString()));
        assertThat(codes).contains(a.code(), b.code());
        // pages by id: one at a time, every entry once, the total of all
        JsonNode first = api.get("/api/v1/propaganda?campaign=" + campaign + "&size=1", OFFICE, PASSWORD)
                .json();
        JsonNode second = api.get("/api/v1/propaganda?campaign=" + campaign + "&size=1&page=1", OFFICE, PASSWORD)
                .json();
        assertThat(first.get("items").size()).isEqualTo(1);
        assertThat(first.get("total").asLong())
                .isEqualTo(district.get("total").asLong())
                .isGreaterThanOrEqualTo(2);
        assertThat(second.get("items").get(0).get("id").asLong())
                .isGreaterThan(first.get("items").get(0).get("id").asLong());
        JsonNode loudspeakers = api.get(
                        "/api/v1/propaganda?campaign=" + campaign + "&channel=LOUDSPEAKER", OFFICE, PASSWORD)
                .json();
        loudspeakers
                .get("items")
                .forEach(i -> assertThat(i.get("channel").asString()).isEqualTo("LOUDSPEAKER"));
        // another campaign's entries are not this one's
        long demo = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        assertThat(api.get(
                                "/api/v1/propaganda?campaign=" + demo + "&unit=" + a.code(),
                                "admin",
                                "Admin-Test-Password-1")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        JsonNode summaryA = api.get(
                        "/api/v1/campaigns/" + campaign + "/propaganda/summary?unit=" + a.code(), OFFICE, PASSWORD)
                .json();
        JsonNode summary = api.get("/api/v1/campaigns/" + campaign + "/propaganda/summary", OFFICE, PASSWORD)
                .json();
        long socialA = sum(campaign, a.path(), "SOCIAL");
        assertThat(summaryA.get("counts").get("SOCIAL").asLong())
                .isEqualTo(socialA)
                .isGreaterThanOrEqualTo(3);
        assertThat(summaryA.get("counts").get("LOUDSPEAKER").asLong())
                .isEqualTo(sum(campaign, a.path(), "LOUDSPEAKER"));
        assertThat(summary.get("counts").get("LOUDSPEAKER").asLong())
                .isEqualTo(sum(campaign, t.district().path(), "LOUDSPEAKER"))
                .isGreaterThanOrEqualTo(7);
        assertThat(summary.get("counts").size()).isEqualTo(PropagandaChannel.values().length);
        long total = 0;
        for (PropagandaChannel c : PropagandaChannel.values()) {
            total += summary.get("counts").get(c.name()).asLong();
        }
        assertThat(summary.get("total").asLong()).isEqualTo(total);
    }

    @Test
    void badInputIsRefusedInVietnameseAndNothingIsStored() {
        long before = rows();
        String path = "/api/v1/propaganda?campaign=" + campaign + "&unit=" + a.code();
        Api.Reply negative = api.postJson(
                path, OFFICER_A, PASSWORD, "{\"channel\":\"LEAFLET\",\"date\":\"2022-08-05\",\"count\":-4}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("message").asString()).contains("Số lượng phải từ 0");
        Api.Reply otherYear = api.postJson(
                path, OFFICER_A, PASSWORD, "{\"channel\":\"LEAFLET\",\"date\":\"2021-12-31\",\"count\":4}");
        assertThat(otherYear.status()).isEqualTo(400);
        assertThat(otherYear.json().get("message").asString()).contains("trong năm 2022");
        Api.Reply ftp = api.postJson(
                path,
                OFFICER_A,
                PASSWORD,
                "{\"channel\":\"PRESS\",\"date\":\"2022-08-05\",\"count\":1,\"link\":\"ftp://bao.vn/bai\"}");
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(ftp.json().get("message").asString()).contains("http:// hoặc https://");
        Api.Reply script = api.postJson(
                path,
                OFFICER_A,
                PASSWORD,
                "{\"channel\":\"PRESS\",\"date\":\"2022-08-05\",\"count\":1,\"link\":\"javascript:alert(1)\"}");
        assertThat(script.status()).isEqualTo(400);
        Api.Reply channel = api.postJson(
                path, OFFICER_A, PASSWORD, "{\"channel\":\"CARRIER_PIGEON\",\"date\":\"2022-08-05\",\"count\":1}");
        assertThat(channel.status()).isEqualTo(400);
        assertThat(channel.json().get("message").asString()).contains("Hình thức tuyên truyền");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void nothingOutsideTheSubtreeIsReachable() {
        long entryOfB = api.postJson(
                        "/api/v1/propaganda?campaign=" + campaign,
                        OFFICER_B,
                        PASSWORD,
                        "{\"channel\":\"BANNER\",\"date\":\"2022-08-06\",\"count\":2}")
                .json()
                .get("id")
                .asLong();
        assertThat(api.get("/api/v1/propaganda?campaign=" + campaign + "&unit=" + b.code(), OFFICER_A, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get(
                                "/api/v1/campaigns/" + campaign + "/propaganda/summary?unit=" + b.code(),
                                OFFICER_A,
                                PASSWORD)
                        .status())
                .isEqualTo(404);
        JsonNode mine = api.get("/api/v1/propaganda?campaign=" + campaign, OFFICER_A, PASSWORD)
                .json();
        mine.get("items").forEach(i -> assertThat(i.get("id").asLong()).isNotEqualTo(entryOfB));
        long before = rows();
        assertThat(api.postJson(
                                "/api/v1/propaganda?campaign=" + campaign + "&unit=" + b.code(),
                                OFFICER_A,
                                PASSWORD,
                                "{\"channel\":\"BANNER\",\"date\":\"2022-08-06\",\"count\":2}")
                        .status())
                .isEqualTo(404);
        assertThat(rows()).isEqualTo(before);
        vn.ngayhoi.support.PageClient pagesOfA = vn.ngayhoi.support.PageClient.signedIn(port, OFFICER_A, PASSWORD);
        assertThat(pagesOfA.get("/outreach/propaganda/" + entryOfB + "/photo").status())
                .isEqualTo(404);
        assertThat(pagesOfA.get("/outreach/models/" + modelOfBId()).status()).isEqualTo(404);

        long modelOfB = modelOfBId();
        assertThat(api.get("/api/v1/models/" + modelOfB, OFFICER_A, PASSWORD).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/models?unit=" + b.code(), OFFICER_A, PASSWORD)
                        .status())
                .isEqualTo(404);
        JsonNode modelsOfA = api.get("/api/v1/models", OFFICER_A, PASSWORD).json();
        modelsOfA.get("items").forEach(i -> assertThat(i.get("id").asLong()).isNotEqualTo(modelOfB));
        // a replication cannot name an origin the account does not see
        assertThat(api.postJson(
                                "/api/v1/models",
                                OFFICER_A,
                                PASSWORD,
                                "{\"name\":\"Sao chép\",\"field\":\"ANTT\",\"originModelId\":" + modelOfB + "}")
                        .status())
                .isEqualTo(404);

        Festival festivalB = festivals.systemCreate(
                campaign,
                b.id(),
                at(16, 7),
                at(16, 11),
                "Nhà văn hóa xã thử 398 B",
                false,
                FestivalStatus.REGISTERED,
                new FestivalDetails(null, null, null, null, null, null, null, null),
                null);
        long assignment = assign(festivalB.id(), centre.code(), "2022-08-20");
        JsonNode ofA = api.get("/api/v1/coverage-assignments?campaign=" + campaign, OFFICER_A, PASSWORD)
                .json();
        ofA.get("items").forEach(i -> assertThat(i.get("id").asLong()).isNotEqualTo(assignment));
        assertThat(api.postJson(
                                "/api/v1/coverage-assignments/" + assignment + "/items",
                                OFFICER_A,
                                PASSWORD,
                                "{\"kind\":\"VIDEO\",\"title\":\"x\",\"link\":\"https://youtube.com/x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(pagesOfA.get("/outreach/coverage/" + assignment).status()).isEqualTo(404);
    }

    private Long modelOfB;

    private long modelOfBId() {
        if (modelOfB == null) {
            modelOfB = model(OFFICE, "Mô hình thử phạm vi", b.code(), "2022-08-01", null, null);
        }
        return modelOfB;
    }

    // ---- the registry ----

    @Test
    void theModelsContractReadsEveryFieldAndHonoursEveryFilter() {
        Api.Reply created = api.postJson("/api/v1/models", OFFICE, PASSWORD, """
                {"name":"Camera thử đối với ANTT","field":"Camera ANTT","unitCode":"%s","launchedOn":"2022-08-15",
                 "festivalId":%d,"description":"Lắp camera ở các ngã ba"}""".formatted(a.code(), festivalA.id()));
        assertThat(created.status()).isEqualTo(201);
        JsonNode m = created.json();
        assertThat(m.get("name").asString()).isEqualTo("Camera thử đối với ANTT");
        assertThat(m.get("field").asString()).isEqualTo("Camera ANTT");
        assertThat(m.get("unitCode").asString()).isEqualTo(a.code());
        assertThat(m.get("launchedOn").asString()).isEqualTo("2022-08-15");
        assertThat(m.get("festivalId").asLong()).isEqualTo(festivalA.id());
        assertThat(m.get("description").asString()).isEqualTo("Lắp camera ở các ngã ba");
        assertThat(m.get("originModelId").isNull()).isTrue();
        // the clock reads 10/08: launched on the 15th, it is still only registered
        assertThat(m.get("status").asString()).isEqualTo("REGISTERED");
        long origin = m.get("id").asLong();
        clock.set(LocalDateTime.of(2022, 8, 16, 9, 0).atZone(Formats.ZONE).toInstant());
        long copy = model(OFFICE, "Camera thử (nhân rộng)", b.code(), "2022-08-16", null, origin);
        JsonNode replication =
                api.get("/api/v1/models/" + copy, OFFICE, PASSWORD).json();
        assertThat(replication.get("originModelId").asLong()).isEqualTo(origin);
        assertThat(api.get("/api/v1/models/" + origin, OFFICE, PASSWORD)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("REPLICATED");

        Api.Reply review = api.postJson(
                "/api/v1/models/" + copy + "/reviews",
                OFFICE,
                PASSWORD,
                "{\"year\":2022,\"effective\":true,\"reason\":\"Phát hiện 2 vụ trộm nhờ camera\"}");
        assertThat(review.status()).isEqualTo(201);
        assertThat(review.json().get("year").asInt()).isEqualTo(2022);
        assertThat(review.json().get("effective").asBoolean()).isTrue();
        assertThat(review.json().get("reason").asString()).isEqualTo("Phát hiện 2 vụ trộm nhờ camera");
        Api.Reply twice = api.postJson(
                "/api/v1/models/" + copy + "/reviews",
                OFFICE,
                PASSWORD,
                "{\"year\":2022,\"effective\":false,\"reason\":\"Lần hai\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("message").asString()).contains("đã được đánh giá năm 2022");

        assertThat(ids("/api/v1/models?unit=" + b.code())).contains(copy).doesNotContain(origin);
        assertThat(ids("/api/v1/models?unit=" + a.code())).contains(origin).doesNotContain(copy);
        assertThat(ids("/api/v1/models?status=REVIEWED")).contains(copy).doesNotContain(origin);
        assertThat(ids("/api/v1/models?status=REPLICATED")).contains(origin).doesNotContain(copy);
        assertThat(ids("/api/v1/models?unit=" + a.code() + "&status=REVIEWED")).doesNotContain(origin, copy);
        assertThat(api.get("/api/v1/models?status=BROKEN", OFFICE, PASSWORD).status())
                .isEqualTo(400);
        Api.Reply sameUnit = api.postJson(
                "/api/v1/models",
                OFFICE,
                PASSWORD,
                "{\"name\":\"x\",\"field\":\"y\",\"unitCode\":\"%s\",\"originModelId\":%d}"
                        .formatted(a.code(), origin));
        assertThat(sameUnit.status()).isEqualTo(400);
        Api.Reply again = api.postJson(
                "/api/v1/models",
                OFFICE,
                PASSWORD,
                "{\"name\":\"x\",\"field\":\"y\",\"unitCode\":\"%s\",\"originModelId\":%d}"
                        .formatted(b.code(), origin));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("message").asString()).contains("đã nhân rộng");
    }

    @Test
    void aRetiredModelIsNotActiveNorEffective() {
        clock.set(LocalDateTime.of(2022, 8, 18, 9, 0).atZone(Formats.ZONE).toInstant());
        long id = model(OFFICE, "Tổ tự quản thử ngừng", communes.get(2).code(), "2022-08-01", null, null);
        review(id, true);
        assertThat(ids("/api/v1/models?status=ACTIVE")).contains(id);
        Api.Reply retired = api.postJson(
                "/api/v1/models/" + id + "/retire", OFFICE, PASSWORD, "{\"reason\":\"Tổ giải thể do sáp nhập bản\"}");
        assertThat(retired.status()).isEqualTo(200);
        assertThat(retired.json().get("status").asString()).isEqualTo("RETIRED");
        assertThat(retired.json().get("active").asBoolean()).isFalse();
        assertThat(retired.json().get("retiredReason").asString()).isEqualTo("Tổ giải thể do sáp nhập bản");
        assertThat(ids("/api/v1/models?status=ACTIVE")).doesNotContain(id);
        assertThat(ids("/api/v1/models?status=RETIRED")).contains(id);
        assertThat(api.postJson("/api/v1/models/" + id + "/retire", OFFICE, PASSWORD, "{\"reason\":\"lại\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void theUnitsWithNoEffectiveModelAreListedOnAHandBuiltTree() {
        clock.set(LocalDateTime.of(2022, 8, 18, 9, 0).atZone(Formats.ZONE).toInstant());
        OrgUnit parent = units.systemCreate(
                new CreateUnit(t.district().id(), "AGENCY", "Cụm thử mô hình 398", LocalDate.of(2020, 1, 1)));
        List<OrgUnit> tree = new ArrayList<>();
        for (String n : List.of("Xã thử Một", "Xã thử Hai", "Xã thử Ba", "Xã thử Bốn", "Xã thử Năm")) {
            tree.add(units.systemCreate(new CreateUnit(parent.id(), "COMMUNE", n, LocalDate.of(2020, 1, 1))));
        }
        OrgUnit bản = units.systemCreate(
                new CreateUnit(tree.get(3).id(), "RESIDENTIAL_AREA", "Bản thử có mô hình", LocalDate.of(2020, 1, 1)));
        // 1: effective; 2: reviewed not effective; 3: effective, then retired; 4: its bản's model is
        // effective; 5: launched, never reviewed
        review(model(OFFICE, "Hiệu quả", tree.get(0).code(), "2022-03-01", null, null), true);
        review(model(OFFICE, "Chưa hiệu quả", tree.get(1).code(), "2022-03-01", null, null), false);
        long retired = model(OFFICE, "Đã ngừng", tree.get(2).code(), "2022-03-01", null, null);
        review(retired, true);
        retire(retired, "Ngừng");
        review(model(OFFICE, "Ở bản", bản.code(), "2022-03-01", null, null), true);
        model(OFFICE, "Chưa đánh giá", tree.get(4).code(), "2022-03-01", null, null);

        signedIn.as(OFFICE);
        try {
            List<String> without =
                    context.getBean(ModelRegistry.class).unitsWithoutEffectiveModel(parent.code()).stream()
                            .map(OrgUnit::name)
                            .toList();
            assertThat(without).containsExactlyInAnyOrder("Xã thử Hai", "Xã thử Ba", "Xã thử Năm");
        } finally {
            signedIn.clear();
        }
    }

    // ---- the report's figures ----

    @Test
    void theReportsFiguresAreTheLogsAndTheRegistrysAndMoveWithThem() {
        clock.set(LocalDateTime.of(2022, 8, 17, 9, 0).atZone(Formats.ZONE).toInstant());
        OrgUnit c = communes.get(3);
        OrgUnit d = communes.get(4);
        OrgUnit e = communes.get(5);
        OrgUnit bảnOfC = units.systemCreate(
                new CreateUnit(c.id(), "RESIDENTIAL_AREA", "Bản thử tuyên truyền", LocalDate.of(2020, 1, 1)));
        log(c.code(), "LOUDSPEAKER", 12);
        log(c.code(), "LOUDSPEAKER", 5);
        log(bảnOfC.code(), "LOUDSPEAKER", 4); // the bản does not report: its broadcasts are the commune's
        log(c.code(), "BANNER", 6);
        log(d.code(), "LEAFLET", 300);
        long origin = model(OFFICE, "Camera thử báo cáo", c.code(), "2022-08-10", null, null);
        model(OFFICE, "Camera thử báo cáo (D)", d.code(), "2022-08-12", null, origin);
        model(OFFICE, "Camera thử báo cáo (E)", e.code(), "2022-08-13", null, origin);

        Report ofC = open(c);
        assertThat(ofC.data().values())
                .containsEntry("broadcasts", Long.toString(sum(campaign, c.path(), "LOUDSPEAKER")))
                .containsEntry("broadcasts", "21")
                .containsEntry("banners", "6")
                .containsEntry("leaflets", "0")
                .containsEntry("models_launched", "1")
                .containsEntry("models_replicated", "0");
        assertThat(ofC.data().prefilled()).contains("broadcasts", "banners", "models_launched");
        Report ofD = open(d);
        Report ofE = open(e);
        assertThat(ofD.data().values()).containsEntry("leaflets", "300").containsEntry("models_replicated", "1");
        assertThat(ofE.data().values()).containsEntry("models_replicated", "1").containsEntry("models_launched", "0");
        // a commune that logged nothing types its propaganda figures; models still come from the registry
        assertThat(ofE.data().values()).doesNotContainKey("broadcasts");
        // over the three reports the replication counts once, as the registry's
        long replicated = jdbc.sql("select count(*) from outreach_model where origin_model_id = ?")
                .param(origin)
                .query(Long.class)
                .single();
        assertThat(Integer.parseInt(ofC.data().value("models_replicated"))
                        + Integer.parseInt(ofD.data().value("models_replicated"))
                        + Integer.parseInt(ofE.data().value("models_replicated")))
                .isEqualTo(replicated)
                .isEqualTo(2);

        // the unit types over banners; then one more broadcast is logged at the bản
        signedIn.as(OFFICE);
        try {
            Map<String, String> typed = new java.util.HashMap<>(ofC.data().values());
            typed.put("banners", "9");
            context.getBean(ReportManagement.class)
                    .save(ofC.id(), new ReportManagement.Entry(typed, ofC.data().narrative()), ofC.version());
        } finally {
            signedIn.clear();
        }
        log(bảnOfC.code(), "LOUDSPEAKER", 3);
        log(c.code(), "BANNER", 1);
        Report moved = reload(ofC.id());
        assertThat(moved.data().value("broadcasts")).isEqualTo("24");
        assertThat(moved.data().prefilled()).contains("broadcasts").doesNotContain("banners");
        assertThat(moved.data().value("banners")).isEqualTo("9");
        // the report's page says where the figure comes from
        String reportPage = vn.ngayhoi.support.PageClient.signedIn(port, OFFICE, PASSWORD)
                .get("/reports/" + ofC.id())
                .body();
        assertThat(reportPage).contains("data-source=\"outreach\"").contains("Lấy từ sổ tuyên truyền, mô hình");
        // E's first entry brings its propaganda figures in from the log
        log(e.code(), "SOCIAL", 2);
        assertThat(reload(ofE.id()).data().values())
                .containsEntry("social_posts", "2")
                .containsEntry("broadcasts", "0");
        // a replication at c's bản is c's to count: its khu dân cư do not report
        model(OFFICE, "Camera thử báo cáo (bản)", bảnOfC.code(), "2022-08-16", null, origin);
        assertThat(reload(ofC.id()).data().value("models_replicated")).isEqualTo("1");
    }

    @Test
    void coverageAssignedShowsItsItemsAndIsOnTheListWhenDueWithout() {
        long assignment = assign(festivalA.id(), centre.code(), "2022-08-17");
        JsonNode list = api.get("/api/v1/coverage-assignments?campaign=" + campaign, OFFICE, PASSWORD)
                .json();
        JsonNode found = null;
        for (JsonNode i : list.get("items")) {
            if (i.get("id").asLong() == assignment) {
                found = i;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.get("festivalId").asLong()).isEqualTo(festivalA.id());
        assertThat(found.get("unitCode").asString()).isEqualTo(centre.code());
        assertThat(found.get("dueDate").asString()).isEqualTo("2022-08-17");
        assertThat(found.get("items").size()).isZero();
        // the centre sees its assignment too, though the festival is not in its subtree
        assertThat(ids("/api/v1/coverage-assignments?campaign=" + campaign, CENTRE))
                .contains(assignment);
        assertThat(todos(CENTRE)).doesNotContain("/outreach/coverage/" + assignment);
        clock.set(LocalDateTime.of(2022, 8, 18, 9, 0).atZone(Formats.ZONE).toInstant());
        assertThat(todos(CENTRE)).contains("/outreach/coverage/" + assignment);

        Api.Reply item = api.postJson("/api/v1/coverage-assignments/" + assignment + "/items", CENTRE, PASSWORD, """
                {"kind":"VIDEO","title":"Phóng sự Ngày hội xã thử","outlet":"Đài TT-TH huyện","publishedOn":"2022-08-17",
                 "link":"https://youtube.com/watch?v=thu398"}""");
        assertThat(item.status()).isEqualTo(201);
        assertThat(todos(CENTRE)).doesNotContain("/outreach/coverage/" + assignment);
        JsonNode after = null;
        for (JsonNode i : api.get("/api/v1/coverage-assignments?campaign=" + campaign, OFFICE, PASSWORD)
                .json()
                .get("items")) {
            if (i.get("id").asLong() == assignment) {
                after = i;
            }
        }
        assertThat(after.get("items").get(0).get("link").asString()).isEqualTo("https://youtube.com/watch?v=thu398");
        assertThat(after.get("items").get(0).get("outlet").asString()).isEqualTo("Đài TT-TH huyện");
        // the festival's page shows it
        String page = vn.ngayhoi.support.PageClient.signedIn(port, OFFICE, PASSWORD)
                .get("/festivals/" + festivalA.id())
                .body();
        assertThat(page).contains("https://youtube.com/watch?v=thu398").contains("Phóng sự Ngày hội xã thử");
        Api.Reply badLink = api.postJson(
                "/api/v1/coverage-assignments/" + assignment + "/items",
                CENTRE,
                PASSWORD,
                "{\"kind\":\"VIDEO\",\"title\":\"x\",\"link\":\"file:///c:/video.mp4\"}");
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(api.postJson(
                                "/api/v1/coverage-assignments",
                                OFFICER_A,
                                PASSWORD,
                                "{\"festivalId\":%d,\"unitCode\":\"%s\",\"tasks\":[\"FILM\"],\"dueDate\":\"2022-08-20\"}"
                                        .formatted(festivalA.id(), a.code()))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theFestivalsModelLaunchStepLinksAModelOfTheRegistry() {
        clock.set(LocalDateTime.of(2022, 8, 18, 9, 0).atZone(Formats.ZONE).toInstant());
        OrgUnit c = communes.get(2);
        Festival withLaunch = festivals.systemCreate(
                campaign,
                c.id(),
                at(17, 7),
                at(17, 11),
                "Sân văn hóa xã thử 398 ra mắt",
                false,
                FestivalStatus.REGISTERED,
                new FestivalDetails(null, null, null, null, "Tổ tự quản thử về ANTT", null, null, null),
                null);
        vn.ngayhoi.support.PageClient office = vn.ngayhoi.support.PageClient.signedIn(port, OFFICE, PASSWORD);
        String page = office.get("/festivals/" + withLaunch.id()).body();
        assertThat(page).contains("id=\"record-model\"").contains("/outreach/models/new?festival=" + withLaunch.id());
        String form =
                office.get("/outreach/models/new?festival=" + withLaunch.id()).body();
        assertThat(form).contains("value=\"Tổ tự quản thử về ANTT\"").contains("value=\"2022-08-17\"");
        Map<String, String> fields =
                new java.util.HashMap<>(vn.ngayhoi.support.PageClient.hiddenFields(form, "/outreach/models/new"));
        fields.putAll(Map.of(
                "name", "Tổ tự quản thử về ANTT",
                "field", "Tổ tự quản",
                "unit", c.code(),
                "launchedOn", "2022-08-17",
                "description", "Mỗi bản một tổ"));
        var saved = office.post("/outreach/models/new", fields);
        assertThat(saved.isRedirect()).as(saved.body()).isTrue();
        long id = Long.parseLong(saved.location().replaceAll(".*/outreach/models/", ""));
        JsonNode m = api.get("/api/v1/models/" + id, OFFICE, PASSWORD).json();
        assertThat(m.get("festivalId").asLong()).isEqualTo(withLaunch.id());
        assertThat(m.get("status").asString()).isEqualTo("LAUNCHED");
        page = office.get("/festivals/" + withLaunch.id()).body();
        assertThat(page).doesNotContain("id=\"record-model\"").contains("/outreach/models/" + id);
        // reviewed from its page
        String show = office.get("/outreach/models/" + id).body();
        Map<String, String> review = new java.util.HashMap<>(
                vn.ngayhoi.support.PageClient.hiddenFields(show, "/outreach/models/" + id + "/review"));
        review.putAll(Map.of("year", "2022", "effective", "true", "reason", "Giảm trộm cắp vặt"));
        assertThat(office.post("/outreach/models/" + id + "/review", review).isRedirect())
                .isTrue();
        assertThat(api.get("/api/v1/models/" + id, OFFICE, PASSWORD)
                        .json()
                        .get("effective")
                        .asBoolean())
                .isTrue();
        // a model page of the registry shows its badge in Vietnamese
        assertThat(office.get("/outreach/models").body()).contains("Đã đánh giá");
    }

    @Test
    void aUnitTicksTheSlogansItDisplayedWithTheirComputedAnniversaries() {
        OrgUnit committee = units.systemCreate(
                new CreateUnit(t.district().id(), "COMMITTEE", "Ban Chỉ đạo thử khẩu hiệu 398", null));
        long withSlogans = context.getBean(vn.ngayhoi.campaign.CampaignManagement.class)
                .systemCreate(new vn.ngayhoi.campaign.NewCampaign(
                        committee.id(),
                        2046,
                        "Ngày hội thử khẩu hiệu",
                        LocalDate.of(2022, 8, 1),
                        LocalDate.of(2022, 8, 19),
                        LocalDate.of(2022, 8, 20),
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                "Nhiệt liệt chào mừng {cand} năm Ngày truyền thống CAND",
                                "Toàn dân tham gia bảo vệ ANTQ")))
                .id();
        vn.ngayhoi.support.PageClient officer = vn.ngayhoi.support.PageClient.signedIn(port, OFFICER_A, PASSWORD);
        String page =
                officer.get("/outreach/propaganda?campaign=" + withSlogans).body();
        assertThat(page).contains("Nhiệt liệt chào mừng 101 năm Ngày truyền thống CAND");
        Map<String, String> fields = new java.util.HashMap<>(
                vn.ngayhoi.support.PageClient.hiddenFields(page, "/outreach/slogans?campaign=" + withSlogans));
        fields.put("slogan", "0");
        fields.put("place0", "Cổng UBND xã");
        assertThat(officer.post("/outreach/slogans?campaign=" + withSlogans, fields)
                        .isRedirect())
                .isTrue();
        assertThat(displayed(withSlogans)).containsExactly("0:Cổng UBND xã");
        page = officer.get("/outreach/propaganda?campaign=" + withSlogans).body();
        Map<String, String> bad = new java.util.HashMap<>(
                vn.ngayhoi.support.PageClient.hiddenFields(page, "/outreach/slogans?campaign=" + withSlogans));
        bad.put("slogan", "7");
        var refused = officer.post("/outreach/slogans?campaign=" + withSlogans, bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("không có trong kế hoạch");
        assertThat(displayed(withSlogans)).containsExactly("0:Cổng UBND xã");
        signedIn.as(OFFICE);
        try {
            assertThat(context.getBean(Slogans.class).of(withSlogans).get(0).units())
                    .isEqualTo(1);
            assertThat(context.getBean(Slogans.class).of(withSlogans).get(1).units())
                    .isZero();
        } finally {
            signedIn.clear();
        }
    }

    private List<String> displayed(long campaignId) {
        return jdbc.sql("select slogan_index || ':' || coalesce(place, '') from outreach_slogan_display"
                        + " where campaign_id = ? and unit_id = ? order by slogan_index")
                .params(campaignId, a.id())
                .query(String.class)
                .list();
    }

    @Test
    void theFestivalsBannerCarriesItsPlaceAndDate() throws Exception {
        vn.ngayhoi.support.PageClient office = vn.ngayhoi.support.PageClient.signedIn(port, OFFICE, PASSWORD);
        assertThat(office.get("/festivals/" + festivalA.id()).body())
                .contains("/outreach/festivals/" + festivalA.id() + "/banner.pdf");
        var pdf = office.download("/outreach/festivals/" + festivalA.id() + "/banner.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            String place = vn.ngayhoi.plan.Letterheads.shortName(a.name());
            assertThat(text)
                    .contains("NGÀY HỘI")
                    .contains("TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2044")
                    .contains(a.name().toUpperCase(java.util.Locale.ROOT))
                    .contains(place + ", ngày 15 tháng 8 năm 2022");
        }
        vn.ngayhoi.support.PageClient other = vn.ngayhoi.support.PageClient.signedIn(port, OFFICER_B, PASSWORD);
        assertThat(other.download("/outreach/festivals/" + festivalA.id() + "/banner.pdf")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aModelRegisteredBeforeItsLaunchIsLaunchedOnce() {
        clock.set(LocalDateTime.of(2022, 8, 18, 9, 0).atZone(Formats.ZONE).toInstant());
        long id = asOffice(() -> context.getBean(ModelRegistry.class)
                .register(new ModelRegistry.NewPracticeModel(
                        "Tổ hòa giải thử", "Tổ tự quản", communes.get(1).code(), null, null, null, null))
                .id());
        assertThat(ids("/api/v1/models?status=REGISTERED")).contains(id);
        PracticeModel launched =
                asOffice(() -> context.getBean(ModelRegistry.class).launch(id, LocalDate.of(2022, 8, 17), null, 0));
        assertThat(launched.stageOn(LocalDate.of(2022, 8, 18))).isEqualTo(ModelStage.LAUNCHED);
        assertThat(ids("/api/v1/models?status=LAUNCHED")).contains(id);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> asOffice(() -> context.getBean(ModelRegistry.class)
                        .launch(id, LocalDate.of(2022, 8, 18), null, launched.version())))
                .isInstanceOf(vn.ngayhoi.shared.ConflictException.class);
    }

    // ---- helpers ----

    private List<String> todos(String username) {
        signedIn.as(username);
        try {
            var actor = context.getBean(vn.ngayhoi.shared.security.AccessPolicy.class)
                    .requireActor();
            return context.getBeansOfType(vn.ngayhoi.shared.web.TodoSource.class).values().stream()
                    .flatMap(s -> s.todosFor(actor).stream())
                    .map(vn.ngayhoi.shared.web.TodoItem::href)
                    .toList();
        } finally {
            signedIn.clear();
        }
    }

    private Report open(OrgUnit unit) {
        signedIn.as(OFFICE);
        try {
            return context.getBean(ReportManagement.class).open(campaign, unit.code());
        } finally {
            signedIn.clear();
        }
    }

    private Report reload(long id) {
        signedIn.as(OFFICE);
        try {
            return context.getBean(ReportManagement.class).get(id);
        } finally {
            signedIn.clear();
        }
    }

    // Helpers write through the services as the standing office (the API's own contract is read by
    // the contract tests above); HTTP Basic costs a password hash per call.
    private <T> T asOffice(java.util.function.Supplier<T> action) {
        signedIn.as(OFFICE);
        try {
            return action.get();
        } finally {
            signedIn.clear();
        }
    }

    private void log(String unitCode, String channel, int count) {
        asOffice(() -> context.getBean(PropagandaLog.class)
                .log(
                        campaign,
                        unitCode,
                        new PropagandaLog.Activity(channel, LocalDate.of(2022, 8, 7), count, null, null, null),
                        null));
    }

    private long model(String user, String name, String unitCode, String launchedOn, Long festivalId, Long originId) {
        signedIn.as(user);
        try {
            return context.getBean(ModelRegistry.class)
                    .register(new ModelRegistry.NewPracticeModel(
                            name, "Thử", unitCode, LocalDate.parse(launchedOn), festivalId, null, originId))
                    .id();
        } finally {
            signedIn.clear();
        }
    }

    private void review(long id, boolean effective) {
        asOffice(() -> context.getBean(ModelRegistry.class).review(id, 2022, effective, "Đánh giá thử"));
    }

    private void retire(long id, String reason) {
        asOffice(() -> context.getBean(ModelRegistry.class).retire(id, reason, null));
    }

    private long assign(long festivalId, String unitCode, String due) {
        return asOffice(() -> context.getBean(Coverage.class)
                .assign(festivalId, unitCode, List.of("FILM", "PHOTO"), LocalDate.parse(due))
                .id());
    }

    private List<Long> ids(String path) {
        return ids(path, OFFICE);
    }

    private List<Long> ids(String path, String user) {
        Api.Reply r = api.get(path, user, PASSWORD);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private long rows() {
        return jdbc.sql("select count(*) from outreach_propaganda")
                .query(Long.class)
                .single();
    }

    private long sum(long campaignId, String pathPrefix, String channel) {
        return jdbc.sql("""
                        select coalesce(sum(p.count), 0) from outreach_propaganda p join org_unit o on o.id = p.unit_id
                        where p.campaign_id = ? and o.path like ? and p.channel = ?
                        """)
                .params(campaignId, pathPrefix + "%", channel)
                .query(Long.class)
                .single();
    }

    private static java.time.OffsetDateTime at(int day, int hour) {
        return LocalDateTime.of(2022, 8, day, hour, 0).atZone(Formats.ZONE).toOffsetDateTime();
    }
}
