package vn.ngayhoi.plan.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.orgunit.UnitEvents.UnitMoved;
import vn.ngayhoi.orgunit.UnitEvents.UnitsImported;

/**
 * A moved unit takes its subtree's plans from the ancestors it leaves to the ones it joins, in the
 * move's transaction (ADR 0040, as festivals do under ADR 0028): rows in proportion to the ancestors,
 * never a recount. A created unit has no plan yet and a dissolved one keeps its path, so neither
 * changes a count.
 */
@Component
class PlanCountMaintenance {

    private final PlanRepository plans;

    PlanCountMaintenance(PlanRepository plans) {
        this.plans = plans;
    }

    @EventListener
    void on(UnitMoved moved) {
        List<Long> before = keys(parent(moved.oldPath()));
        List<Long> after = keys(parent(moved.newPath()));
        // ancestors on both sides keep the subtree's plans: only the ones that differ are touched
        List<Long> left = new ArrayList<>(before);
        left.removeAll(after);
        List<Long> joined = new ArrayList<>(after);
        joined.removeAll(before);
        plans.shiftCounts(moved.unitId(), left, joined);
    }

    /** An imported list may re-parent any unit: the counts start again (a rare, bulk change). */
    @EventListener
    void on(UnitsImported imported) {
        plans.rebuildCounts();
    }

    private static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
    }

    /** The whole (0) and every unit on the path. */
    private static List<Long> keys(String path) {
        List<Long> keys = new ArrayList<>();
        keys.add(0L);
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                keys.add(Long.parseLong(part));
            }
        }
        return keys;
    }
}
