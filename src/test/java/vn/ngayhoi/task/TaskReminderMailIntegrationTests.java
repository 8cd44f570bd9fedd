package vn.ngayhoi.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.CreateUser;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.TestClockConfiguration;
import vn.ngayhoi.task.internal.TaskReminders;

/**
 * Reminders through a real SMTP server with a fixed clock: the assignment arrives by e-mail the next
 * morning, once; a task due D arrives by e-mail at D−3 and D−1, is overdue at D+1, one digest per account and day, and two instances never mail twice.
 */
@IntegrationTest
class TaskReminderMailIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> "3025");
    }

    static final String ADDRESS = "can-bo.tamthanh@quanson.test";

    @Autowired
    TaskReminders reminders;

    @Autowired
    TaskManagement tasks;

    @Autowired
    AccountManagement accounts;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    private List<MimeMessage> mailTo(String address) throws Exception {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void remindersAtDMinus3AndDMinus1OverdueAtDPlus1OneDigestADayAndNoDuplicateAcrossInstances() throws Exception {
        // A residential area of its own, so that no demo task of xã Tam Thanh joins the digests.
        long tamThanh = jdbc.sql("select id from org_unit where structure_code = '2024' and code = '15007'")
                .query(Long.class)
                .single();
        var area = units.systemCreate(new UnitCommands.CreateUnit(
                tamThanh, "RESIDENTIAL_AREA", "Bản thử nhắc việc", LocalDate.of(2021, 1, 1)));
        long unit = area.id();
        SignedIn signedIn = new SignedIn(userDetails);
        signedIn.as("admin");
        var user = accounts.create(new CreateUser(
                "canbo.tamthanh.mail",
                "Mat-khau-du-dai-1",
                "Hà Văn Thanh",
                null,
                area.code(),
                Set.of(Role.UNIT_OFFICER)));
        accounts.systemSetEmail(user.id(), ADDRESS);
        assertThat(user.unitId()).isEqualTo(unit);
        signedIn.clear();
        LocalDate due = LocalDate.of(2022, 11, 20);
        Task task = tasks.systemCreate(
                null,
                null,
                null,
                "Nộp biên bản Ngày hội xã Tam Thanh",
                "Gửi biên bản và ảnh.",
                unit,
                unit,
                List.of(),
                due);

        // The hand-off (the task assigned) reaches the inbox the next morning, on its own: no
        // reminder is due yet.
        reminders.run(due.minusDays(4));
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(mailTo(ADDRESS)).hasSize(1);
        assertThat((String) mailTo(ADDRESS).get(0).getContent())
                .contains("Bản thử nhắc việc được giao nhiệm vụ \"Nộp biên bản Ngày hội xã Tam Thanh\"")
                .contains("/tasks/" + task.id())
                .doesNotContain("còn 3 ngày");

        reminders.run(due.minusDays(3));
        assertThat(greenMail.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(mailTo(ADDRESS)).hasSize(2);
        assertThat((String) mailTo(ADDRESS).get(1).getContent())
                .contains("Nộp biên bản Ngày hội xã Tam Thanh")
                .contains("còn 3 ngày")
                .as("a hand-off is mailed once")
                .doesNotContain("được giao nhiệm vụ");
        reminders.run(due.minusDays(3));
        assertThat(mailTo(ADDRESS)).as("one digest per account and day").hasSize(2);

        reminders.run(due.minusDays(2));
        assertThat(mailTo(ADDRESS)).as("no reminder two days before").hasSize(2);

        reminders.run(due.minusDays(1));
        assertThat(mailTo(ADDRESS)).hasSize(3);
        assertThat((String) mailTo(ADDRESS).get(2).getContent()).contains("còn 1 ngày");

        reminders.run(due);
        assertThat(mailTo(ADDRESS))
                .as("nothing on the day itself with offsets 3 and 1")
                .hasSize(3);
        assertThat(task.overdueOn(due)).isFalse();

        LocalDate dayAfter = due.plusDays(1);
        assertThat(task.overdueOn(dayAfter)).isTrue();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = two.submit(() -> {
                start.await();
                return reminders.run(dayAfter);
            });
            Future<Integer> b = two.submit(() -> {
                start.await();
                return reminders.run(dayAfter);
            });
            start.countDown();
            a.get();
            b.get();
        } finally {
            two.shutdownNow();
        }
        assertThat(mailTo(ADDRESS)).as("two instances, one overdue digest").hasSize(4);
        assertThat(mailTo(ADDRESS).get(3).getSubject()).contains(new Formats().date(dayAfter));
        assertThat((String) mailTo(ADDRESS).get(3).getContent()).contains("đã quá hạn 1 ngày");
        // Reminders only: the task's creation also sent its "task assigned" notice.
        assertThat(jdbc.sql(
                                "select count(*) from notification where user_id = ? and message_key like 'task.reminder.%'")
                        .param(user.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);

        // The next day the e-mail says it again; the application does not add a notice a day.
        reminders.run(dayAfter.plusDays(1));
        assertThat(mailTo(ADDRESS)).hasSize(5);
        assertThat((String) mailTo(ADDRESS).get(4).getContent()).contains("đã quá hạn 2 ngày");
        assertThat(jdbc.sql(
                                "select count(*) from notification where user_id = ? and message_key like 'task.reminder.%'")
                        .param(user.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }
}
