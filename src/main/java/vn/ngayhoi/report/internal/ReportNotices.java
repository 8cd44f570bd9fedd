package vn.ngayhoi.report.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.report.ReportEvents.ReportStatusChanged;

/**
 * Tells a unit's accounts at once when the level above returns or accepts their report: a returned
 * report with its reason is the one thing the unit must not miss.
 */
@Component
class ReportNotices {

    private final AccountManagement accounts;
    private final NotificationCenter notifications;

    ReportNotices(AccountManagement accounts, NotificationCenter notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(ReportStatusChanged changed) {
        String key = switch (changed.change()) {
            case "RETURNED" -> "report.notice.returned";
            case "ACCEPTED" -> "report.notice.accepted";
            default -> null;
        };
        if (key == null) {
            return;
        }
        for (var account : accounts.systemAccountsOfUnit(changed.unitId())) {
            notifications.notify(account.id(), key, new Object[] {changed.summary()}, "/reports/" + changed.reportId());
        }
    }
}
