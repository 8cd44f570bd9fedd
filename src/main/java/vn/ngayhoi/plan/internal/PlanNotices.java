package vn.ngayhoi.plan.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanEvents.PlanChanged;
import vn.ngayhoi.plan.PlanEvents.PlanIssued;
import vn.ngayhoi.plan.PlanStatus;
import vn.ngayhoi.shared.security.Role;

/**
 * A notice at each hand-off of a plan: submitted, to the leaders who approve it; approved or
 * returned, to the officers who wrote it; issued, to every account of every recipient unit. Each
 * names the plan and its unit.
 */
@Component
class PlanNotices {

    private final PlanRepository plans;
    private final OrgUnitManagement units;
    private final AccountManagement accounts;
    private final NotificationCenter notifications;

    PlanNotices(
            PlanRepository plans,
            OrgUnitManagement units,
            AccountManagement accounts,
            NotificationCenter notifications) {
        this.plans = plans;
        this.units = units;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(PlanChanged changed) {
        String key;
        Role[] roles;
        if (changed.to() == PlanStatus.SUBMITTED) {
            key = "plan.notice.submitted";
            roles = new Role[] {Role.LEADER};
        } else if (changed.to() == PlanStatus.APPROVED) {
            key = "plan.notice.approved";
            roles = new Role[] {Role.UNIT_OFFICER, Role.STANDING_OFFICE};
        } else if (changed.to() == PlanStatus.RETURNED) {
            key = "plan.notice.returned";
            roles = new Role[] {Role.UNIT_OFFICER, Role.STANDING_OFFICE};
        } else {
            return;
        }
        Plan plan = plans.find(changed.planId()).orElseThrow().plan();
        OrgUnit unit = units.systemFindById(plan.unitId()).orElseThrow();
        Object[] args = {plan.content().subject(), unit.name(), changed.note() == null ? "" : changed.note()};
        for (var account : accounts.systemAccountsOfUnit(unit.actingUnitId(), roles)) {
            notifications.notify(account.id(), key, args, "/plans/" + plan.id());
        }
    }

    @EventListener
    void on(PlanIssued issued) {
        Plan plan = plans.find(issued.planId()).orElseThrow().plan();
        OrgUnit issuer = units.systemFindById(plan.unitId()).orElseThrow();
        Object[] args = {issued.numberLine(), plan.content().subject(), issuer.name()};
        for (long recipient : issued.recipientUnitIds()) {
            for (var account : accounts.systemAccountsOfUnit(recipient, Role.values())) {
                notifications.notify(account.id(), "plan.notice.issued", args, "/plans/" + plan.id());
            }
        }
    }
}
