package vn.ngayhoi.report.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.outreach.OutreachEvents.FiguresChanged;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForm;

/**
 * Keeps the log the single source: when an entry is logged or a model registered, launched or
 * retired, every report still in the unit's hands (draft or returned) of that unit or a unit above
 * it takes the new figures, in the same transaction. Only values still as the system filled them
 * move; a figure the unit typed over stays as typed.
 */
@Component
class OutreachPrefillRefresh {

    private final JdbcClient jdbc;
    private final ReportRepository reports;
    private final ReportPrefill prefill;
    private final OrgUnitManagement units;
    private final Clock clock;

    OutreachPrefillRefresh(
            JdbcClient jdbc, ReportRepository reports, ReportPrefill prefill, OrgUnitManagement units, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.prefill = prefill;
        this.units = units;
        this.clock = clock;
    }

    @EventListener
    void on(FiguresChanged changed) {
        List<Long> open =
                jdbc.sql("""
                        select r.id from report r join org_unit o on o.id = r.unit_id
                        where ? like o.path || '%' and r.status in ('DRAFT', 'RETURNED')
                        """).param(changed.unitPath()).query(Long.class).list();
        for (long id : open) {
            var located = reports.find(id).orElseThrow();
            var report = located.report();
            ReportForm form = reports.form(report.formId()).orElseThrow();
            var unit = units.systemFindById(report.unitId()).orElseThrow();
            ReportData fresh = prefill.of(form, unit);
            ReportData was = report.data();
            Map<String, String> values = new HashMap<>(was.values());
            Set<String> marked = new HashSet<>(was.prefilled());
            boolean moved = false;
            for (ReportForm.Indicator i : form.definition().indicators().toList()) {
                String code = i.code();
                String now = fresh.value(code);
                if (!ReportPrefill.fromOutreach(i) || now == null) {
                    continue;
                }
                boolean untouched = was.prefilled().contains(code) || was.value(code) == null;
                if (untouched && !now.equals(was.value(code))) {
                    values.put(code, now);
                    marked.add(code);
                    moved = true;
                }
            }
            if (moved) {
                reports.updateData(
                        id,
                        report.version(),
                        new ReportData(values, was.narrative(), marked),
                        "system",
                        OffsetDateTime.now(clock));
            }
        }
    }
}
