package vn.ngayhoi.evaluation.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.evaluation.Evaluation;
import vn.ngayhoi.evaluation.EvaluationEvents.EvaluationDecided;
import vn.ngayhoi.evaluation.EvaluationEvents.EvaluationReturned;
import vn.ngayhoi.evaluation.EvaluationEvents.EvaluationSubmitted;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.security.Role;

/**
 * A notice at each hand-off: a submitted self-assessment to the authority's leaders; a decision or
 * a return to the unit's officers, or, for a khu dân cư without accounts of its own, to the officers
 * of the commune that acts for it.
 */
@Component
class EvaluationNotices {

    private static final Role[] OFFICERS = {Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.LEADER};

    private final EvaluationRepository evaluations;
    private final AccountManagement accounts;
    private final OrgUnitManagement units;
    private final NotificationCenter notifications;

    EvaluationNotices(
            EvaluationRepository evaluations,
            AccountManagement accounts,
            OrgUnitManagement units,
            NotificationCenter notifications) {
        this.evaluations = evaluations;
        this.accounts = accounts;
        this.units = units;
        this.notifications = notifications;
    }

    @EventListener
    void on(EvaluationSubmitted submitted) {
        Evaluation e = evaluations.find(submitted.evaluationId()).orElseThrow();
        tell(accounts.systemAccountsOfUnit(e.authorityUnitId(), Role.LEADER), "evaluation.notice.submitted", e);
    }

    @EventListener
    void on(EvaluationDecided decided) {
        Evaluation e = evaluations.find(decided.evaluationId()).orElseThrow();
        tell(
                officersFor(e),
                decided.recognised() ? "evaluation.notice.recognised" : "evaluation.notice.notRecognised",
                e);
    }

    @EventListener
    void on(EvaluationReturned returned) {
        Evaluation e = evaluations.find(returned.evaluationId()).orElseThrow();
        tell(officersFor(e), "evaluation.notice.returned", e);
    }

    private List<UserView> officersFor(Evaluation e) {
        List<UserView> own = accounts.systemAccountsOfUnit(e.unitId(), OFFICERS);
        if (!own.isEmpty()) {
            return own;
        }
        OrgUnit unit = units.systemFindById(e.unitId()).orElseThrow();
        return unit.parentId() == null ? List.of() : accounts.systemAccountsOfUnit(unit.parentId(), OFFICERS);
    }

    private void tell(List<UserView> who, String key, Evaluation e) {
        Object[] args = {e.unitName(), e.year()};
        for (UserView u : who) {
            if (u.enabled()) {
                notifications.notify(u.id(), key, args, "/evaluation/" + e.id());
            }
        }
    }
}
