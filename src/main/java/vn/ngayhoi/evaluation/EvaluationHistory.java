package vn.ngayhoi.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ngayhoi.evaluation.internal.EvaluationRepository;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitLink;
import vn.ngayhoi.orgunit.UnitLinks;

/**
 * A unit's decided evaluations year by year, with those of the units it was formed from before a
 * reorganisation (ADR 0038): xã Tam Lư of 2025 shows Xã Sơn Hà's 2022 class, saying it was Sơn Hà's.
 * A class is not divided, so a partial predecessor's record is shown whole and marked as partial.
 */
@Service
public class EvaluationHistory {

    private final Evaluations evaluations;
    private final EvaluationRepository repo;
    private final UnitLinks links;
    private final OrgUnitManagement units;

    EvaluationHistory(Evaluations evaluations, EvaluationRepository repo, UnitLinks links, OrgUnitManagement units) {
        this.evaluations = evaluations;
        this.repo = repo;
        this.links = links;
        this.units = units;
    }

    /**
     * One year's decision: the unit's own ({@code from} null) or a predecessor's, with the link it
     * was reached by ({@code full} or {@code partial}).
     */
    public record Entry(int year, String status, String classCode, Integer score, OrgUnit unit, UnitLink from) {
        public boolean recognised() {
            return "RECOGNISED".equals(status);
        }

        public String statusKey() {
            return "evaluation.status." + status;
        }
    }

    /** The history of a unit the caller may see (by code; their own unit when blank). */
    public List<Entry> of(String unitCode) {
        return of(evaluations.area(unitCode));
    }

    /** The history of the unit of an evaluation the caller may read (its page shows it). */
    public List<Entry> of(Evaluation e) {
        evaluations.get(e.id());
        return of(units.systemFindById(e.unitId()).orElseThrow());
    }

    /** The history of a unit already checked against the caller's scope. */
    List<Entry> of(OrgUnit unit) {
        Map<Long, UnitLink> from = new HashMap<>();
        Map<Long, OrgUnit> byId = new HashMap<>();
        byId.put(unit.id(), unit);
        List<Long> ids = new ArrayList<>(List.of(unit.id()));
        for (UnitLink link : links.systemLineage(unit.id())) {
            from.put(link.unit().id(), link);
            byId.put(link.unit().id(), link.unit());
            ids.add(link.unit().id());
        }
        List<Entry> result = new ArrayList<>();
        for (Evaluation e : repo.decidedOfUnits(ids)) {
            result.add(new Entry(
                    e.year(), e.status(), e.classCode(), e.score(), byId.get(e.unitId()), from.get(e.unitId())));
        }
        // the unit's own record first within a year, then its predecessors by code
        result.sort(Comparator.comparingInt(Entry::year)
                .reversed()
                .thenComparing(x -> x.from() != null)
                .thenComparing(x -> x.unit().code()));
        return result;
    }
}
