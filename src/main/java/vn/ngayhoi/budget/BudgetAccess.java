package vn.ngayhoi.budget;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.ngayhoi.budget.internal.BudgetRepository;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/**
 * Who reaches what in a budget, on top of the one access policy. An estimate is seen from its
 * requesting unit's subtree, by the department that appraises it (beside the requester, not above it)
 * and from the approving chairman's subtree; a spending unit sees only the lines allocated to it and
 * their payments. Only an officer of the appraising department appraises and only a leader of the
 * approving unit approves: anyone else who sees the estimate gets 403.
 */
@Component
class BudgetAccess {

    private final AccessPolicy policy;
    private final BudgetRepository repository;

    BudgetAccess(AccessPolicy policy, BudgetRepository repository) {
        this.policy = policy;
        this.repository = repository;
    }

    Actor actor() {
        return policy.requireActor();
    }

    String prefix(Actor a) {
        return a.has(Role.ADMIN) ? null : policy.scopeOf(a).pathPrefix();
    }

    boolean seesWhole(Actor a, Estimate e) {
        return a.unitId() == e.appraiserUnitId() || policy.canSee(a, e.unitPath()) || sitsAbove(a, e);
    }

    private boolean sitsAbove(Actor a, Estimate e) {
        return a.unitId() == e.approverUnitId();
    }

    /** The estimate as a whole, or 404 (audited) for anyone who may not read all of it. */
    Estimate whole(long id) {
        Estimate e = find(id);
        Actor a = actor();
        if (!seesWhole(a, e)) {
            throw policy.refuse(a, "budget:" + id);
        }
        return e;
    }

    /** The estimate when the account sees it whole or spends one of its lines; 404 otherwise. */
    Estimate visible(long id) {
        Estimate e = find(id);
        Actor a = actor();
        if (!seesWhole(a, e) && e.lines().stream().noneMatch(l -> policy.canSee(a, l.spendingUnitPath()))) {
            throw policy.refuse(a, "budget:" + id);
        }
        return e;
    }

    /** The lines the account may read: all of them, or those of spending units in its subtree. */
    Estimate shown(Actor a, Estimate e) {
        if (seesWhole(a, e)) {
            return e;
        }
        return new Estimate(
                e.id(),
                e.campaignId(),
                e.unitId(),
                e.unitCode(),
                e.unitName(),
                e.unitPath(),
                e.appraiserUnitId(),
                e.approverUnitId(),
                e.title(),
                e.status(),
                e.revision(),
                e.submissionNumber(),
                e.submissionDocId(),
                null,
                null,
                e.approvalNumber(),
                e.approvalDocId(),
                e.approvedOn(),
                e.version(),
                e.lines().stream()
                        .filter(l -> policy.canSee(a, l.spendingUnitPath()))
                        .toList());
    }

    /** A path prefix for the spending units the account may read in this estimate (null: all). */
    String linePrefix(Actor a, Estimate e) {
        return seesWhole(a, e) ? null : policy.scopeOf(a).pathPrefix();
    }

    private Estimate find(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("budget#" + id));
    }

    boolean drafts(Actor a, Estimate e) {
        return (a.has(Role.UNIT_OFFICER) || a.has(Role.STANDING_OFFICE)) && policy.canSee(a, e.unitPath());
    }

    boolean appraises(Actor a, Estimate e) {
        return a.has(Role.DEPARTMENT_OFFICER) && a.unitId() == e.appraiserUnitId();
    }

    boolean approves(Actor a, Estimate e) {
        return a.has(Role.LEADER) && a.unitId() == e.approverUnitId();
    }

    boolean spends(Actor a, EstimateLine l) {
        return (a.has(Role.UNIT_OFFICER) || a.has(Role.STANDING_OFFICE)) && policy.canSee(a, l.spendingUnitPath());
    }

    /** 403 (audited) when {@code allowed} is false: the estimate is visible, the role is missing. */
    void require(boolean allowed) {
        if (!allowed) {
            policy.requireAnyRole();
        }
    }

    boolean canSeePath(Actor a, String path) {
        return policy.canSee(a, path);
    }

    NotFoundException refuse(Actor a, String target) {
        return policy.refuse(a, target);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
