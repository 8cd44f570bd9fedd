package vn.ngayhoi.commendation;

import org.springframework.stereotype.Component;
import vn.ngayhoi.commendation.internal.RoundRepository;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/**
 * Who reaches what in a round, on top of the one access policy. A round is seen from the deciding
 * authority's subtree, by the units under it (they nominate) and by the department that vets it
 * (which sits beside the communes, not above them). A nomination is seen by accounts whose scope holds
 * the nominating unit and by the vetting department; an individual's personal fields only by the
 * nominating unit, the vetting department and the authority's standing office and leaders (the
 * council and the deciding chairman).
 */
@Component
class CommendationAccess {

    private final AccessPolicy policy;
    private final RoundRepository rounds;

    CommendationAccess(AccessPolicy policy, RoundRepository rounds) {
        this.policy = policy;
        this.rounds = rounds;
    }

    Actor actor() {
        return policy.requireActor();
    }

    boolean seesRound(Actor a, Round r) {
        var scope = policy.scopeOf(a);
        return a.unitId() == r.vettingUnitId()
                || scope.contains(r.authorityUnitPath())
                || scope.pathPrefix().startsWith(r.authorityUnitPath());
    }

    /** The round, or 404 (audited) when the account may not know of it. */
    Round round(long id) {
        Round r = rounds.find(id).orElseThrow(() -> new NotFoundException("commendation_round#" + id));
        Actor a = actor();
        if (!seesRound(a, r)) {
            throw policy.refuse(a, "commendation_round:" + id);
        }
        return r;
    }

    boolean seesNomination(Actor a, Round r, Nomination n) {
        return a.unitId() == r.vettingUnitId() || policy.canSee(a, n.unitPath());
    }

    boolean personal(Actor a, Round r, Nomination n) {
        return a.unitId() == n.unitId()
                || a.unitId() == r.vettingUnitId()
                || (a.unitId() == r.authorityUnitId() && (a.has(Role.STANDING_OFFICE) || a.has(Role.LEADER)));
    }

    /** The nomination as this account may read it. */
    Nomination shown(Actor a, Round r, Nomination n) {
        return personal(a, r, n) ? n : n.withoutPersonal();
    }

    boolean vets(Actor a, Round r) {
        return a.unitId() == r.vettingUnitId() && a.has(Role.DEPARTMENT_OFFICER);
    }

    /** The standing office of the authority, or the vetting department: they run the round and the council. */
    boolean runs(Actor a, Round r) {
        return vets(a, r) || (a.has(Role.STANDING_OFFICE) && policy.canSee(a, r.authorityUnitPath()));
    }

    boolean decides(Actor a, Round r) {
        return a.has(Role.LEADER) && policy.canSee(a, r.authorityUnitPath());
    }

    boolean nominates(Actor a) {
        return a.has(Role.UNIT_OFFICER) || a.has(Role.STANDING_OFFICE);
    }

    /** 403 (audited) when {@code allowed} is false: the target is visible, the role is missing. */
    void require(boolean allowed) {
        if (!allowed) {
            policy.requireAnyRole();
        }
    }
}
