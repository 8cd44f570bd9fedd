package vn.ngayhoi.task.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.task.Task;
import vn.ngayhoi.task.TaskEvents.TaskCreated;
import vn.ngayhoi.task.TaskEvents.TaskProgressed;
import vn.ngayhoi.task.TaskStatus;

/** A notice to the unit's officers when a task is given to it and when the assigner returns it. */
@Component
class TaskNotices {

    private final TaskRepository tasks;
    private final AccountManagement accounts;
    private final NotificationCenter notifications;

    TaskNotices(TaskRepository tasks, AccountManagement accounts, NotificationCenter notifications) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(TaskCreated created) {
        tell(tasks.find(created.taskId()).orElseThrow().task(), "task.notice.assigned");
    }

    @EventListener
    void on(TaskProgressed progressed) {
        if (progressed.to() == TaskStatus.RETURNED) {
            tell(tasks.find(progressed.taskId()).orElseThrow().task(), "task.notice.returned");
        }
    }

    private void tell(Task task, String key) {
        Object[] args = {
            task.title(),
            task.unitName(),
            new vn.ngayhoi.shared.Formats().date(task.dueDate()),
            task.returnReason() == null ? "" : task.returnReason()
        };
        for (var account : accounts.systemAccountsOfUnit(
                task.unitId(), Role.UNIT_OFFICER, Role.DEPARTMENT_OFFICER, Role.STANDING_OFFICE)) {
            notifications.notify(account.id(), key, args, "/tasks/" + task.id());
        }
    }
}
