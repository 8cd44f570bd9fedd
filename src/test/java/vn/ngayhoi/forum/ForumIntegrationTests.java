package vn.ngayhoi.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.forum.internal.ForumEscalation;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * The forum on a district of its own (Ngọc Lặc): Lam Sơn and Mỹ Tân, an officer at each, the
 * district's standing office and chairman. Each test takes an hour of its own on the clock, so the
 * per-address allowance of one does not spend another's.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ForumIntegrationTests {

    static final String PASSWORD = "Mat-khau-dien-dan-1";
    static final String LAM_SON = "15064";
    static final String MY_TAN = "15067";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ForumEscalation escalation;

    Api api;

    @BeforeAll
    void accounts() {
        OrgUnit district = Territories.unit(context, "389");
        Territories.account(
                context, "fo.lamson", PASSWORD, "Lò Văn Sơn", Territories.unit(context, LAM_SON), Role.UNIT_OFFICER);
        Territories.account(
                context, "fo.mytan", PASSWORD, "Hà Thị Tân", Territories.unit(context, MY_TAN), Role.UNIT_OFFICER);
        Territories.account(context, "fo.ngoclac", PASSWORD, "Phạm Văn Lặc", district, Role.STANDING_OFFICE);
        Territories.account(context, "fo.chutich", PASSWORD, "Bùi Văn Chủ", district, Role.LEADER);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    private void at(int hour) {
        clock.set(LocalDateTime.of(2022, 8, 10, hour, 5).atZone(Formats.ZONE).toInstant());
    }

    private Api.Reply send(String json, Map<String, String> headers) {
        return api.postJsonAs("/public/api/opinions", json, headers);
    }

    private Api.Reply send(String json) {
        return send(json, Map.of());
    }

    private static String opinion(String commune, String text) {
        return "{\"communeCode\": \"" + commune + "\", \"topic\": \"ANTT\", \"text\": \"" + text
                + "\", \"anonymous\": true}";
    }

    private long idOf(String trackingCode) {
        return jdbc.sql("select id from forum_opinion where tracking_hash = ?")
                .param(vn.ngayhoi.forum.internal.TrackingCodes.hash(trackingCode))
                .query(Long.class)
                .single();
    }

    @Test
    void anAnonymousOpinionKeepsNoNameContactAddressOrDeviceAnywhere(CapturedOutput output) {
        at(7);
        String agent = "DienDanTest/1.0 (marker-7f3a9c)";
        String forwarded = "203.0.113.77";
        Api.Reply sent = send(
                "{\"communeCode\": \"" + LAM_SON + "\", \"topic\": \"MA_TUY\", \"text\": \"Có người lạ bán hàng"
                        + " cấm ở bản Chiềng.\", \"anonymous\": true, \"name\": \"Nguyễn Văn Giấu\","
                        + " \"contact\": \"0912345678\"}",
                Map.of("User-Agent", agent, "X-Forwarded-For", forwarded));

        assertThat(sent.status()).isEqualTo(201);
        String code = sent.json().get("trackingCode").asString();
        assertThat(code.replace("-", "")).hasSize(12);
        long id = idOf(code);
        var row = jdbc.sql("select anonymous, name, contact from forum_opinion where id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {rs.getBoolean(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat(row[0]).isEqualTo(true);
        assertThat(row[1]).as("name given with anonymous: not kept").isNull();
        assertThat(row[2]).as("contact given with anonymous: not kept").isNull();

        // Every row of every table, as text: neither the device, the address nor what was withheld.
        List<String> tables = jdbc.sql(
                        "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
                .query(String.class)
                .list();
        for (String table : tables) {
            long hits = jdbc.sql("select count(*) from \"" + table + "\" t where t::text like ? or t::text like ?"
                            + " or t::text like ? or t::text like ?")
                    .params("%marker-7f3a9c%", "%" + forwarded + "%", "%Nguyễn Văn Giấu%", "%0912345678%")
                    .query(Long.class)
                    .single();
            assertThat(hits).as("table " + table).isZero();
        }
        for (String table : List.of("forum_opinion", "forum_attachment", "forum_route", "forum_rate")) {
            assertThat(jdbc.sql("select count(*) from " + table + " t where t::text like '%127.0.0.1%'")
                            .query(Long.class)
                            .single())
                    .as(table + " keeps no address")
                    .isZero();
        }
        assertThat(jdbc.sql("select count(*) from audit_entry a where a.target = ? and a::text like '%127.0.0.1%'")
                        .param("opinion:" + id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(output.getAll())
                .doesNotContain("marker-7f3a9c")
                .doesNotContain(forwarded)
                .doesNotContain("Nguyễn Văn Giấu")
                .doesNotContain("0912345678");
    }

    @Test
    void theSixthOpinionFromOneAddressWithinTheHourIsRefusedInVietnameseAndNotStored() {
        at(8);
        long before =
                jdbc.sql("select count(*) from forum_opinion").query(Long.class).single();
        for (int i = 1; i <= 5; i++) {
            assertThat(send(opinion(LAM_SON, "Ý kiến số " + i)).status())
                    .as("opinion " + i)
                    .isEqualTo(201);
        }

        Api.Reply sixth = send(opinion(LAM_SON, "Ý kiến số 6"));

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.json().get("message").asString()).startsWith("Bạn đã gửi nhiều ý kiến trong một giờ qua");
        assertThat(jdbc.sql("select count(*) from forum_opinion")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 5);
        // The window's rows carry a keyed hash, never the address.
        assertThat(jdbc.sql("select key_hash from forum_rate")
                        .query(String.class)
                        .list())
                .allMatch(h -> h.matches("[0-9a-f]{64}"));
        // The next hour is a new window, and the old one's rows are gone.
        at(9);
        assertThat(send(opinion(LAM_SON, "Ý kiến giờ sau")).status()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from forum_rate where window_start < ?")
                        .param(LocalDateTime.of(2022, 8, 10, 9, 0)
                                .atZone(Formats.ZONE)
                                .toOffsetDateTime())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWrongTrackingCodeAndAMissingOneGetTheSameAnswer() {
        at(10);
        String code = send(opinion(LAM_SON, "Đèn đường hỏng ở ngã ba."))
                .json()
                .get("trackingCode")
                .asString();

        Api.Reply own = api.get("/public/api/opinions/" + code);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(own.json().get("unitName").asString()).isEqualTo("Xã Lam Sơn");
        assertThat(own.json().has("text"))
                .as("the status answer carries no text")
                .isFalse();
        assertThat(own.json().has("name")).isFalse();
        // typed loosely: lower case, spaces for dashes
        assertThat(api.get("/public/api/opinions/" + code.toLowerCase().replace("-", "%20"))
                        .status())
                .isEqualTo(200);

        Api.Reply wellFormedButNobodys = api.get("/public/api/opinions/ABCD-EFGH-JKMN");
        Api.Reply malformed = api.get("/public/api/opinions/xyz");
        assertThat(wellFormedButNobodys.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(wellFormedButNobodys.body()).isEqualTo(malformed.body());

        Api.Reply pageWrong = api.get("/y-kien/tra-cuu?ma=ABCD-EFGH-JKMN");
        Api.Reply pageMalformed = api.get("/y-kien/tra-cuu?ma=xyz");
        assertThat(pageWrong.status()).isEqualTo(404).isEqualTo(pageMalformed.status());
        assertThat(pageWrong.body().replace("ABCD-EFGH-JKMN", "X"))
                .isEqualTo(pageMalformed.body().replace("xyz", "X"));
        assertThat(pageWrong.body()).contains("Không tìm thấy ý kiến với mã này");
    }

    @Test
    void anOpinionUnansweredPastItsDeadlineIsEscalatedExactlyOnceAndIsOnBothToDoLists() throws Exception {
        at(11);
        String code = send(opinion(MY_TAN, "Cầu treo bản Mới hỏng, đề nghị kiểm tra."))
                .json()
                .get("trackingCode")
                .asString();
        long id = idOf(code);
        LocalDate due = LocalDate.of(2022, 8, 25);
        assertThat(jdbc.sql("select due_date from forum_opinion where id = ?")
                        .param(id)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(due);

        escalation.run(due);
        assertThat(jdbc.sql("select escalated_at is null from forum_opinion where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .as("not before the deadline has passed")
                .isTrue();
        clock.set(due.plusDays(1).atTime(6, 30).atZone(Formats.ZONE).toInstant());
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> escalation.run(due.plusDays(1));
            List<Future<Integer>> runs = two.invokeAll(List.of(run, run));
            int total = 0;
            for (Future<Integer> f : runs) {
                total += f.get();
            }
            // Other tests' opinions of 10/08 are late too; each went up once, whichever run took it.
            long late = jdbc.sql("select count(*) from forum_opinion where escalated_at is not null and due_date = ?")
                    .param(due)
                    .query(Long.class)
                    .single();
            assertThat(total).as("two instances at once").isEqualTo((int) late).isPositive();
        } finally {
            two.shutdownNow();
        }
        escalation.run(due.plusDays(2));
        assertThat(jdbc.sql("select count(*) from audit_entry where target = ? and action = 'OPINION_ESCALATED'")
                        .param("opinion:" + id)
                        .query(Long.class)
                        .single())
                .as("once, after two runs at once and one the next morning")
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from notification n join app_user u on u.id = n.user_id
                        where u.username = 'fo.ngoclac' and n.message_key = 'forum.notice.escalatedHere' and n.link = ?
                        """).param("/forum/" + id).query(Long.class).single())
                .isEqualTo(1);

        JsonNode unitTodos =
                api.get("/api/v1/me/todos", "fo.mytan", PASSWORD).json().get("items");
        JsonNode districtTodos =
                api.get("/api/v1/me/todos", "fo.ngoclac", PASSWORD).json().get("items");
        assertThat(kinds(unitTodos, id)).containsExactly("OPINION_ANSWER");
        assertThat(kinds(districtTodos, id)).containsExactly("OPINION_ESCALATED");
        JsonNode item = find(unitTodos, id);
        assertThat(item.get("overdueDays").asLong()).isEqualTo(1);
        assertThat(item.get("unitName").asString()).isEqualTo("Xã Mỹ Tân");
        assertThat(item.get("title").asString()).contains("An ninh trật tự").contains("Xã Mỹ Tân");

        // Answered: it leaves both lists.
        answer("fo.mytan", id, "Đã báo Ủy ban xã sửa cầu trong tuần.");
        assertThat(find(api.get("/api/v1/me/todos", "fo.mytan", PASSWORD).json().get("items"), id))
                .isNull();
        assertThat(find(
                        api.get("/api/v1/me/todos", "fo.ngoclac", PASSWORD)
                                .json()
                                .get("items"),
                        id))
                .isNull();
    }

    @Test
    void anOfficersAnswerWaitsForTheLeaderThenTheCitizenReadsItAndThePublishedQuestionIsRedacted() {
        at(12);
        String code = send("{\"communeCode\": \"" + LAM_SON + "\", \"topic\": \"GIAO_THONG\", \"text\": \"Xe tải của"
                        + " ông Trần Văn Bảy số điện thoại 0987654321 chạy quá tốc độ qua trường.\","
                        + " \"anonymous\": false, \"name\": \"Lê Thị Hoa\", \"contact\": \"hoa@example.vn\"}")
                .json()
                .get("trackingCode")
                .asString();
        long id = idOf(code);

        JsonNode answered = answer("fo.lamson", id, "Công an xã đã làm việc với chủ xe, lập biên bản nhắc nhở.");
        assertThat(answered.get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(api.get("/public/api/opinions/" + code).json().get("answer").isNull())
                .as("not readable before approval")
                .isTrue();
        assertThat(kinds(
                        api.get("/api/v1/me/todos", "fo.chutich", PASSWORD)
                                .json()
                                .get("items"),
                        id))
                .containsExactly("OPINION_APPROVE");

        PageClient leader = PageClient.signedIn(port, "fo.chutich", PASSWORD);
        String page = leader.get("/forum/" + id).body();
        var approved =
                leader.post("/forum/" + id + "/approve", PageClient.hiddenFields(page, "/forum/" + id + "/approve"));
        assertThat(approved.isRedirect()).isTrue();
        JsonNode status = api.get("/public/api/opinions/" + code).json();
        assertThat(status.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(status.get("answer").asString()).startsWith("Công an xã đã làm việc với chủ xe");

        PageClient office = PageClient.signedIn(port, "fo.ngoclac", PASSWORD);
        page = office.get("/forum/" + id).body();
        Map<String, String> fields =
                new java.util.HashMap<>(PageClient.hiddenFields(page, "/forum/" + id + "/publish"));
        fields.put("question", "Xe tải của một người dân chạy quá tốc độ qua trường.");
        assertThat(office.post("/forum/" + id + "/publish", fields).isRedirect())
                .isTrue();

        String record = api.get("/y-kien/cong-khai?unit=389").body();
        assertThat(record)
                .contains("Xe tải của một người dân chạy quá tốc độ qua trường.")
                .contains("Công an xã đã làm việc với chủ xe")
                .doesNotContain("Trần Văn Bảy")
                .doesNotContain("0987654321")
                .doesNotContain("Lê Thị Hoa")
                .doesNotContain("hoa@example.vn");
        assertThat(api.get("/y-kien/cong-khai?unit=" + LAM_SON).body()).contains("Xe tải của một người dân");
        assertThat(api.get("/y-kien/cong-khai?unit=" + MY_TAN).body()).doesNotContain("Xe tải của một người dân");
    }

    @Test
    void staffSeeOnlyTheirSubtreeAndTheApiCarriesTheNamedFieldsAndFilters() {
        at(13);
        long lamSon = idOf(send(opinion(LAM_SON, "Ý kiến cho Lam Sơn"))
                .json()
                .get("trackingCode")
                .asString());
        long myTan = idOf(send(opinion(MY_TAN, "Ý kiến cho Mỹ Tân"))
                .json()
                .get("trackingCode")
                .asString());

        JsonNode own = api.get("/api/v1/opinions", "fo.lamson", PASSWORD).json();
        assertThat(ids(own.get("items"))).contains(lamSon).doesNotContain(myTan);
        assertThat(own.get("total").asInt()).isEqualTo(own.get("items").size());
        JsonNode first = find(own.get("items"), lamSon);
        for (String field : List.of(
                "id", "unitCode", "unitName", "topic", "text", "status", "receivedAt", "dueDate", "anonymous")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(api.get("/api/v1/opinions/" + myTan, "fo.lamson", PASSWORD).status())
                .isEqualTo(404);
        assertThat(api.postJson("/api/v1/opinions/" + myTan + "/answer", "fo.lamson", PASSWORD, "{\"text\": \"x\"}")
                        .status())
                .isEqualTo(404);
        assertThat(PageClient.signedIn(port, "fo.lamson", PASSWORD)
                        .get("/forum/" + myTan)
                        .status())
                .isEqualTo(404);

        JsonNode district = api.get(
                        "/api/v1/opinions?unit=" + MY_TAN + "&status=RECEIVED&topic=ANTT", "fo.ngoclac", PASSWORD)
                .json();
        assertThat(ids(district.get("items"))).contains(myTan).doesNotContain(lamSon);
        assertThat(api.get("/api/v1/opinions?status=ANSWERED", "fo.ngoclac", PASSWORD)
                        .json()
                        .get("items"))
                .allMatch(i -> i.get("status").asString().equals("ANSWERED"));
        assertThat(api.get("/api/v1/opinions?status=NOPE", "fo.ngoclac", PASSWORD)
                        .status())
                .isEqualTo(400);

        // Routing by the standing office, with a reason; the new unit answers.
        Api.Reply noReason = api.postJson(
                "/api/v1/opinions/" + lamSon + "/route", "fo.ngoclac", PASSWORD, "{\"unitCode\": \"" + MY_TAN + "\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("message").asString()).contains("lý do chuyển");
        JsonNode routed = api.postJson(
                        "/api/v1/opinions/" + lamSon + "/route",
                        "fo.ngoclac",
                        PASSWORD,
                        "{\"unitCode\": \"" + MY_TAN + "\", \"reason\": \"Sự việc xảy ra trên địa bàn xã Mỹ Tân.\"}")
                .json();
        assertThat(routed.get("unitCode").asString()).isEqualTo(MY_TAN);
        assertThat(api.get("/api/v1/opinions/" + lamSon, "fo.lamson", PASSWORD).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/opinions/" + lamSon, "fo.mytan", PASSWORD).status())
                .isEqualTo(200);
        assertThat(api.postJson(
                                "/api/v1/opinions/" + lamSon + "/route",
                                "fo.mytan",
                                PASSWORD,
                                "{\"unitCode\": \"" + LAM_SON + "\", \"reason\": \"trả lại\"}")
                        .status())
                .as("only the standing office routes")
                .isEqualTo(403);

        // Bad input: nothing stored, a Vietnamese message naming what is wrong.
        long before =
                jdbc.sql("select count(*) from forum_opinion").query(Long.class).single();
        Api.Reply bad =
                send("{\"communeCode\": \"99999\", \"topic\": \"KHONG_CO\", \"text\": \"\", \"anonymous\": false}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("message").asString())
                .contains("Chọn xã, phường")
                .contains("Chọn lĩnh vực")
                .contains("Nhập nội dung")
                .contains("Nhập họ và tên");
        assertThat(send("{\"communeCode\": \"" + LAM_SON + "\", \"topic\": \"ANTT\", \"text\": \"" + "a".repeat(5001)
                                + "\", \"anonymous\": true}")
                        .status())
                .isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from forum_opinion")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        String list = PageClient.signedIn(port, "fo.ngoclac", PASSWORD)
                .get("/forum?year=2022")
                .body();
        assertThat(list).contains("Số liệu năm 2022").doesNotContain("2.022");
    }

    @Test
    void scriptsAndLinksInAnOpinionRenderInertOnEveryPageThatShowsIt() {
        at(14);
        String payload =
                "<script>alert(1)</script> \\\"><img src=x onerror=alert(2)> <a href=\\\"javascript:alert(3)\\\">bam</a>";
        String code = send("{\"communeCode\": \"" + LAM_SON + "\", \"topic\": \"KHAC\", \"text\": \"" + payload
                        + "\", \"anonymous\": true}")
                .json()
                .get("trackingCode")
                .asString();
        long id = idOf(code);
        assertThat(jdbc.sql("select text from forum_opinion where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("stored as written")
                .contains("<script>alert(1)</script>");
        answer("fo.chutich", id, payload);
        PageClient office = PageClient.signedIn(port, "fo.ngoclac", PASSWORD);
        String page = office.get("/forum/" + id).body();
        Map<String, String> fields =
                new java.util.HashMap<>(PageClient.hiddenFields(page, "/forum/" + id + "/publish"));
        fields.put("question", "<script>alert(4)</script><img src=x onerror=alert(5)>");
        assertThat(office.post("/forum/" + id + "/publish", fields).isRedirect())
                .isTrue();

        PageClient officer = PageClient.signedIn(port, "fo.lamson", PASSWORD);
        List<String> pages = List.of(
                office.get("/forum/" + id).body(),
                office.get("/forum").body(),
                office.get("/forum?topic=KHAC").body(),
                officer.get("/forum").body(),
                officer.get("/notifications").body(),
                officer.get("/").body(),
                api.get("/y-kien/tra-cuu?ma=" + code).body(),
                api.get("/y-kien/cong-khai?unit=389").body(),
                api.get("/y-kien/cong-khai?unit=" + LAM_SON + "&topic=KHAC").body());
        for (String html : pages) {
            assertThat(html)
                    .doesNotContain("<script>alert")
                    .doesNotContain("<img src=x")
                    .doesNotContain("href=\"javascript:")
                    .doesNotContain("onerror=alert(2)>");
        }
        assertThat(pages.get(0)).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(pages.get(7)).contains("&lt;script&gt;alert(4)&lt;/script&gt;");
        Api.Reply json = api.get("/api/v1/opinions/" + id, "fo.ngoclac", PASSWORD);
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.json().get("text").asString()).contains("<script>alert(1)</script>");
    }

    @Test
    void aReportOpensWithTheUnitsOwnOpinionCountsOfTheCampaignYearHiddenOnesLeftOut() {
        clock.set(LocalDateTime.of(2013, 3, 1, 10, 5).atZone(Formats.ZONE).toInstant());
        Territories.Territory t = Territories.create(context, "389", 2013);
        String thachLap = "15073";
        long answered = idOf(send(opinion(thachLap, "Ý kiến được trả lời"))
                .json()
                .get("trackingCode")
                .asString());
        send(opinion(thachLap, "Ý kiến chưa trả lời"));
        long hidden = idOf(send(opinion(thachLap, "Ý kiến trùng"))
                .json()
                .get("trackingCode")
                .asString());
        send(opinion(MY_TAN, "Ý kiến của xã khác"));
        answer("fo.chutich", answered, "Đã trả lời.");
        PageClient office = PageClient.signedIn(port, "fo.ngoclac", PASSWORD);
        String page = office.get("/forum/" + hidden).body();
        Map<String, String> fields =
                new java.util.HashMap<>(PageClient.hiddenFields(page, "/forum/" + hidden + "/hide"));
        fields.put("reason", "DUPLICATE");
        assertThat(office.post("/forum/" + hidden + "/hide", fields).isRedirect())
                .isTrue();

        SignedIn signedIn = new SignedIn(context.getBean(UserDetailsService.class));
        signedIn.as("fo.ngoclac");
        try {
            var report =
                    context.getBean(ReportManagement.class).open(t.campaign().id(), thachLap);
            assertThat(report.data().values())
                    .containsEntry("opinions_received", "2")
                    .containsEntry("opinions_answered", "1");
            assertThat(report.data().prefilled()).contains("opinions_received", "opinions_answered");
            ForumFigures.Figures figures =
                    context.getBean(ForumFigures.class).of(thachLap, 2013, LocalDate.of(2013, 3, 1));
            assertThat(figures.received()).isEqualTo(2);
            assertThat(figures.answered()).isEqualTo(1);
            assertThat(figures.onTime()).isEqualTo(1);
            assertThat(figures.byStatus().get(OpinionStatus.HIDDEN)).isEqualTo(1);
        } finally {
            signedIn.clear();
        }
    }

    @Test
    void theStandingOfficeAddsAndRetiresTopicsAndTheFormFollows() {
        PageClient office = PageClient.signedIn(port, "fo.ngoclac", PASSWORD);
        String page = office.get("/forum/topics").body();
        Map<String, String> fields = new java.util.HashMap<>(PageClient.hiddenFields(page, "/forum/topics"));
        fields.put("name", "Lừa đảo qua mạng");
        assertThat(office.post("/forum/topics", fields).isRedirect()).isTrue();
        assertThat(api.get("/y-kien").body()).contains("<option value=\"LUA_DAO_QUA_MANG\">Lừa đảo qua mạng</option>");

        page = office.get("/forum/topics").body();
        assertThat(office.post(
                                "/forum/topics/LUA_DAO_QUA_MANG",
                                PageClient.hiddenFields(page, "/forum/topics/LUA_DAO_QUA_MANG"))
                        .isRedirect())
                .isTrue();
        assertThat(api.get("/y-kien").body()).doesNotContain("Lừa đảo qua mạng");
        assertThat(jdbc.sql("select active from forum_topic where code = 'LUA_DAO_QUA_MANG'")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(PageClient.signedIn(port, "fo.lamson", PASSWORD)
                        .get("/forum/topics")
                        .status())
                .isEqualTo(403);
    }

    private JsonNode answer(String user, long id, String text) {
        Api.Reply r =
                api.postJson("/api/v1/opinions/" + id + "/answer", user, PASSWORD, "{\"text\": \"" + text + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> kinds(JsonNode items, long id) {
        List<String> kinds = new java.util.ArrayList<>();
        items.forEach(i -> {
            if (i.get("url").asString().equals("/forum/" + id)) {
                kinds.add(i.get("kind").asString());
            }
        });
        return kinds;
    }

    private static JsonNode find(JsonNode items, long id) {
        for (JsonNode i : items) {
            if (i.has("url") && i.get("url").asString().equals("/forum/" + id)) {
                return i;
            }
            if (i.has("id") && i.get("id").asLong() == id) {
                return i;
            }
        }
        return null;
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new java.util.ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
