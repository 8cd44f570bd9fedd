package vn.ngayhoi.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.outreach.internal.ModelRepository;
import vn.ngayhoi.shared.Slice;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;

/**
 * The practice models list read a page at a time (issue 20): the page and how many match in two
 * statements, the stage filter computed in SQL with the clock's date so that it agrees with the
 * badges. Apart from {@link ModelRegistry}, which keeps one model's life.
 */
@Service
public class ModelLists {

    private final ModelRepository models;
    private final UnitPicker picker;
    private final AccessPolicy policy;
    private final Clock clock;

    ModelLists(ModelRepository models, UnitPicker picker, AccessPolicy policy, Clock clock) {
        this.models = models;
        this.picker = picker;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * One page of the models of {@code unit}'s subtree (the caller's scope when blank), by id;
     * {@code status} is a {@link ModelStage} name or {@code ACTIVE} (working), blank for all. A unit
     * outside the scope answers 404 and an unknown status 400.
     */
    public Slice<PracticeModel> page(String unit, String status, long offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        String prefix = policy.currentScope().pathPrefix();
        if (unit != null && !unit.isBlank()) {
            OrgUnit u = picker.filter("unit", unit, today);
            policy.requireVisible(u.path(), "org_unit:" + u.code());
            prefix = u.path();
        }
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        ModelStage stage = null;
        if (s != null && !s.equals("ACTIVE")) {
            try {
                stage = ModelStage.valueOf(s);
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("status", "outreach.model.status.invalid", status);
            }
        }
        return models.page(prefix, stage == null ? null : stage.name(), "ACTIVE".equals(s), today, offset, limit);
    }
}
