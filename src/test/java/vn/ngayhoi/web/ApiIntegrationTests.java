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

@IntegrationTest
class ApiIntegrationTests {

    static final String ADMIN_PASSWORD = "Admin-Test-Password-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void meDescribesTheSignedInAccount() {
        Api.Reply reply = api.get("/api/v1/me", "sonha", Api.DEMO_PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode me = reply.json();
        assertThat(me.get("username").asString()).isEqualTo("sonha");
        assertThat(me.get("fullName").asString()).isEqualTo("Lò Thị Hoa");
        assertThat(me.get("unitCode").asString()).isEqualTo("15004");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("UNIT_OFFICER");
        assertThat(reply.header("Set-Cookie")).isNull();
    }

    @Test
    void unitsInScopeAreReadableWithIsoDatesAndListsHaveItemsAndTotal() {
        JsonNode sonHa =
                api.get("/api/v1/org-units/15004", "sonha", Api.DEMO_PASSWORD).json();
        assertThat(sonHa.get("name").asString()).isEqualTo("Xã Sơn Hà");
        assertThat(sonHa.get("type").asString()).isEqualTo("COMMUNE");
        assertThat(sonHa.get("level").asInt()).isEqualTo(3);
        assertThat(sonHa.get("parentCode").asString()).isEqualTo("387");
        assertThat(sonHa.get("validTo").asString()).isEqualTo("2025-06-30");
        assertThat(sonHa.has("validFrom")).isTrue();

        JsonNode children = api.get("/api/v1/org-units/387/children", "thuongtruc", Api.DEMO_PASSWORD)
                .json();
        assertThat(children.get("total").asInt()).isGreaterThanOrEqualTo(12 + 6);
        JsonNode search = api.get("/api/v1/org-units?q=son%20ha", "thuongtruc", Api.DEMO_PASSWORD)
                .json();
        assertThat(search.get("items").findValuesAsString("name")).contains("Xã Sơn Hà");
    }

    @Test
    void aUnitOutsideScopeIsA404WithAVietnameseMessageAndTheAttemptIsAudited() {
        long before = refusals("sonha");

        Api.Reply reply = api.get("/api/v1/org-units/15025", "sonha", Api.DEMO_PASSWORD);

        assertThat(reply.status()).isEqualTo(404);
        JsonNode body = reply.json();
        assertThat(body.get("status").asInt()).isEqualTo(404);
        assertThat(body.get("error").asString()).isEqualTo("Not Found");
        assertThat(body.get("message").asString()).contains("Không tìm thấy");
        assertThat(reply.body()).doesNotContain("Mường Mìn").doesNotContain("Exception");
        assertThat(refusals("sonha")).isEqualTo(before + 1);
        // The same answer for a code that does not exist at all.
        assertThat(api.get("/api/v1/org-units/99999", "sonha", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/org-units/15025/children", "sonha", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void withoutCredentialsTheApiAnswers401InTheErrorShape() {
        Api.Reply reply = api.get("/api/v1/me");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("message").asString()).contains("đăng nhập");
        assertThat(api.get("/api/v1/me", "sonha", "wrong-password-x").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorCreatesAccountsAndBadInputGetsReasons() {
        String body = """
                {"username": "canbo.tamthanh", "password": "Mat-khau-du-dai", "fullName": "Hà Thị Lan",
                 "unitCode": "15007", "roles": ["UNIT_OFFICER"]}
                """;
        Api.Reply created = api.postJson("/api/v1/users", "admin", ADMIN_PASSWORD, body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("unitCode").asString()).isEqualTo("15007");
        assertThat(created.body()).doesNotContain("Mat-khau-du-dai").doesNotContain("$2a$");
        assertThat(api.get("/api/v1/me", "canbo.tamthanh", "Mat-khau-du-dai")
                        .json()
                        .get("fullName")
                        .asString())
                .isEqualTo("Hà Thị Lan");

        Api.Reply taken = api.postJson("/api/v1/users", "admin", ADMIN_PASSWORD, body);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("message").asString()).contains("canbo.tamthanh");

        long users = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        Api.Reply bad = api.postJson("/api/v1/users", "admin", ADMIN_PASSWORD, """
                {"username": "X", "password": "short", "fullName": "", "unitCode": "00000", "roles": []}
                """);
        assertThat(bad.status()).isEqualTo(400);
        String message = bad.json().get("message").asString();
        assertThat(message)
                .contains("Tên đăng nhập")
                .contains("ít nhất 10 ký tự")
                .contains("họ và tên")
                .contains("vai trò")
                .contains("00000");
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single())
                .isEqualTo(users);

        assertThat(api.postJson(
                                "/api/v1/users",
                                "thuongtruc",
                                Api.DEMO_PASSWORD,
                                body.replace("canbo.tamthanh", "khac"))
                        .status())
                .isEqualTo(403);
        assertThat(api.postJson("/api/v1/users", "admin", ADMIN_PASSWORD, "{not json")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theOpenApiDescriptionIsPublished() {
        Api.Reply docs = api.get("/v3/api-docs", "theodoi", Api.DEMO_PASSWORD);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/org-units/{code}")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/users")).isTrue();
    }

    private long refusals(String username) {
        return jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_REFUSED' and actor = ?")
                .param(username)
                .query(Long.class)
                .single();
    }
}
