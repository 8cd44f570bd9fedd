package vn.ngayhoi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;

@IntegrationTest
class LoginIntegrationTests {

    static final String ADMIN_PASSWORD = "Admin-Test-Password-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String createAccount(String username) {
        String body = """
                {"username": "%s", "password": "Dung-mat-khau-1", "fullName": "Thử Khóa",
                 "unitCode": "15013", "roles": ["VIEWER"]}
                """.formatted(username);
        assertThat(api.postJson("/api/v1/users", "admin", ADMIN_PASSWORD, body).status())
                .isEqualTo(201);
        return username;
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesTheRightOneIncluded() {
        String user = createAccount("thu.khoa");
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/me", user, "sai-mat-khau-" + i).status())
                    .isEqualTo(401);
        }

        assertThat(api.get("/api/v1/me", user, "Dung-mat-khau-1").status()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(14));
        assertThat(api.get("/api/v1/me", user, "Dung-mat-khau-1").status()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(2));
        assertThat(api.get("/api/v1/me", user, "Dung-mat-khau-1").status()).isEqualTo(200);

        assertThat(count("LOGIN_FAILED", user)).isGreaterThanOrEqualTo(5);
        assertThat(count("ACCOUNT_LOCKED", user)).isEqualTo(1);
        assertThat(count("LOGIN_SUCCEEDED", user)).isEqualTo(1);
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        String user = createAccount("thu.demlai");
        for (int i = 0; i < 4; i++) {
            api.get("/api/v1/me", user, "sai-mat-khau-" + i);
        }
        assertThat(api.get("/api/v1/me", user, "Dung-mat-khau-1").status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            api.get("/api/v1/me", user, "sai-mat-khau-" + i);
        }
        assertThat(api.get("/api/v1/me", user, "Dung-mat-khau-1").status()).isEqualTo(200);
    }

    @Test
    void formLoginNeedsCsrfChangesTheSessionIdAndShowsVietnameseErrors() {
        Api.Reply page = api.get("/login");
        String cookie = sessionCookie(page);
        String csrf = csrf(page.body());
        assertThat(page.body()).contains("Đăng nhập").contains("Tên đăng nhập");

        Api.Reply withoutToken = api.postForm("/login", "username=sonha&password=Quanson%402022", cookie);
        assertThat(withoutToken.status()).isEqualTo(403);

        Api.Reply wrong = api.postForm("/login", "username=sonha&password=nope&_csrf=" + csrf, cookie);
        assertThat(wrong.header("Location")).endsWith("/login?error");

        Api.Reply ok = api.postForm("/login", "username=sonha&password=Quanson%402022&_csrf=" + csrf, cookie);
        assertThat(ok.status()).isEqualTo(302);
        String newCookie = sessionCookie(ok);
        assertThat(newCookie).isNotNull().isNotEqualTo(cookie);
        Api.Reply home = api.getWithCookie("/", newCookie);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Việc cần làm").contains("Lò Thị Hoa");
        // The old session id no longer signs anybody in.
        assertThat(api.getWithCookie("/", cookie).status()).isEqualTo(302);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        Api.Reply page = api.get("/login");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp)
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isNotBlank();
        assertThat(page.body())
                .doesNotContain("<script>")
                .doesNotContain(" onclick=")
                .doesNotContain(" style=\"");
    }

    private long count(String action, String user) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and target = ?")
                .params(action, "user:" + user)
                .query(Long.class)
                .single();
    }

    static String sessionCookie(Api.Reply reply) {
        return Api.sessionCookie(reply);
    }

    static String csrf(String html) {
        return Api.csrf(html);
    }
}
