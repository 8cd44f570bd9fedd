package vn.ngayhoi.register.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.SignOff;
import vn.ngayhoi.register.SignOffStatus;
import vn.ngayhoi.register.SignOffs;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/**
 * Documents waiting on someone: the signer approves what was submitted; the officers of the
 * issuing unit submit a draft, fix a returned one, and issue an approved one.
 */
@Component
class SignOffTodos implements TodoSource {

    private final SignOffStore store;
    private final OrgUnitManagement units;
    private final SignOffs signOffs;
    private final AccessPolicy policy;

    SignOffTodos(SignOffStore store, OrgUnitManagement units, SignOffs signOffs, AccessPolicy policy) {
        this.store = store;
        this.units = units;
        this.signOffs = signOffs;
        this.policy = policy;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        if (actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE)) {
            for (SignOff s : store.ofActingUnit(
                    actor.unitId(), List.of(SignOffStatus.DRAFT, SignOffStatus.RETURNED, SignOffStatus.APPROVED))) {
                items.add(item(s, "SIGNOFF_" + s.status(), "signoff.todo." + s.status(), s.returnReason()));
            }
        }
        if (actor.has(Role.LEADER)) {
            for (SignOff s : store.submittedUnder(policy.scopeOf(actor).pathPrefix())) {
                if (signOffs.maySign(actor, s)) {
                    items.add(item(s, "SIGNOFF_APPROVE", "signoff.todo.approve", null));
                }
            }
        }
        return items;
    }

    private TodoItem item(SignOff s, String kind, String key, String note) {
        OrgUnit unit = units.systemFindById(s.registerUnitId()).orElseThrow();
        return new TodoItem(kind, key, new Object[] {s.subject()}, s.pagePath(), null, unit.code(), unit.name(), note);
    }
}
