package vn.ngayhoi.festival.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.orgunit.UnitEvents.UnitMoved;
import vn.ngayhoi.orgunit.UnitEvents.UnitsImported;

/**
 * A moved unit takes its subtree's festivals from the ancestors it leaves to the ones it joins, in
 * the move's transaction (ADR 0028): rows in proportion to the ancestors, never a recount.
 */
@Component
class FestivalCountMaintenance {

    private final FestivalRepository festivals;

    FestivalCountMaintenance(FestivalRepository festivals) {
        this.festivals = festivals;
    }

    @EventListener
    void on(UnitMoved moved) {
        festivals.shift(moved.unitId(), moved.ancestorsLeft(), moved.ancestorsJoined());
    }

    /** An imported list may re-parent any unit: the counts start again (a rare, bulk change). */
    @EventListener
    void on(UnitsImported imported) {
        festivals.rebuildCounts();
    }
}
