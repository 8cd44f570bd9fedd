package vn.ngayhoi.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.evaluation.Registrations;
import vn.ngayhoi.evaluation.UnitKind;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;

/**
 * The 2022 "An toàn về ANTT" registrations, made on paper in quarter I before the system: every
 * commune of Quan Sơn and, in Sơn Hà, three of its four khu dân cư and its school. Bản Cha Khót has
 * not registered, so Sơn Hà's "100% registered" criterion reads 75% on 23/08/2022; nothing is
 * assessed yet, since the KDC period ends on 31/10/2022 and the communes' on 15/11/2022.
 */
@Component
class DemoEvaluation2022 {

    static final String NOT_REGISTERED = "Bản Cha Khót";

    private final Registrations evaluations;
    private final OrgUnitManagement units;

    DemoEvaluation2022(Registrations evaluations, OrgUnitManagement units) {
        this.evaluations = evaluations;
        this.units = units;
    }

    void load() {
        OrgUnit quanSon =
                units.systemFind(DemoScenario.STRUCTURE, DemoScenario.QUAN_SON).orElseThrow();
        OrgUnit sonHa =
                units.systemFind(DemoScenario.STRUCTURE, DemoScenario.SON_HA).orElseThrow();
        List<OrgUnit> communes = units.systemUnitsOfTypes(quanSon.path(), UnitKind.COMMUNE.typeCodes()).stream()
                .filter(u -> u.validOn(LocalDate.of(2022, 1, 1)))
                .sorted(Comparator.comparing(OrgUnit::code))
                .toList();
        int day = 0;
        for (OrgUnit commune : communes) {
            // the communes' registrations reached the district between 14/02 and 10/03/2022
            evaluations.systemRegister(commune, 2022, LocalDate.of(2022, 2, 14).plusDays(2L * day++), "thuongtruc");
        }
        List<String> types = List.of("RESIDENTIAL_AREA", "SCHOOL");
        int n = 0;
        for (OrgUnit u : units.systemUnitsOfTypes(sonHa.path(), types).stream()
                .sorted(Comparator.comparing(OrgUnit::code))
                .toList()) {
            if (!u.name().equals(NOT_REGISTERED)) {
                evaluations.systemRegister(u, 2022, LocalDate.of(2022, 3, 1).plusDays(n++), "sonha");
            }
        }
    }
}
