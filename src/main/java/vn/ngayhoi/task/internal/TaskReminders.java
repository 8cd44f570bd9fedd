package vn.ngayhoi.task.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.notification.DigestLine;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.notification.Recipient;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.task.Task;

/**
 * The morning digest. Tasks due in 3 days, due tomorrow (the offsets are configurable) and overdue
 * go to the accounts of their units as one digest per account and day; the hand-off notices of the
 * day before (a plan to approve, a report returned…) go in the same e-mail, and an account with
 * notices but no task line gets a digest of its own. Both in one run, because one e-mail per
 * account and day is the rule: a second job would find the day's digest already claimed. Safe to
 * run on every application instance at once: the notification module claims each account's digest
 * in the database first.
 */
@Component
public class TaskReminders {

    private final TaskRepository tasks;
    private final AccountManagement accounts;
    private final NotificationCenter notifications;
    private final List<Integer> offsets;

    TaskReminders(
            TaskRepository tasks,
            AccountManagement accounts,
            NotificationCenter notifications,
            @Value("${ngayhoi.reminders.offsets-days:3,1}") List<Integer> offsets) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.notifications = notifications;
        this.offsets = offsets;
    }

    /** Sends the digests for {@code today}; returns how many reminder lines were new. */
    public int run(LocalDate today) {
        List<LocalDate> dueDays = offsets.stream().map(today::plusDays).toList();
        Map<Long, List<DigestLine>> byUser = new LinkedHashMap<>();
        Map<Long, UserView> users = new LinkedHashMap<>();
        for (Task task : tasks.openDueOnOrBefore(dueDays, today)) {
            DigestLine line = line(task, today);
            for (UserView user : accounts.systemAccountsOfUnit(task.unitId())) {
                users.put(user.id(), user);
                byUser.computeIfAbsent(user.id(), k -> new ArrayList<>()).add(line);
            }
        }
        int sent = 0;
        for (var entry : byUser.entrySet()) {
            sent += notifications.sendDailyDigest(recipient(users.get(entry.getKey())), today, entry.getValue());
        }
        for (long userId : notifications.accountsWithUnmailedNotices()) {
            if (!byUser.containsKey(userId)) {
                accounts.systemFind(userId)
                        .filter(UserView::enabled)
                        .ifPresent(u -> notifications.sendDailyDigest(recipient(u), today, List.of()));
            }
        }
        return sent;
    }

    private static Recipient recipient(UserView u) {
        return new Recipient(u.id(), u.username(), u.fullName(), u.email());
    }

    private static DigestLine line(Task task, LocalDate today) {
        long days = task.daysLeft(today);
        String due = new Formats().date(task.dueDate());
        if (days < 0) {
            return DigestLine.inAppOnce(
                    "task:" + task.id(),
                    "task.reminder.overdue",
                    new Object[] {task.title(), due, -days},
                    "/tasks/" + task.id());
        }
        return new DigestLine(
                "task:" + task.id(),
                "task.reminder.due",
                new Object[] {task.title(), due, days},
                "/tasks/" + task.id());
    }

    /** The daily trigger, on by default; tests call {@link #run} with their own clock. */
    @Component
    @EnableScheduling
    @ConditionalOnProperty(name = "ngayhoi.reminders.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final TaskReminders reminders;
        private final Clock clock;
        private final vn.ngayhoi.shared.jobs.JobRuns runs;

        Schedule(TaskReminders reminders, Clock clock, vn.ngayhoi.shared.jobs.JobRuns runs) {
            this.reminders = reminders;
            this.clock = clock;
            this.runs = runs;
        }

        @Scheduled(cron = "${ngayhoi.reminders.cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
        void daily() {
            // once per day across every instance on this database (ADR 0033)
            LocalDate today = LocalDate.now(clock);
            if (runs.claim("task-reminders", today.toString())) {
                reminders.run(today);
            }
        }
    }
}
