package vn.ngayhoi.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;

/** The lockout counts every wrong password whatever form of the username it came under. */
@IntegrationTest
class LockoutVariantsIntegrationTests {

    static final String ADMIN_PASSWORD = LoginIntegrationTests.ADMIN_PASSWORD;
    static final String RIGHT = "Dung-mat-khau-1";

    /** Every kind of space a name can be wrapped in, and other case. */
    static final List<String> VARIANTS = List.of(
            "\u3000%s",
            "%s\u3000",
            "\u2003%s\u2003",
            "\u205F%s",
            "%s\u205F",
            "\u00A0%s",
            "%s\u202F",
            "\u2009%s\u200A",
            "\u1680%s",
            "\u200B%s\uFEFF",
            " %s ",
            "\t%s",
            "%s\u2028",
            "%S",
            "\u3000%S\u3000",
            "%s",
            "\u2007%s",
            "%s\u2060",
            " \u3000 %S",
            "\u2002%s\u2005");

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

    private void create(String username) {
        String body = """
                {"username": "%s", "password": "%s", "fullName": "Thử Biến Thể",
                 "unitCode": "15013", "roles": ["VIEWER"]}
                """.formatted(username, RIGHT);
        assertThat(api.postJson("/api/v1/users", "admin", ADMIN_PASSWORD, body).status())
                .isEqualTo(201);
    }

    @Test
    void twentyWrongPasswordsUnderVariantsByFormAndBasicLockAfterFive() {
        String user = "thu.bienthe";
        create(user);
        assertThat(VARIANTS).hasSize(20);
        for (int i = 0; i < VARIANTS.size(); i++) {
            String name = VARIANTS.get(i).formatted(user);
            if (i % 2 == 0) {
                assertThat(api.get("/api/v1/me", name, "sai-mat-khau-" + i).status())
                        .isEqualTo(401);
            } else {
                assertThat(formLogin(name, "sai-mat-khau-" + i).header("Location"))
                        .isEqualTo("/login?error");
            }
            boolean locked = lockedUntilSet(user);
            assertThat(locked).as("locked after attempt %d", i + 1).isEqualTo(i + 1 >= 5);
        }
        // Every failure was counted under the one account, not under the variant typed.
        assertThat(count("LOGIN_FAILED", user)).isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'LOGIN_FAILED' and target like ?")
                        .param("user:%" + "\u3000" + "%")
                        .query(Long.class)
                        .single())
                .isZero();
        // Locked: the right password under any form of the name is refused too, until the lock ends.
        assertThat(api.get("/api/v1/me", "\u3000" + user.toUpperCase(), RIGHT).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/me", user, RIGHT).status()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(16));
        assertThat(api.get("/api/v1/me", "\u2003" + user.toUpperCase() + "\u205F", RIGHT)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aLockedAccountAndAnUnknownOneGetIdenticalAnswers() {
        String user = "thu.khoagiong";
        create(user);
        for (int i = 0; i < 5; i++) {
            api.get("/api/v1/me", user, "sai-" + i);
        }
        assertThat(lockedUntilSet(user)).isTrue();

        Api.Reply lockedBasic = api.get("/api/v1/me", user, RIGHT);
        Api.Reply unknownBasic = api.get("/api/v1/me", "khong.ton.tai", RIGHT);
        assertThat(lockedBasic.status()).isEqualTo(401).isEqualTo(unknownBasic.status());
        assertThat(lockedBasic.body()).isEqualTo(unknownBasic.body());
        assertThat(lockedBasic.header("WWW-Authenticate")).isEqualTo(unknownBasic.header("WWW-Authenticate"));

        Api.Reply lockedForm = formLogin(user, RIGHT);
        Api.Reply unknownForm = formLogin("khong.ton.tai", RIGHT);
        assertThat(lockedForm.status()).isEqualTo(302).isEqualTo(unknownForm.status());
        assertThat(lockedForm.header("Location")).isEqualTo("/login?error").isEqualTo(unknownForm.header("Location"));
        assertThat(api.get("/login?locked").body()).doesNotContain("tạm khóa do nhập sai mật khẩu nhiều lần.");
    }

    @Test
    void twoAccountsCannotDifferOnlyByCaseOrSpacing() {
        create("thu.motten");
        for (String variant : List.of("THU.MOTTEN", "\u3000thu.motten", "Thu.Motten\u2003", "\u00A0thu.motten")) {
            String body = """
                    {"username": "%s", "password": "%s", "fullName": "Trùng Tên",
                     "unitCode": "15013", "roles": ["VIEWER"]}
                    """.formatted(variant, RIGHT);
            Api.Reply reply = api.postJson("/api/v1/users", "admin", ADMIN_PASSWORD, body);
            assertThat(reply.status()).as(variant).isEqualTo(409);
            assertThat(reply.json().get("message").asString()).contains("thu.motten");
        }
        assertThat(jdbc.sql("select count(*) from app_user where lower(username) like '%thu.motten%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void fiveConcurrentCreationsOfOneUsernameGiveOne201AndFour409() throws Exception {
        String body = """
                {"username": "thu.cungluc", "password": "%s", "fullName": "Cùng Lúc",
                 "unitCode": "15013", "roles": ["VIEWER"]}
                """.formatted(RIGHT);
        CyclicBarrier start = new CyclicBarrier(5);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                all.add(pool.submit(() -> {
                    start.await();
                    statuses.add(api.postJson("/api/v1/users", "admin", ADMIN_PASSWORD, body)
                            .status());
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409, 409);
        assertThat(jdbc.sql("select count(*) from app_user where username = 'thu.cungluc'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPasswordChangeEndsTheAccountsOtherSessions() {
        String user = "thu.haiphien";
        create(user);
        String first = signIn(user, RIGHT);
        String second = signIn(user, RIGHT);
        assertThat(api.getWithCookie("/", first).status()).isEqualTo(200);
        assertThat(api.getWithCookie("/", second).status()).isEqualTo(200);

        Api.Reply form = api.getWithCookie("/account/password", first);
        String csrf = LoginIntegrationTests.csrf(form.body());
        Api.Reply changed = api.postForm(
                "/account/password",
                "currentPassword=" + RIGHT + "&newPassword=Mat-khau-moi-2&confirmPassword=Mat-khau-moi-2&_csrf=" + csrf,
                first);
        assertThat(changed.status()).isEqualTo(302);

        assertThat(api.getWithCookie("/", first).status()).isEqualTo(200);
        Api.Reply other = api.getWithCookie("/", second);
        assertThat(other.status()).isEqualTo(302);
        assertThat(other.header("Location")).endsWith("/login");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(user)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private Api.Reply formLogin(String username, String password) {
        Api.Reply page = api.get("/login");
        String cookie = LoginIntegrationTests.sessionCookie(page);
        String csrf = LoginIntegrationTests.csrf(page.body());
        return api.postForm(
                "/login",
                "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf,
                cookie);
    }

    private String signIn(String username, String password) {
        Api.Reply ok = formLogin(username, password);
        assertThat(ok.status()).isEqualTo(302);
        assertThat(ok.header("Location")).isEqualTo("/");
        return LoginIntegrationTests.sessionCookie(ok);
    }

    private boolean lockedUntilSet(String user) {
        return jdbc.sql("select locked_until is not null from app_user where username = ?")
                .param(user)
                .query(Boolean.class)
                .single();
    }

    private long count(String action, String user) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and target = ?")
                .params(action, "user:" + user)
                .query(Long.class)
                .single();
    }
}
