package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.PageClient.Page;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * The forum's buttons clicked twice at once (the same rendered form sent twice together): one
 * result stored, the other answer the same redirect or the Vietnamese 409, never a 5xx. Xã Đồng
 * Thịnh of Ngọc Lặc, its own accounts.
 */
@IntegrationTest
class ForumDoubleSubmitIntegrationTests {

    static final String PASSWORD = "Mat-khau-hai-lan-1";
    static final String DONG_THINH = "15088";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aDoubleClickedOpinionTheAnswerToItAndANewTopicAreEachStoredOnce() {
        clock.set(LocalDateTime.of(2022, 8, 10, 17, 5).atZone(Formats.ZONE).toInstant());
        Territories.account(
                context,
                "fd.dongthinh",
                PASSWORD,
                "Mai Văn Thịnh",
                Territories.unit(context, DONG_THINH),
                Role.UNIT_OFFICER);
        Territories.account(
                context,
                "fd.ngoclac",
                PASSWORD,
                "Trịnh Văn Lạc",
                Territories.unit(context, "389"),
                Role.STANDING_OFFICE);

        // A citizen's form, sent twice.
        PageClient citizen = new PageClient(port);
        Map<String, String> form = new LinkedHashMap<>(
                PageClient.hiddenFields(citizen.get("/y-kien").body(), "/y-kien"));
        form.put("communeName", "Xã Đồng Thịnh (Huyện Ngọc Lặc)");
        form.put("topic", "GIAO_THONG");
        form.put("text", "Ổ gà lớn giữa đường liên xã, bấm gửi hai lần.");
        form.put("anonymous", "true");
        List<Page> sent = DoubleSubmitIntegrationTests.twice(pool, () -> citizen.postMultipart("/y-kien", form));
        DoubleSubmitIntegrationTests.assertOnce(sent);
        assertThat(count("select count(*) from forum_opinion where text = ?", form.get("text")))
                .isEqualTo(1);
        long id = count("select id from forum_opinion where text = ?", form.get("text"));

        // The officer's answer, sent twice.
        PageClient officer = PageClient.signedIn(port, "fd.dongthinh", PASSWORD);
        Map<String, String> answer = new LinkedHashMap<>(
                PageClient.hiddenFields(officer.get("/forum/" + id).body(), "/forum/" + id + "/answer"));
        answer.put("text", "Đã báo Ủy ban xã vá đường.");
        List<Page> answered =
                DoubleSubmitIntegrationTests.twice(pool, () -> officer.post("/forum/" + id + "/answer", answer));
        DoubleSubmitIntegrationTests.assertOnce(answered);
        assertThat(count(
                        "select count(*) from audit_entry where target = ? and action = 'OPINION_ANSWER_DRAFTED'",
                        "opinion:" + id))
                .isEqualTo(1);
        assertThat(count("select version from forum_opinion where id = ?", id)).isEqualTo(1);

        // A topic, added twice.
        PageClient office = PageClient.signedIn(port, "fd.ngoclac", PASSWORD);
        Map<String, String> topic = new LinkedHashMap<>(
                PageClient.hiddenFields(office.get("/forum/topics").body(), "/forum/topics"));
        topic.put("name", "Bạo lực gia đình");
        List<Page> added = DoubleSubmitIntegrationTests.twice(pool, () -> office.post("/forum/topics", topic));
        DoubleSubmitIntegrationTests.assertOnce(added);
        assertThat(count("select count(*) from forum_topic where name = 'Bạo lực gia đình'"))
                .isEqualTo(1);

        // A NUL byte in any of them: a Vietnamese 400 naming the field, nothing stored.
        Map<String, String> nul = new LinkedHashMap<>(
                PageClient.hiddenFields(office.get("/forum/topics").body(), "/forum/topics"));
        nul.put("name", "Lĩnh vực\u0000thử");
        Page refused = office.post("/forum/topics", nul);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("name");
        assertThat(count("select count(*) from forum_topic where name like 'Lĩnh vực%'"))
                .isZero();
    }
}
