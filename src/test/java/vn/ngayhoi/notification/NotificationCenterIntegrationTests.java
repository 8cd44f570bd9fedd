package vn.ngayhoi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;

/** Notices in the normal test context, where no SMTP server is configured; and the page. */
@IntegrationTest
class NotificationCenterIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    NotificationCenter center;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Formats fmt;

    @Test
    void withoutSmtpTheDigestStillMakesTheInAppNotices() {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable())
                .as("no spring.mail.host here")
                .isNull();
        long id = userId("theodoi");
        jdbc.sql("update app_user set email = ? where id = ?")
                .params("vivanson@quanson.example.vn", id)
                .update();
        Recipient theoDoi = new Recipient(id, "theodoi", "Vi Văn Sơn", "vivanson@quanson.example.vn");
        LocalDate day = LocalDate.of(2022, 10, 3);
        long unreadBefore = center.unread(id);

        int sent = center.sendDailyDigest(
                theoDoi,
                day,
                List.of(
                        new DigestLine(
                                "plan:801", "plan.todo.approve", new Object[] {"Kế hoạch xã Sơn Hà"}, "/plans/801"),
                        new DigestLine(
                                "plan:801", "plan.todo.approve", new Object[] {"Kế hoạch xã Sơn Hà"}, "/plans/801"),
                        new DigestLine("plan:802", "plan.todo.issue", new Object[] {"Kế hoạch huyện"}, null)));

        assertThat(sent).as("the repeated subject counts once").isEqualTo(2);
        assertThat(center.unread(id)).isEqualTo(unreadBefore + 2);
        assertThat(center.latest(id, 2))
                .extracting(NotificationCenter.Notice::text, NotificationCenter.Notice::link)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Duyệt kế hoạch: Kế hoạch xã Sơn Hà", "/plans/801"),
                        org.assertj.core.groups.Tuple.tuple("Ban hành kế hoạch đã duyệt: Kế hoạch huyện", null));
        assertThat(jdbc.sql("select mailed from notification_digest where user_id = ? and day = ?")
                        .params(id, day)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'NOTIFICATION_DIGEST_SENT' and target = ?")
                        .param("user:theodoi")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        // Once a day: the same call again announces nothing.
        assertThat(center.sendDailyDigest(
                        theoDoi,
                        day,
                        List.of(new DigestLine(
                                "plan:803", "plan.todo.issue", new Object[] {"Kế hoạch khác"}, "/plans/803"))))
                .isZero();
        assertThat(center.unread(id)).isEqualTo(unreadBefore + 2);
    }

    @Test
    void aWrongMessageKeyFailsAndLeavesTheDayUnclaimed() {
        long id = userId("chutich");
        Recipient chuTich = new Recipient(id, "chutich", "Lương Tiến Thành", null);
        LocalDate day = LocalDate.of(2022, 10, 7);
        long before = center.unread(id);

        assertThatThrownBy(() -> center.sendDailyDigest(
                        chuTich, day, List.of(new DigestLine("x:1", "no.such.key", new Object[0], "/"))))
                .isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> center.notify(id, "plan.todo.issue", new Object[] {"x"}, "https://evil.example"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(center.unread(id)).isEqualTo(before);
        assertThat(center.sendDailyDigest(
                        chuTich,
                        day,
                        List.of(new DigestLine("x:1", "plan.todo.issue", new Object[] {"Kế hoạch"}, "/plans/1"))))
                .isEqualTo(1);
    }

    @Test
    void thePageListsTheNoticesAndMarksThemAllRead() {
        long id = userId("noivu");
        center.markAllRead(id);
        center.notify(id, "plan.todo.makeOwn", new Object[] {"Kế hoạch số 05/KH-BCĐ huyện Quan Sơn"}, "/plans/77");
        NotificationCenter.Notice newest = center.latest(id, 1).get(0);
        assertThat(newest.read()).isFalse();
        assertThat(center.unread(id)).isEqualTo(1);

        Api api = new Api(port);
        String cookie = signIn(api, "noivu");
        Api.Reply page = api.getWithCookie("/notifications", cookie);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Thông báo")
                .contains("Lập kế hoạch của đơn vị theo: Kế hoạch số 05/KH-BCĐ huyện Quan Sơn")
                .contains("href=\"/plans/77\"")
                .contains(fmt.dateTime(newest.createdAt()))
                .contains("Chưa đọc: 1")
                .contains("Đánh dấu tất cả đã đọc");

        Api.Reply withoutToken = api.postForm("/notifications/read-all", "", cookie);
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(center.unread(id)).isEqualTo(1);

        Api.Reply done = api.postForm("/notifications/read-all", "_csrf=" + csrf(page.body()), cookie);
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.header("Location")).endsWith("/notifications");
        assertThat(center.unread(id)).isZero();
        assertThat(center.latest(id, 1).get(0).read()).isTrue();
        Api.Reply after = api.getWithCookie("/notifications", cookie);
        assertThat(after.body()).contains("Chưa đọc: 0").doesNotContain("Đánh dấu tất cả đã đọc");
    }

    private static String signIn(Api api, String username) {
        Api.Reply login = api.get("/login");
        Api.Reply ok = api.postForm(
                "/login",
                "username=" + username + "&password=Quanson%402022&_csrf=" + csrf(login.body()),
                cookie(login));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(ok.header("Location")).doesNotContain("error");
        return cookie(ok);
    }

    private static String cookie(Api.Reply reply) {
        String header = reply.header("Set-Cookie");
        assertThat(header).isNotNull();
        return header.split(";")[0];
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }
}
