package vn.ngayhoi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitLink;
import vn.ngayhoi.orgunit.UnitLinks;
import vn.ngayhoi.report.internal.Rollups;

/**
 * A unit's figures across a reorganisation (ADR 0036). A unit that did not exist when a form was due
 * (xã Tam Lư of 2025 in a 2024 form) has, in that form, the sum of its predecessors' figures: a whole
 * predecessor counts whole, a partial one only by the share an administrator set on the link, and is
 * otherwise listed as not counted. Figures come from the roll-ups, like every other total.
 */
@Service
public class UnitHistory {

    /** Links are followed this many reorganisations back (2026 → 2025 → 2024). */
    private static final int MAX_DEPTH = 3;

    private final ReportForms forms;
    private final Rollups rollups;
    private final UnitLinks links;
    private final OrgUnitManagement units;
    private final JdbcClient jdbc;

    UnitHistory(ReportForms forms, Rollups rollups, UnitLinks links, OrgUnitManagement units, JdbcClient jdbc) {
        this.forms = forms;
        this.rollups = rollups;
        this.links = links;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** A predecessor behind a figure: counted (by {@code share}, 1 for a whole unit) or not. */
    public record Source(OrgUnit unit, String type, BigDecimal share, boolean counted) {}

    /** A unit's figures in one form, and the predecessors they were summed from (none: its own). */
    public record Figure(Map<String, BigDecimal> values, List<Source> counted, List<Source> notCounted) {
        public boolean acrossMerge() {
            return !counted.isEmpty() || !notCounted.isEmpty();
        }
    }

    /** The unit's figures in {@code form}: its own, or its predecessors' when it did not exist yet. */
    public Figure figure(ReportForm form, OrgUnit unit, boolean includeSubmitted) {
        OrgUnit root = forms.root(form);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        List<Source> counted = new ArrayList<>();
        List<Source> notCounted = new ArrayList<>();
        collect(form, root, unit, BigDecimal.ONE, includeSubmitted, values, counted, notCounted, 0);
        values.replaceAll((k, v) -> ReportTotals.plain(v));
        return new Figure(values, counted, notCounted);
    }

    private void collect(
            ReportForm form,
            OrgUnit root,
            OrgUnit unit,
            BigDecimal factor,
            boolean includeSubmitted,
            Map<String, BigDecimal> values,
            List<Source> counted,
            List<Source> notCounted,
            int depth) {
        List<UnitLink> predecessors =
                unit.validOn(form.deadline()) || depth >= MAX_DEPTH ? List.of() : links.systemPredecessors(unit.id());
        // A unit without predecessors answers for itself, whatever its dates say.
        if (predecessors.isEmpty()) {
            if (unit.path().startsWith(root.path())) {
                rollups.totals(form.id(), unit.id(), includeSubmitted)
                        .forEach((code, v) -> values.merge(code, v.multiply(factor), BigDecimal::add));
            }
            return;
        }
        for (UnitLink link : predecessors) {
            OrgUnit p = link.unit();
            if (!link.counted()) {
                notCounted.add(new Source(p, link.type(), null, false));
                continue;
            }
            BigDecimal share = factor.multiply(link.countedShare());
            if (p.validOn(form.deadline())) {
                counted.add(new Source(p, link.type(), share, true));
            }
            collect(form, root, p, share, includeSubmitted, values, counted, notCounted, depth + 1);
        }
    }

    /**
     * The forms of the year before in the committee's lineage: the same committee's, or, when the
     * committee belongs to a structure that did not exist then, those of the committees of the units
     * its territory was formed from (BCĐ tỉnh Thanh Hóa 2026 → BCĐ tỉnh Thanh Hóa of the 2024 list).
     */
    public List<ReportForm> previousForms(long committeeId, int year) {
        List<Long> same = jdbc.sql("select id from campaign where committee_id = ? and year = ?")
                .params(committeeId, year - 1)
                .query(Long.class)
                .list();
        if (!same.isEmpty()) {
            return same.stream().map(forms::find).flatMap(Optional::stream).toList();
        }
        OrgUnit committee = units.systemFindById(committeeId).orElseThrow();
        long territory = committee.actingUnitId();
        List<Long> predecessors = new ArrayList<>();
        for (UnitLink link : links.systemPredecessors(territory)) {
            predecessors.add(link.unit().id());
        }
        if (predecessors.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.id from campaign c join org_unit k on k.id = c.committee_id
                        where c.year = ? and k.type_code = 'COMMITTEE' and k.parent_id = any(?::bigint[])
                        order by c.id
                        """).params(year - 1, predecessors.toArray(Long[]::new)).query(Long.class).list().stream()
                .map(forms::find)
                .flatMap(Optional::stream)
                .toList();
    }

    /** One year of a unit's history of one indicator: null value when no form of that year covers it. */
    public record Year(int year, ReportForm form, BigDecimal value, List<Source> counted, List<Source> notCounted) {}

    /**
     * The accepted total of {@code indicator} for a unit the caller may see, per year: of each year,
     * the form whose territory is nearest the unit (or its predecessors) and that has the indicator.
     */
    public List<Year> history(OrgUnit unit, String indicator, List<Integer> years) {
        List<Year> result = new ArrayList<>();
        for (int year : years) {
            Optional<ReportForm> form = formOfYear(unit, indicator, year);
            if (form.isEmpty()) {
                result.add(new Year(year, null, null, List.of(), List.of()));
                continue;
            }
            Figure f = figure(form.get(), unit, false);
            result.add(new Year(
                    year,
                    form.get(),
                    f.values().getOrDefault(indicator, BigDecimal.ZERO),
                    f.counted(),
                    f.notCounted()));
        }
        return result;
    }

    private Optional<ReportForm> formOfYear(OrgUnit unit, String indicator, int year) {
        List<ReportForm> candidates =
                jdbc
                        .sql("select id from campaign where year = ? order by id")
                        .param(year)
                        .query(Long.class)
                        .list()
                        .stream()
                        .map(forms::find)
                        .flatMap(Optional::stream)
                        .filter(f -> f.definition().indicator(indicator).isPresent())
                        .toList();
        return candidates.stream()
                .map(f -> Map.entry(f, forms.root(f)))
                .filter(e -> covers(e.getKey(), e.getValue(), unit, 0))
                .max(Comparator.comparingInt(e -> e.getValue().level()))
                .map(Map.Entry::getKey);
    }

    /** Whether the form's territory holds the unit, or, if it did not exist then, one of its predecessors. */
    private boolean covers(ReportForm form, OrgUnit root, OrgUnit unit, int depth) {
        List<UnitLink> predecessors =
                unit.validOn(form.deadline()) || depth >= MAX_DEPTH ? List.of() : links.systemPredecessors(unit.id());
        if (predecessors.isEmpty()) {
            return unit.path().startsWith(root.path());
        }
        return predecessors.stream().anyMatch(l -> covers(form, root, l.unit(), depth + 1));
    }
}
