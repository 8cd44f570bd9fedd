package vn.ngayhoi.outreach.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.outreach.CoverageAssignment;
import vn.ngayhoi.outreach.OutreachEvents.CoverageAssigned;
import vn.ngayhoi.shared.security.Role;

/** The hand-off of a coverage assignment: the assignee's officers are told what to cover and by when. */
@Component
class OutreachNotices {

    private final CoverageRepository coverage;
    private final AccountManagement accounts;
    private final NotificationCenter notifications;

    OutreachNotices(CoverageRepository coverage, AccountManagement accounts, NotificationCenter notifications) {
        this.coverage = coverage;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(CoverageAssigned assigned) {
        CoverageAssignment a = coverage.find(assigned.assignmentId()).orElseThrow();
        for (UserView u : accounts.systemAccountsOfUnit(
                a.unitId(), Role.UNIT_OFFICER, Role.DEPARTMENT_OFFICER, Role.STANDING_OFFICE)) {
            if (u.enabled()) {
                notifications.notify(
                        u.id(),
                        "outreach.notice.coverage",
                        new Object[] {a.festivalUnitName(), a.dueDate()},
                        "/outreach/coverage/" + a.id());
            }
        }
    }
}
