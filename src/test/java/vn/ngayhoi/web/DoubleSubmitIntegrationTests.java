package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.PageClient.Page;

/**
 * A double click: the same rendered form (same session, CSRF token and form key) sent twice at the same
 * moment. One answer is the action's own (2xx/3xx); the other is the same redirect or a 409 saying the
 * form was already sent; never a 5xx; and exactly one row is stored.
 */
@IntegrationTest
class DoubleSubmitIntegrationTests {

    static final String ADMIN_PASSWORD = "Admin-Test-Password-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    AccountManagement accounts;

    @Autowired
    OrgUnitManagement units;

    static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void everyRenderedPostFormCarriesAFreshKeyAndGetFormsNone() {
        PageClient admin = PageClient.signedIn(port, "admin", ADMIN_PASSWORD);
        String first = admin.get("/admin/users/new").body();
        String second = admin.get("/admin/users/new").body();

        String key = PageClient.hiddenFields(first, "/admin/users").get(FormKeys.PARAMETER);
        assertThat(UUID.fromString(key)).isNotNull();
        assertThat(PageClient.hiddenFields(second, "/admin/users").get(FormKeys.PARAMETER))
                .isNotEqualTo(key);
        assertThat(PageClient.hiddenFields(admin.get("/admin/users").body(), "/admin/users"))
                .as("the search form is a GET")
                .doesNotContainKey(FormKeys.PARAMETER);
    }

    @Test
    void anAccountCreatedByADoubleClickedAdminFormIsStoredOnce() {
        PageClient admin = PageClient.signedIn(port, "admin", ADMIN_PASSWORD);
        String page = admin.get("/admin/users/new").body();
        Map<String, String> form = new LinkedHashMap<>(PageClient.hiddenFields(page, "/admin/users"));
        form.put("username", "hai.lan.bam");
        form.put("password", Api.DEMO_PASSWORD);
        form.put("fullName", "Người Bấm Hai Lần");
        form.put("position", "Cán bộ thử");
        form.put("unitCode", "15004");
        form.put("roles", "UNIT_OFFICER");

        List<Page> answers = twice(() -> admin.post("/admin/users", form));

        assertOnce(answers);
        assertThat(count("select count(*) from app_user where username = 'hai.lan.bam'"))
                .isEqualTo(1);
        // Sent once more later (the browser's back button, then submit): the first result again.
        Page again = admin.post("/admin/users", form);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location()).isEqualTo(first(answers).location());
        assertThat(count("select count(*) from app_user where username = 'hai.lan.bam'"))
                .isEqualTo(1);
    }

    @Test
    void aFestivalRegisteredByADoubleClickIsStoredOnce() {
        OrgUnit unit = freshUnit("Doanh nghiệp thử đăng ký hai lần");
        String username = officerOf(unit, "dangky.hai.lan");
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        PageClient officer = PageClient.signedIn(port, username, Api.DEMO_PASSWORD);
        Page page = officer.get("/festivals/new?campaign=" + campaign);
        assertThat(page.status()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>(PageClient.hiddenFields(page.body(), "/festivals"));
        // The day and times the page offers (the campaign's window), as a person would keep them.
        form.put("date", inputValue(page.body(), "date"));
        form.put("startTime", inputValue(page.body(), "startTime"));
        form.put("endTime", inputValue(page.body(), "endTime"));
        form.put("venue", "Hội trường doanh nghiệp");
        form.put("action", "register");

        List<Page> answers = twice(() -> officer.post("/festivals", form));

        assertOnce(answers);
        assertThat(first(answers).location()).contains("/festivals/");
        assertThat(count("select count(*) from festival where unit_id = " + unit.id()))
                .isEqualTo(1);
    }

    @Test
    void taskProgressSentByADoubleClickIsStoredOnce() {
        long task = vn.ngayhoi.support.DemoTasks.forSonHa(
                context,
                "Treo băng rôn tại trung tâm xã",
                "Treo băng rôn tuyên truyền Ngày hội tại trung tâm xã.",
                java.time.LocalDate.of(2022, 8, 14));
        long before = count("select count(*) from task_progress where task_id = " + task);
        PageClient officer = PageClient.signedIn(port, "sonha", Api.DEMO_PASSWORD);
        Page page = officer.get("/tasks/" + task);
        assertThat(page.status()).isEqualTo(200);
        Map<String, String> form =
                new LinkedHashMap<>(PageClient.hiddenFields(page.body(), "/tasks/" + task + "/progress"));
        form.put("note", "Đã họp thôn triển khai (bấm hai lần)");
        form.put("percent", "40");

        List<Page> answers = twice(() -> officer.postMultipart("/tasks/" + task + "/progress", form));

        assertOnce(answers);
        assertThat(count("select count(*) from task_progress where task_id = " + task))
                .isEqualTo(before + 1);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Sends the same request from two threads released together. */
    static List<Page> twice(Supplier<Page> send) {
        return twice(pool, send);
    }

    /** Sends the same request from two threads of {@code pool} (two or more threads) released together. */
    static <T> List<T> twice(ExecutorService pool, Supplier<T> send) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = List.of(
                pool.submit(() -> {
                    start.await();
                    return send.get();
                }),
                pool.submit(() -> {
                    start.await();
                    return send.get();
                }));
        start.countDown();
        return futures.stream()
                .map(f -> {
                    try {
                        return f.get(60, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    /** One answer did the action; the other went to the same place or was told the form was sent. */
    static void assertOnce(List<Page> answers) {
        assertThat(answers)
                .extracting(Page::status)
                .allSatisfy(s -> assertThat(s).isIn(200, 302, 303, 409));
        Page first = first(answers);
        Page other = answers.get(answers.get(0) == first ? 1 : 0);
        if (other.status() == 409) {
            assertThat(other.body()).contains("Biểu mẫu này đã được gửi");
        } else {
            assertThat(other.status()).isEqualTo(first.status());
            assertThat(other.location()).isEqualTo(first.location());
        }
    }

    static Page first(List<Page> answers) {
        return answers.stream()
                .filter(p -> p.status() < 400)
                .findFirst()
                .orElseThrow(() -> new AssertionError("neither answer did the action: "
                        + answers.stream().map(Page::status).toList()));
    }

    static String inputValue(String html, String name) {
        var m = java.util.regex.Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as("input " + name).isTrue();
        return m.group(1);
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** An enterprise of Xã Trung Xuân: every Quan Sơn commune already has its festival. */
    OrgUnit freshUnit(String name) {
        OrgUnit commune = units.systemFind("2024", "14995").orElseThrow();
        return jdbc.sql("select id from org_unit where parent_id = ? and name = ?")
                .params(commune.id(), name)
                .query(Long.class)
                .optional()
                .flatMap(units::systemFindById)
                .orElseGet(() ->
                        units.systemCreate(new CreateUnit(commune.id(), "ENTERPRISE", name, LocalDate.of(2020, 1, 1))));
    }

    String officerOf(OrgUnit unit, String username) {
        if (count("select count(*) from app_user where username = '" + username + "'") == 0) {
            accounts.systemCreate(
                    username, Api.DEMO_PASSWORD, "Cán bộ thử bấm hai lần", "Cán bộ", unit, Set.of(Role.UNIT_OFFICER));
        }
        return username;
    }
}
