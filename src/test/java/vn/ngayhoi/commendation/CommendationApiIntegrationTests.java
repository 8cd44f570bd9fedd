package vn.ngayhoi.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * The chain through the API, reading every field the issue names: a commune nominates (201), the
 * same person again is a 409 and bad input a 400 that stores nothing; the unit submits with its Tờ
 * trình; Phòng Nội vụ returns one with a reason and accepts it when fixed; a council below quorum
 * cannot decide; a nominee with a pending discipline case is refused at the decision with the reason;
 * the decision lists number, date and lines with their amounts. Outside accounts get 404, and a viewer
 * of the district sees nominations without the individuals' personal fields.
 */
@IntegrationTest
class CommendationApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    SignedIn signedIn;

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        signedIn =
                new SignedIn(context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class));
    }

    @AfterEach
    void reset() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
        signedIn.clear();
    }

    static final String PW = CommendationFixture.PASSWORD;

    @Test
    void theChainThroughTheApi() {
        CommendationFixture f = CommendationFixture.create(context, "396", 2040, "15607", "15610", "ca");
        Round round = f.round(context, "Khen thưởng chuyên đề Ngày hội năm 2040", LocalDate.of(2022, 8, 31));
        Api api = new Api(port);

        // The rounds of the campaign.
        JsonNode rounds = api.get(
                        "/api/v1/commendation-rounds?campaign="
                                + f.territory.campaign().id(),
                        "ca.xaa",
                        PW)
                .json();
        assertThat(rounds.get("total").asInt()).isEqualTo(1);
        JsonNode r0 = rounds.get("items").get(0);
        assertThat(r0.get("id").asLong()).isEqualTo(round.id());
        assertThat(r0.get("title").asString()).isEqualTo("Khen thưởng chuyên đề Ngày hội năm 2040");
        assertThat(r0.get("nominationDeadline").asString()).isEqualTo("2022-08-31");
        assertThat(r0.get("vettingDays").asInt()).isEqualTo(20);

        String base = "/api/v1/commendation-rounds/" + round.id() + "/nominations";
        String person =
                "{\"kind\": \"INDIVIDUAL\", \"unitCode\": \"15607\", \"name\": \"Hà Thị Lan\", \"gender\": \"NU\","
                        + " \"birthYear\": 1985, \"position\": \"Trưởng Công an xã\", \"achievement\": \"Vận động 100% hộ"
                        + " đăng ký an toàn về ANTT.\", \"awardType\": \"GK_CN\"}";
        Api.Reply created = api.postJson(base, "ca.xaa", PW, person);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode n = created.json();
        long personId = n.get("id").asLong();
        assertThat(n.get("kind").asString()).isEqualTo("INDIVIDUAL");
        assertThat(n.get("unitCode").asString()).isEqualTo("15607");
        assertThat(n.get("name").asString()).isEqualTo("Hà Thị Lan");
        assertThat(n.get("gender").asString()).isEqualTo("NU");
        assertThat(n.get("birthYear").asInt()).isEqualTo(1985);
        assertThat(n.get("position").asString()).isEqualTo("Trưởng Công an xã");
        assertThat(n.get("achievement").asString()).startsWith("Vận động 100%");
        assertThat(n.get("awardType").asString()).isEqualTo("GK_CN");
        assertThat(n.get("status").asString()).isEqualTo("DRAFT");
        assertThat(n.get("womenMarked").asBoolean()).isTrue();

        // The same person again, from the other commune, spelled without accents: 409 in Vietnamese.
        Api.Reply twice = api.postJson(
                base, "ca.xab", PW, person.replace("15607", "15610").replace("Hà Thị Lan", "ha thi lan"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("đã được đề nghị trong đợt này");

        // Bad input: 400 naming the fields, nothing stored.
        long before = count(round.id());
        Api.Reply bad = api.postJson(
                base,
                "ca.xaa",
                PW,
                "{\"kind\": \"INDIVIDUAL\", \"name\": \"Lò Văn Sai\","
                        + " \"gender\": \"X\", \"birthYear\": 2030, \"achievement\": \"\", \"awardType\": \"GK_TT\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body())
                .contains("Chọn giới tính")
                .contains("Năm sinh phải từ")
                .contains("tóm tắt thành tích");
        assertThat(count(round.id())).isEqualTo(before);

        // A collective and a household of the same commune, written through the service.
        signedIn.as("ca.xaa");
        Nominations service = context.getBean(Nominations.class);
        long policeId = service.create(
                        round.id(),
                        new Nominations.Input(
                                "COLLECTIVE",
                                null,
                                "Công an xã Bát Mọt",
                                null,
                                null,
                                null,
                                null,
                                75,
                                "Triệt xóa 2 tụ điểm ma túy.",
                                "GK_TT"))
                .id();
        assertThat(service.get(policeId).womenMarked()).isTrue();
        long householdId = service.create(
                        round.id(),
                        new Nominations.Input(
                                "HOUSEHOLD",
                                null,
                                "Lương Văn Hộ",
                                "NAM",
                                null,
                                null,
                                "Thôn Chiềng, xã Bát Mọt",
                                null,
                                "Hiến đất làm đường tuần tra.",
                                "GK_HGD"))
                .id();
        signedIn.clear();

        // Submitted with a Tờ trình; the working-day clock starts.
        Api.Reply submitted =
                api.postJson("/api/v1/commendation-rounds/" + round.id() + "/submission", "ca.xaa", PW, "{}");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("numberLine").asString()).matches("Số: \\d{2}/TTr-UBND");
        // Received Wednesday 10/08/2022: 15 working days to Wednesday 31/08, then 01/09 and 02/09
        // (Quốc khánh) are skipped, and 05/09–09/09 are the 16th to the 20th: Friday 09/09/2022.
        assertThat(submitted.json().get("dueOn").asString()).isEqualTo("2022-09-09");
        // Nothing left to submit: a 400 that says so.
        assertThat(api.postJson("/api/v1/commendation-rounds/" + round.id() + "/submission", "ca.xaa", PW, "{}")
                        .body())
                .contains("Không có hồ sơ nháp hoặc bị trả lại để trình");

        // Phòng Nội vụ is told, and has them on its list; once past 09/09 they are overdue there and on
        // the standing office's list.
        assertThat(jdbc.sql("select count(*) from notification n join app_user u on u.id = n.user_id"
                                + " where u.username = 'ca.noivu'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(kinds(api, "ca.noivu")).contains("COMMENDATION_VET").doesNotContain("COMMENDATION_VET_OVERDUE");
        assertThat(kinds(api, "ca.thuongtruc")).doesNotContain("COMMENDATION_VET_OVERDUE");
        clock.set(java.time.LocalDateTime.of(2022, 9, 12, 8, 0)
                .atZone(Formats.ZONE)
                .toInstant());
        assertThat(kinds(api, "ca.noivu")).contains("COMMENDATION_VET_OVERDUE");
        assertThat(kinds(api, "ca.thuongtruc")).contains("COMMENDATION_VET_OVERDUE");
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());

        // Outside the district: 404 for the round, its nominations and the vetting.
        Territories396.outsider(context);
        assertThat(api.get(base, "ca.out", PW).status()).isEqualTo(404);
        assertThat(api.postJson("/api/v1/nominations/" + personId + "/vet", "ca.out", PW, "{\"outcome\": \"ACCEPTED\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(
                                "/api/v1/commendation-rounds?campaign="
                                        + f.territory.campaign().id(),
                                "ca.out",
                                PW)
                        .status())
                .isEqualTo(404);
        // The pages answer the same: 404 outside, no personal fields for the district's viewer.
        vn.ngayhoi.support.PageClient outPage = vn.ngayhoi.support.PageClient.signedIn(port, "ca.out", PW);
        assertThat(outPage.get("/commendations/" + round.id()).status()).isEqualTo(404);
        assertThat(outPage.get("/commendations/nominations/" + personId).status())
                .isEqualTo(404);
        assertThat(outPage.get("/commendations/" + round.id() + "/certificates.pdf")
                        .status())
                .isEqualTo(404);
        String viewerPage = vn.ngayhoi.support.PageClient.signedIn(port, "ca.theodoi", PW)
                .get("/commendations/nominations/" + personId)
                .body();
        assertThat(viewerPage).contains("Hà Thị Lan").doesNotContain("1985").doesNotContain("Trưởng Công an xã");
        // The other commune sees none of them.
        assertThat(api.get(base, "ca.xab", PW).body()).doesNotContain("Hà Thị Lan");
        // A viewer of the district sees the person but not her personal fields.
        JsonNode seen = find(api.get(base, "ca.theodoi", PW).json(), personId);
        assertThat(seen.get("name").asString()).isEqualTo("Hà Thị Lan");
        assertThat(seen.get("birthYear").isNull()).isTrue();
        assertThat(seen.get("position").isNull()).isTrue();
        assertThat(seen.get("gender").isNull()).isTrue();
        // Phòng Nội vụ, beside the communes, sees them with personal fields.
        assertThat(find(api.get(base, "ca.noivu", PW).json(), personId)
                        .get("birthYear")
                        .asInt())
                .isEqualTo(1985);
        assertThat(find(api.get(base, "ca.chutich", PW).json(), personId)
                        .get("position")
                        .asString())
                .isEqualTo("Trưởng Công an xã");

        // Vetting: a return needs a reason; returned with one; a commune cannot vet.
        String vet = "/api/v1/nominations/" + personId + "/vet";
        assertThat(api.postJson(vet, "ca.noivu", PW, "{\"outcome\": \"RETURNED\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.postJson(vet, "ca.xaa", PW, "{\"outcome\": \"ACCEPTED\"}")
                        .status())
                .isEqualTo(403);
        JsonNode returned = api.postJson(
                        vet, "ca.noivu", PW, "{\"outcome\": \"RETURNED\", \"reason\": \"Bổ sung số liệu hộ đăng ký.\"}")
                .json();
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("reason").asString()).isEqualTo("Bổ sung số liệu hộ đăng ký.");
        // A second verdict on it meanwhile is a 409.
        assertThat(api.postJson(vet, "ca.noivu", PW, "{\"outcome\": \"ACCEPTED\"}")
                        .status())
                .isEqualTo(409);

        // Fixed and submitted again, then accepted with the others.
        signedIn.as("ca.xaa");
        Nominations nominations = context.getBean(Nominations.class);
        Nomination back = nominations.get(personId);
        nominations.update(
                personId,
                new Nominations.Input(
                        "INDIVIDUAL",
                        null,
                        "Hà Thị Lan",
                        "NU",
                        1985,
                        "Trưởng Công an xã",
                        null,
                        null,
                        "Vận động 1.245/1.245 hộ (100%) đăng ký an toàn về ANTT.",
                        "GK_CN"),
                back.version());
        context.getBean(Submissions.class).submit(round.id(), null);
        signedIn.clear();
        for (long id : new long[] {personId, policeId, householdId}) {
            Api.Reply ok =
                    api.postJson("/api/v1/nominations/" + id + "/vet", "ca.noivu", PW, "{\"outcome\": \"ACCEPTED\"}");
            assertThat(ok.status()).as(ok.body()).isEqualTo(200);
            assertThat(ok.json().get("status").asString()).isEqualTo("ACCEPTED");
        }
        assertThat(api.get("/api/v1/commendation-rounds/" + round.id() + "/decision", "ca.chutich", PW)
                        .status())
                .isEqualTo(404);

        // The council: 3 of 5 present is below two thirds: recorded, but nobody can decide on it.
        CouncilMeetings council = context.getBean(CouncilMeetings.class);
        CommendationDecisions decisions = context.getBean(CommendationDecisions.class);
        signedIn.as("ca.noivu");
        var thin = council.record(
                round.id(), 3, java.util.List.of(), java.util.Map.of(personId, new CouncilMeetings.Votes(3, 0)));
        assertThat(thin.quorate()).isFalse();
        assertThat(thin.numberLine()).isNull();
        signedIn.as("ca.chutich");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                                vn.ngayhoi.shared.ValidationException.class, () -> decisions.decide(round.id()))
                        .problems()
                        .get(0)
                        .messageKey())
                .isEqualTo("commendation.decision.noQuorum");
        // Four of five: quorate; each passes with more than half of those present.
        signedIn.as("ca.noivu");
        var met = council.record(
                round.id(),
                4,
                java.util.List.of("Lê Văn Chủ", "Hà Văn Trực", "Lò Thị Nội", "Bùi Thị Hai"),
                java.util.Map.of(
                        personId, new CouncilMeetings.Votes(4, 0),
                        policeId, new CouncilMeetings.Votes(3, 1),
                        householdId, new CouncilMeetings.Votes(3, 1)));
        assertThat(met.quorate()).isTrue();
        assertThat(met.numberLine()).matches("Số: \\d{2}/BB-HĐTĐKT");
        // A pending discipline case refuses the decision, naming the person and the note.
        nominations.flagDiscipline(householdId, true, "Đang xem xét vi phạm trật tự xây dựng");
        signedIn.as("ca.chutich");
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                vn.ngayhoi.shared.ValidationException.class, () -> decisions.decide(round.id()));
        assertThat(refused.problems().get(0).messageKey()).isEqualTo("commendation.decision.discipline");
        assertThat(refused.problems().get(0).args()).contains("Lương Văn Hộ", "Đang xem xét vi phạm trật tự xây dựng");
        signedIn.as("ca.noivu");
        nominations.flagDiscipline(householdId, false, null);
        signedIn.as("ca.chutich");
        decisions.decide(round.id());
        signedIn.clear();

        // The decision as the API gives it: on 10/08/2022 the lương cơ sở is 1,490,000 đ.
        JsonNode d = api.get("/api/v1/commendation-rounds/" + round.id() + "/decision", "ca.xaa", PW)
                .json();
        assertThat(d.get("number").asString()).matches("\\d{2}/QĐ-UBND");
        assertThat(d.get("date").asString()).isEqualTo("2022-08-10");
        assertThat(d.get("baseSalary").asLong()).isEqualTo(1_490_000);
        JsonNode lines = d.get("lines");
        assertThat(lines.size()).isEqualTo(3);
        long sum = 0;
        for (JsonNode line : lines) {
            long expected = switch (line.get("awardType").asString()) {
                case "GK_CN" -> 450_000; // 0.3 × 1,490,000 = 447,000 → 450,000
                case "GK_TT" -> 900_000; // 0.6 × 1,490,000 = 894,000 → 900,000
                case "GK_HGD" -> 680_000; // 0.45 × 1,490,000 = 670,500 → 680,000
                default -> -1;
            };
            assertThat(line.get("amount").asLong()).as(line.toString()).isEqualTo(expected);
            sum += line.get("amount").asLong();
        }
        assertThat(d.get("total").asLong()).isEqualTo(sum).isEqualTo(2_030_000);
        assertThat(d.get("totalInWords").asString()).isEqualTo("Hai triệu không trăm ba mươi nghìn đồng");
    }

    private static java.util.List<String> kinds(Api api, String user) {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        api.get("/api/v1/me/todos", user, PW)
                .json()
                .get("items")
                .forEach(i -> kinds.add(i.get("kind").asString()));
        return kinds;
    }

    private long count(long roundId) {
        return jdbc.sql("select count(*) from commendation_nomination where round_id = ?")
                .param(roundId)
                .query(Long.class)
                .single();
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode item : list.get("items")) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no nomination " + id + " in " + list);
    }

    /** An account of another district (Triệu Sơn, 397). */
    static final class Territories396 {
        static void outsider(ApplicationContext context) {
            vn.ngayhoi.support.Territories.account(
                    context,
                    "ca.out",
                    PW,
                    "Người Ngoài",
                    vn.ngayhoi.support.Territories.unit(context, "397"),
                    vn.ngayhoi.shared.security.Role.STANDING_OFFICE);
        }
    }
}
