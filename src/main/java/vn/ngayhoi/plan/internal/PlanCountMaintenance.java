package vn.ngayhoi.plan.internal;

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
        plans.shiftCounts(moved.unitId(), moved.ancestorsLeft(), moved.ancestorsJoined());
    }

    /** An imported list may re-parent any unit: the counts start again (a rare, bulk change). */
    @EventListener
    void on(UnitsImported imported) {
        plans.rebuildCounts();
    }
}
