package vn.ngayhoi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.notification.DigestLine;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.notification.Recipient;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.IntegrationTest;

/**
 * The digest e-mail against a real SMTP server (GreenMail on port 3025). Setting {@code
 * spring.mail.host} makes a Spring context of its own, so every mail assertion lives in this one
 * class. Each test uses its own days, so the tests do not depend on each other's order.
 */
@IntegrationTest
class NotificationDigestMailIntegrationTests {

    static final String BASE_URL = "https://ngayhoi.example.vn";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> 3025);
        registry.add("ngayhoi.base-url", () -> BASE_URL + "/");
        registry.add("ngayhoi.mail.from", () -> "ban-chi-dao@ngayhoi.example.vn");
    }

    @Autowired
    NotificationCenter center;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Formats fmt;

    @Autowired
    Clock clock;

    @Autowired
    ObjectProvider<JavaMailSender> mailSender;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JsonMapper json;

    @Autowired
    PlatformTransactionManager transactions;

    static final DigestLine MAKE_OWN = new DigestLine(
            "plan:901", "plan.todo.makeOwn", new Object[] {"Kế hoạch tổ chức Ngày hội xã Sơn Hà"}, "/plans/901");
    static final DigestLine APPROVE =
            new DigestLine("plan:902", "plan.todo.approve", new Object[] {"Kế hoạch của bản Bóng"}, "/plans/902");
    static final DigestLine ISSUE =
            new DigestLine("plan:903", "plan.todo.issue", new Object[] {"Kế hoạch xã Mường Mìn"}, "/plans/903");

    @Test
    void oneEmailADayWithEveryNewLineInVietnameseAndTheNextDayANewOne() throws Exception {
        Recipient sonHa = recipientWithEmail("sonha", "lothihoa@sonha.example.vn");
        LocalDate day = LocalDate.of(2022, 9, 1);
        long before = notices(sonHa.userId());

        assertThat(center.sendDailyDigest(sonHa, day, List.of(MAKE_OWN, APPROVE)))
                .isEqualTo(2);

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Ngày hội: thông báo ngày 01/09/2022");
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo("lothihoa@sonha.example.vn");
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getPersonal()).isEqualTo("Lò Thị Hoa");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("ban-chi-dao@ngayhoi.example.vn");
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        String body = (String) mail.getContent();
        assertThat(body)
                .contains("Kính gửi Lò Thị Hoa,")
                .contains("- Lập kế hoạch của đơn vị theo: Kế hoạch tổ chức Ngày hội xã Sơn Hà: " + BASE_URL
                        + "/plans/901")
                .contains("- Duyệt kế hoạch: Kế hoạch của bản Bóng: " + BASE_URL + "/plans/902")
                .contains(BASE_URL + "/notifications");
        assertThat(notices(sonHa.userId())).isEqualTo(before + 2);
        assertThat(mailed(sonHa.userId(), day)).isTrue();

        // Same day, one more line: the day's digest is already out, nothing new goes anywhere.
        assertThat(center.sendDailyDigest(sonHa, day, List.of(MAKE_OWN, APPROVE, ISSUE)))
                .isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(notices(sonHa.userId())).isEqualTo(before + 2);

        // The next day is a new digest.
        assertThat(center.sendDailyDigest(sonHa, day.plusDays(1), List.of(MAKE_OWN, APPROVE, ISSUE)))
                .isEqualTo(3);
        assertThat(greenMail.waitForIncomingEmail(5_000, 2)).isTrue();
        received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getSubject()).isEqualTo("Ngày hội: thông báo ngày 02/09/2022");
        assertThat((String) received[1].getContent())
                .contains("- Ban hành kế hoạch đã duyệt: Kế hoạch xã Mường Mìn: " + BASE_URL + "/plans/903");
        assertThat(notices(sonHa.userId())).isEqualTo(before + 5);
    }

    @Test
    void twoInstancesAtOnceSendOneEmail() throws Exception {
        Recipient sonHa = recipientWithEmail("sonha", "lothihoa@sonha.example.vn");
        LocalDate day = LocalDate.of(2022, 9, 20);
        long before = notices(sonHa.userId());
        JdbcNotificationCenter first = newInstance();
        JdbcNotificationCenter second = newInstance();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(digestWhen(start, first, sonHa, day));
            Future<Integer> b = pool.submit(digestWhen(start, second, sonHa, day));
            start.countDown();
            List<Integer> results = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
            assertThat(results).containsExactlyInAnyOrder(2, 0);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        // Both calls have returned, and a call mails before it returns: this is the final count.
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(notices(sonHa.userId())).isEqualTo(before + 2);
    }

    @Test
    void aRecipientWithoutEmailGetsTheNoticesInTheApplicationOnly() {
        Long id = userId("muongmin");
        jdbc.sql("update app_user set email = null where id = ?").param(id).update();
        Recipient muongMin = new Recipient(id, "muongmin", "Phạm Văn Dũng", null);
        LocalDate day = LocalDate.of(2022, 9, 5);
        long before = notices(id);

        assertThat(center.sendDailyDigest(muongMin, day, List.of(MAKE_OWN, ISSUE)))
                .isEqualTo(2);

        assertThat(notices(id)).isEqualTo(before + 2);
        assertThat(center.latest(id, 2))
                .extracting(NotificationCenter.Notice::text)
                .containsExactlyInAnyOrder(
                        "Lập kế hoạch của đơn vị theo: Kế hoạch tổ chức Ngày hội xã Sơn Hà",
                        "Ban hành kế hoạch đã duyệt: Kế hoạch xã Mường Mìn");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(mailed(id, day)).isFalse();
    }

    @Test
    void aRolledBackDigestMailsNothingAndLeavesTheDayUnclaimed() throws Exception {
        Recipient sonHa = recipientWithEmail("sonha", "lothihoa@sonha.example.vn");
        LocalDate day = LocalDate.of(2022, 9, 25);
        long before = notices(sonHa.userId());

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(center.sendDailyDigest(sonHa, day, List.of(MAKE_OWN))).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(notices(sonHa.userId())).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from notification_digest where user_id = ? and day = ?")
                        .params(sonHa.userId(), day)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(center.sendDailyDigest(sonHa, day, List.of(MAKE_OWN))).isEqualTo(1);
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    private Callable<Integer> digestWhen(
            CountDownLatch start, NotificationCenter instance, Recipient recipient, LocalDate day) {
        return () -> {
            assertThat(start.await(10, TimeUnit.SECONDS)).isTrue();
            return instance.sendDailyDigest(recipient, day, List.of(MAKE_OWN, APPROVE));
        };
    }

    /** A second application instance: its own service object over the same database and SMTP. */
    private JdbcNotificationCenter newInstance() {
        return new JdbcNotificationCenter(
                jdbc,
                messages,
                fmt,
                clock,
                mailSender,
                events,
                json,
                transactions,
                BASE_URL,
                "ban-chi-dao@ngayhoi.example.vn");
    }

    /**
     * A citizen who left an e-mail address is told when the answer is out, in plain text: whatever
     * the opinion or the answer holds reaches the mail client as text, never as markup.
     */
    @Test
    void aCitizenWhoLeftAnAddressGetsTheAnswerOnceItIsApprovedInPlainText(
            @Autowired vn.ngayhoi.forum.PublicForum publicForum,
            @Autowired vn.ngayhoi.forum.Forum forum,
            @Autowired org.springframework.security.core.userdetails.UserDetailsService users)
            throws Exception {
        String address = "nguoi-dan.quangtrung@example.vn";
        var received = publicForum.submit(
                new vn.ngayhoi.forum.PublicForum.Submission(
                        "15085",
                        "GIAO_THONG",
                        "Đường vào bản lầy lội <b>nguy hiểm</b>.",
                        false,
                        "Lê Văn Dân",
                        address,
                        null),
                java.util.List.of(),
                "10.9.8.7");
        long id = jdbc.sql("select id from forum_opinion where tracking_hash = ?")
                .param(vn.ngayhoi.forum.internal.TrackingCodes.hash(received.trackingCode()))
                .query(Long.class)
                .single();
        vn.ngayhoi.support.Territories.account(
                context,
                "mail.chutich.ngoclac",
                "Mat-khau-thu-dien-1",
                "Bùi Văn Thư",
                context.getBean(vn.ngayhoi.orgunit.OrgUnitManagement.class)
                        .systemFind("2024", "389")
                        .orElseThrow(),
                vn.ngayhoi.shared.security.Role.LEADER);
        vn.ngayhoi.support.SignedIn signedIn = new vn.ngayhoi.support.SignedIn(users);
        signedIn.as("mail.chutich.ngoclac");
        try {
            forum.answer(
                    id,
                    "Xã đã san gạt đường <script>x</script> trong tuần.",
                    forum.get(id).version());
        } finally {
            signedIn.clear();
        }
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        var mails = java.util.Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains(address);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Trả lời ý kiến của bạn gửi Xã Quang Trung");
        assertThat(mails.get(0).getContentType()).startsWith("text/plain");
        assertThat((String) mails.get(0).getContent())
                .contains("Kính gửi Lê Văn Dân")
                .contains("Xã đã san gạt đường <script>x</script> trong tuần.");
        assertThat(jdbc.sql("select count(*) from forum_opinion where contact = ?")
                        .param(address)
                        .query(Long.class)
                        .single())
                .as("the address stays with its opinion only")
                .isEqualTo(1);
    }

    private Recipient recipientWithEmail(String username, String email) {
        long id = userId(username);
        jdbc.sql("update app_user set email = ? where id = ?").params(email, id).update();
        String fullName = jdbc.sql("select full_name from app_user where id = ?")
                .param(id)
                .query(String.class)
                .single();
        return new Recipient(id, username, fullName, email);
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private long notices(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ?")
                .param(userId)
                .query(Long.class)
                .single();
    }

    private boolean mailed(long userId, LocalDate day) {
        return jdbc.sql("select mailed from notification_digest where user_id = ? and day = ?")
                .params(userId, day)
                .query(Boolean.class)
                .single();
    }
}
