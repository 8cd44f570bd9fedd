package vn.ngayhoi.budget.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.budget.BudgetEvents.EstimateHandedOff;
import vn.ngayhoi.budget.BudgetEvents.SettlementClosed;
import vn.ngayhoi.budget.Estimate;
import vn.ngayhoi.budget.EstimateLine;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.shared.security.Role;

/**
 * The hand-offs of a budget: a submitted estimate to the department's officers, an appraised one to
 * the chairman, a returned or approved one to the requester (and, when approved, to every spending
 * unit), a closed settlement to the department.
 */
@Component
class BudgetNotices {

    private final BudgetRepository repository;
    private final AccountManagement accounts;
    private final NotificationCenter notifications;

    BudgetNotices(BudgetRepository repository, AccountManagement accounts, NotificationCenter notifications) {
        this.repository = repository;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(EstimateHandedOff handedOff) {
        Estimate e = repository.find(handedOff.estimateId()).orElseThrow();
        Set<Long> to = new LinkedHashSet<>();
        String link = "/budgets/" + e.id();
        switch (handedOff.to()) {
            case SUBMITTED -> add(to, e.appraiserUnitId(), Role.DEPARTMENT_OFFICER);
            case APPRAISED -> add(to, e.approverUnitId(), Role.LEADER);
            case RETURNED -> requester(to, e);
            case APPROVED -> {
                requester(to, e);
                for (EstimateLine l : e.lines()) {
                    add(to, l.spendingUnitId(), Role.UNIT_OFFICER, Role.STANDING_OFFICE);
                }
            }
            default -> {}
        }
        for (long user : to) {
            notifications.notify(
                    user, "budget.notice." + handedOff.to().name(), new Object[] {e.unitName(), e.title()}, link);
        }
    }

    @EventListener
    void on(SettlementClosed closed) {
        Estimate e = repository.find(closed.estimateId()).orElseThrow();
        Set<Long> to = new LinkedHashSet<>();
        add(to, e.appraiserUnitId(), Role.DEPARTMENT_OFFICER);
        String unit = e.lines().stream()
                .filter(l -> l.spendingUnitId() == closed.unitId())
                .map(EstimateLine::spendingUnitName)
                .findFirst()
                .orElse("");
        for (long user : to) {
            notifications.notify(
                    user,
                    "budget.notice.SETTLED",
                    new Object[] {unit, closed.spent()},
                    "/budgets/" + e.id() + "/spending");
        }
    }

    /** The requesting unit's officers, or the standing office of the approving unit when it has none. */
    private void requester(Set<Long> to, Estimate e) {
        int before = to.size();
        add(to, e.unitId(), Role.UNIT_OFFICER, Role.STANDING_OFFICE);
        if (to.size() == before) {
            add(to, e.approverUnitId(), Role.STANDING_OFFICE);
        }
    }

    private void add(Set<Long> to, long unitId, Role... roles) {
        for (UserView u : accounts.systemAccountsOfUnit(unitId, roles)) {
            if (u.enabled()) {
                to.add(u.id());
            }
        }
    }
}
