package vn.ngayhoi.report.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.orgunit.UnitEvents.UnitMoved;

/** A moved unit takes its reports to other ancestors: the totals are recomputed in the move's transaction. */
@Component
class RollupMaintenance {

    private final Rollups rollups;

    RollupMaintenance(Rollups rollups) {
        this.rollups = rollups;
    }

    @EventListener
    void on(UnitMoved moved) {
        rollups.formsWithTotals().forEach(rollups::rebuild);
    }
}
