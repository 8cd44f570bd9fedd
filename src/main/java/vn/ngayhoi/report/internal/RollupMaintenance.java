package vn.ngayhoi.report.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.orgunit.UnitEvents.UnitCreated;
import vn.ngayhoi.orgunit.UnitEvents.UnitDissolved;
import vn.ngayhoi.orgunit.UnitEvents.UnitMoved;
import vn.ngayhoi.orgunit.UnitEvents.UnitsImported;

/**
 * A moved unit takes its reports to other ancestors: the totals are recomputed in the move's
 * transaction. Any change of units moves every form's data version, so counts computed before it
 * are not reused.
 */
@Component
class RollupMaintenance {

    private final Rollups rollups;

    RollupMaintenance(Rollups rollups) {
        this.rollups = rollups;
    }

    @EventListener
    void on(UnitMoved moved) {
        rollups.touchAll();
        rollups.formsWithTotals().forEach(rollups::rebuild);
    }

    /** New, dissolved or imported units change how many reports are expected. */
    @EventListener
    void on(UnitCreated created) {
        rollups.touchAll();
    }

    @EventListener
    void on(UnitDissolved dissolved) {
        rollups.touchAll();
    }

    @EventListener
    void on(UnitsImported imported) {
        rollups.touchAll();
    }
}
