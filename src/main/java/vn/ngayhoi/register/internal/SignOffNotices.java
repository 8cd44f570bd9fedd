package vn.ngayhoi.register.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.SignOffStatus;
import vn.ngayhoi.register.SignOffs;
import vn.ngayhoi.register.SignOffs.SignOffMoved;
import vn.ngayhoi.shared.security.Role;

/**
 * A notice at each hand-off of a sign-off: submitted, to the leaders of the signing unit; approved or returned
 * (with the reason), to the officers of the issuing unit, who issue or fix it.
 */
@Component
class SignOffNotices {

    private final OrgUnitManagement units;
    private final AccountManagement accounts;
    private final NotificationCenter notifications;
    private final SignOffs signOffs;

    SignOffNotices(
            OrgUnitManagement units, AccountManagement accounts, NotificationCenter notifications, SignOffs signOffs) {
        this.units = units;
        this.signOffs = signOffs;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(SignOffMoved moved) {
        Role[] roles;
        if (moved.to() == SignOffStatus.SUBMITTED) {
            roles = new Role[] {Role.LEADER};
        } else if (moved.to() == SignOffStatus.APPROVED || moved.to() == SignOffStatus.RETURNED) {
            roles = new Role[] {Role.UNIT_OFFICER, Role.STANDING_OFFICE};
        } else {
            return;
        }
        OrgUnit unit = units.systemFindById(moved.registerUnitId()).orElseThrow();
        Object[] args = {moved.subject(), unit.name(), moved.reason() == null ? "" : moved.reason()};
        long to = moved.to() == SignOffStatus.SUBMITTED ? signOffs.signingUnit(unit.id()) : unit.actingUnitId();
        for (var account : accounts.systemAccountsOfUnit(to, roles)) {
            notifications.notify(account.id(), "signoff.notice." + moved.to(), args, moved.pagePath());
        }
    }
}
