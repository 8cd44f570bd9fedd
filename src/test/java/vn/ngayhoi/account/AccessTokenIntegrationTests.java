package vn.ngayhoi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.TestClockConfiguration;

/** Personal access tokens and calendar feed URLs, end to end over HTTP. */
@IntegrationTest
class AccessTokenIntegrationTests {

    static final String PW = Api.DEMO_PASSWORD;
    static final String ADMIN_PASSWORD = "Admin-Test-Password-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @AfterEach
    void resetClock() {
        ((MutableClock) clock)
                .set(TestClockConfiguration.START
                        .atZone(vn.ngayhoi.shared.Formats.ZONE)
                        .toInstant());
    }

    private JsonNode create(String user, String password, String scope, OffsetDateTime expiresAt) {
        Api.Reply reply = api.postJson(
                "/api/v1/me/tokens",
                user,
                password,
                "{\"name\":\"Hệ thống của tỉnh\",\"scope\":\"" + scope + "\",\"expiresAt\":\"" + expiresAt + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private OffsetDateTime inDays(int days) {
        return OffsetDateTime.now(clock).plusDays(days);
    }

    @Test
    void aTokenWorksAsBearerAndOnlyItsHashIsStored() throws Exception {
        JsonNode created = create("sonha", PW, "read", inDays(30));
        String token = created.get("token").asString();
        assertThat(token).startsWith("nhp_").hasSizeGreaterThan(40);

        Api.Reply me = api.getBearer("/api/v1/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("sonha");
        // The owner's scope: Sơn Hà reads its own plans and not Mường Mìn's.
        assertThat(api.getBearer("/api/v1/plans?unit=15025", token).status()).isEqualTo(404);

        long id = created.get("id").asLong();
        byte[] stored = jdbc.sql("select token_sha256 from access_token where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
        assertThat(stored)
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        String row = jdbc.sql("select t::text from access_token t where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(row).doesNotContain(token).doesNotContain(token.substring(4));

        JsonNode listed = api.get("/api/v1/me/tokens", "sonha", PW).json();
        JsonNode mine = null;
        for (JsonNode t : listed.get("items")) {
            assertThat(t.has("token")).isFalse();
            if (t.get("id").asLong() == id) {
                mine = t;
            }
        }
        assertThat(mine.get("name").asString()).isEqualTo("Hệ thống của tỉnh");
        assertThat(mine.get("scope").asString()).isEqualTo("read");
        assertThat(mine.get("createdAt").asString()).isNotBlank();
        assertThat(mine.get("lastUsedAt").asString()).isNotBlank();
        assertThat(OffsetDateTime.parse(mine.get("expiresAt").asString()).toInstant())
                .isEqualTo(inDays(30).toInstant());
    }

    @Test
    void revocationTakesEffectOnTheNextRequest() {
        JsonNode created = create("muongmin", PW, "write", inDays(10));
        String token = created.get("token").asString();
        long id = created.get("id").asLong();
        // The owner's list, read with the token itself, holds it (other tests may add more).
        assertThat(api.getBearer("/api/v1/me/tokens?size=500", token).json().get("items").findValues("id").stream()
                        .map(JsonNode::asLong))
                .contains(id);
        assertThat(api.getBearer("/api/v1/me", token).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/me/tokens/" + id, "muongmin", PW).status())
                .isEqualTo(204);

        Api.Reply refused = api.getBearer("/api/v1/me", token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("message").asString()).contains("thu hồi");
        long revokedEntries = jdbc.sql(
                        "select count(*) from audit_entry where action = 'ACCESS_TOKEN_REVOKED' and target = ?")
                .param("access_token:" + id)
                .query(Long.class)
                .single();
        assertThat(revokedEntries).isEqualTo(1);
    }

    @Test
    void aReadTokenGets403OnAWriteWhereAWriteTokenReachesTheEndpoint() {
        String read = create("sonha", PW, "read", inDays(5)).get("token").asString();
        String write = create("sonha", PW, "write", inDays(5)).get("token").asString();

        Api.Reply refused = api.postJsonBearer("/api/v1/festivals", read, "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asString()).isNotBlank();
        // The same request with a write token passes the scope and meets validation (nothing stored).
        Api.Reply validated = api.postJsonBearer("/api/v1/festivals", write, "{}");
        assertThat(validated.status()).isEqualTo(400);
        assertThat(validated.json().get("message").asString()).isNotBlank();
    }

    @Test
    void anExpiredTokenGets401() {
        String token = create("sonha", PW, "read", inDays(1)).get("token").asString();
        assertThat(api.getBearer("/api/v1/me", token).status()).isEqualTo(200);

        ((MutableClock) clock).advance(Duration.ofDays(2));

        assertThat(api.getBearer("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(api.getBearer("/api/v1/me", "nhp_made-up").status()).isEqualTo(401);
    }

    @Test
    void anotherAccountsTokenIsNotFoundExceptForAnAdministrator() {
        long id = create("nameo", PW, "read", inDays(20)).get("id").asLong();

        assertThat(api.delete("/api/v1/me/tokens/" + id, "sonha", PW).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/tokens", "sonha", PW).status()).isEqualTo(403);

        JsonNode all =
                api.get("/api/v1/tokens?size=500", "admin", ADMIN_PASSWORD).json();
        assertThat(all.get("items").findValuesAsString("username")).contains("nameo");
        assertThat(api.delete("/api/v1/tokens/" + id, "admin", ADMIN_PASSWORD).status())
                .isEqualTo(204);
        String revokedBy = jdbc.sql("select revoked_by from access_token where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(revokedBy).isEqualTo("admin");
    }

    @Test
    void tokenRulesAreCheckedWithTheFieldNamedAndLocalTimesAccepted() {
        Api.Reply tooLong = api.postJson(
                "/api/v1/me/tokens",
                "sonha",
                PW,
                "{\"name\":\"x\",\"scope\":\"admin\",\"expiresAt\":\"" + inDays(400) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("message").asString()).contains("một năm").contains("read");

        // "2022-12-01T08:00:00" has no offset: it is 08:00 in Vietnam.
        Api.Reply local = api.postJson(
                "/api/v1/me/tokens",
                "sonha",
                PW,
                "{\"name\":\"Giờ Việt Nam\",\"scope\":\"read\",\"expiresAt\":\"2022-12-01T08:00:00\"}");
        assertThat(local.status()).as(local.body()).isEqualTo(201);
        assertThat(OffsetDateTime.parse(local.json().get("expiresAt").asString())
                        .toInstant())
                .isEqualTo(OffsetDateTime.parse("2022-12-01T01:00:00Z").toInstant());

        Api.Reply unreadable = api.postJson(
                "/api/v1/me/tokens",
                "sonha",
                PW,
                "{\"name\":\"x\",\"scope\":\"read\",\"expiresAt\":\"01/12/2022 8h\"}");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("message").asString()).contains("expiresAt");
    }

    @Test
    void aChangeMadeWithATokenNamesTheTokenInTheAuditTrail() {
        JsonNode created = create("admin", ADMIN_PASSWORD, "write", inDays(3));
        String username = "tok" + System.nanoTime() % 1_000_000;
        Api.Reply made = api.postJsonBearer(
                "/api/v1/users",
                created.get("token").asString(),
                "{\"username\":\"" + username + "\",\"password\":\"Mat-khau-dai-1\",\"fullName\":\"Người Thử\","
                        + "\"unitCode\":\"15004\",\"roles\":[\"VIEWER\"]}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);

        String summary = jdbc.sql("select summary from audit_entry where action = 'ACCOUNT_CREATED' and target = ?")
                .param("user:" + username)
                .query(String.class)
                .single();
        assertThat(summary).contains("mã truy cập #" + created.get("id").asLong());
        // A token cannot make more tokens.
        assertThat(api.postJsonBearer(
                                "/api/v1/me/tokens",
                                created.get("token").asString(),
                                "{\"name\":\"x\",\"scope\":\"read\",\"expiresAt\":\"" + inDays(3) + "\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aCalendarFeedUrlParsesAndStopsWorkingAfterRevocation() throws Exception {
        long campaign = api.get("/api/v1/campaigns?year=2022", "thuongtruc", PW)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        Api.Reply created = api.postJson(
                "/api/v1/me/calendar-feeds",
                "thuongtruc",
                PW,
                "{\"name\":\"Điện thoại\",\"campaignId\":" + campaign + ",\"expiresAt\":\"" + inDays(90) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String url = created.json().get("url").asString();
        assertThat(url).startsWith("/calendar/nhc_").endsWith(".ics");

        Api.Reply feed = api.get(url);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        Calendar parsed = new CalendarBuilder().build(new StringReader(feed.body()));
        int events = parsed.getComponents(Component.VEVENT).size();
        int listed = api.get("/api/v1/festivals?size=500&campaign=" + campaign, "thuongtruc", PW)
                .json()
                .get("total")
                .asInt();
        assertThat(events).isPositive().isEqualTo(listed);
        // A feed token is not an API token, and cannot write.
        String secret = url.substring("/calendar/".length(), url.length() - ".ics".length());
        assertThat(api.getBearer("/api/v1/me", secret).status()).isEqualTo(401);

        long id = created.json().get("id").asLong();
        assertThat(api.delete("/api/v1/me/calendar-feeds/" + id, "thuongtruc", PW)
                        .status())
                .isEqualTo(204);
        assertThat(api.get(url).status()).isEqualTo(404);
        assertThat(api.get("/calendar/nhc_unknown.ics").status()).isEqualTo(404);
    }

    @Test
    void anOwnScheduleFeedNeedsNoCampaign() throws Exception {
        Api.Reply created = api.postJson(
                "/api/v1/me/calendar-feeds",
                "chutich",
                PW,
                "{\"name\":\"Lịch của tôi\",\"expiresAt\":\"" + inDays(90) + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Reply feed = api.get(created.json().get("url").asString());
        assertThat(feed.status()).isEqualTo(200);
        Calendar parsed = new CalendarBuilder().build(new StringReader(feed.body()));
        Api.Reply basic = api.get("/api/v1/me/calendar.ics", "chutich", PW);
        assertThat(parsed.getComponents(Component.VEVENT).size())
                .isEqualTo(new CalendarBuilder()
                        .build(new StringReader(basic.body()))
                        .getComponents(Component.VEVENT)
                        .size());
    }
}
