package vn.ngayhoi.report.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngayhoi.orgunit.UnitEvents.UnitCreated;
import vn.ngayhoi.orgunit.UnitEvents.UnitDissolved;
import vn.ngayhoi.orgunit.UnitEvents.UnitMoved;
import vn.ngayhoi.orgunit.UnitEvents.UnitsImported;
import vn.ngayhoi.report.ReportEvents.FormDefined;

/**
 * Keeps the totals and completeness roll-ups true when units change, in the change's transaction
 * (ADR 0028). A moved unit takes its subtree's rows from the ancestors it leaves to the ones it
 * joins; only forms whose assignment the move crosses (the unit enters or leaves the form's root)
 * recount, and only inside the moved subtree. Any change of units moves every form's data version.
 */
@Component
class RollupMaintenance {

    private final Rollups rollups;
    private final CountRollups counts;
    private final JdbcClient jdbc;

    RollupMaintenance(Rollups rollups, CountRollups counts, JdbcClient jdbc) {
        this.rollups = rollups;
        this.counts = counts;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitMoved moved) {
        rollups.touchAll();
        List<Long> before = Rollups.keysOf(CountRollups.parentPath(moved.oldPath()));
        List<Long> after = Rollups.keysOf(CountRollups.parentPath(moved.newPath()));
        List<Long> left = moved.ancestorsLeft();
        List<Long> joined = moved.ancestorsJoined();
        rollups.shift(moved.unitId(), left, joined);
        List<Long> same = new ArrayList<>();
        for (CountRollups.FormRoot form : counts.formRoots()) {
            boolean wasIn = moved.oldPath().startsWith(form.rootPath());
            boolean isIn = moved.newPath().startsWith(form.rootPath());
            if (wasIn == isIn) {
                same.add(form.formId());
            } else {
                recount(form.formId(), moved.unitId(), moved.newPath(), before, after);
            }
        }
        counts.shift(same, moved.unitId(), left, joined);
    }

    /** New, dissolved or imported units change how many reports are expected. */
    @EventListener
    void on(UnitCreated created) {
        rollups.touchAll();
        String path = pathOf(created.unitId());
        List<Long> parents = Rollups.keysOf(CountRollups.parentPath(path));
        for (CountRollups.FormRoot form : counts.formRoots()) {
            if (path.startsWith(form.rootPath())) {
                recount(form.formId(), created.unitId(), path, List.of(), parents);
            }
        }
    }

    @EventListener
    void on(UnitDissolved dissolved) {
        rollups.touchAll();
        String path = pathOf(dissolved.unitId());
        List<Long> parents = Rollups.keysOf(CountRollups.parentPath(path));
        for (CountRollups.FormRoot form : counts.formRoots()) {
            recount(form.formId(), dissolved.unitId(), path, parents, parents);
        }
    }

    /** An imported list may add, retype or re-parent any unit: every form recounts once. */
    @EventListener
    void on(UnitsImported imported) {
        rollups.touchAll();
        counts.formRoots().forEach(form -> counts.rebuild(form.formId()));
    }

    /** A new form, or new settings (types, deadline, root): its counts start again from the units. */
    @EventListener
    void on(FormDefined defined) {
        counts.rebuild(defined.formId());
    }

    /** The subtree's old counts leave {@code before}; its recounted ones join {@code after}. */
    private void recount(long formId, long unitId, String path, List<Long> before, List<Long> after) {
        counts.shift(List.of(formId), unitId, before, List.of());
        counts.recountSubtree(formId, path);
        counts.shift(List.of(formId), unitId, List.of(), after);
    }

    private String pathOf(long unitId) {
        return jdbc.sql("select path from org_unit where id = ?")
                .param(unitId)
                .query(String.class)
                .single();
    }
}
