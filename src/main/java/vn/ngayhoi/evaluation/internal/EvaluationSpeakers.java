package vn.ngayhoi.evaluation.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngayhoi.document.OfficialDocument.Signature;
import vn.ngayhoi.evaluation.EvaluationDocuments.Issuer;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitType;

/**
 * Who speaks in an evaluation document and who decides: a commune or district speaks as its
 * People's Committee ("ỦY BAN NHÂN DÂN XÃ SƠN HÀ", "…/QĐ-UBND"); a khu dân cư, agency or school in
 * its own name under its territory's committee, numbered with its type's code prefix ("…/ĐK-KDC").
 */
@Component
public class EvaluationSpeakers {

    private final OrgUnitManagement units;
    private final vn.ngayhoi.document.Speakers speakers;

    EvaluationSpeakers(OrgUnitManagement units, vn.ngayhoi.document.Speakers speakers) {
        this.units = units;
        this.speakers = speakers;
    }

    /** The document rule's header, numbered with the unit type's prefix for anything but a committee. */
    public Issuer of(OrgUnit unit) {
        vn.ngayhoi.document.Speakers.Speaker s = speakers.of(unit);
        String abbreviation = s.territorial()
                ? s.abbreviation()
                : units.type(unit.typeCode()).map(UnitType::codePrefix).orElse("ĐV");
        return new Issuer(s.parentBody(), s.issuingBody(), abbreviation, s.place(), s.name());
    }

    /** The signature of a unit's own document, signed by {@code name}. */
    public Signature signatureOf(OrgUnit unit, String name) {
        if (territorial(unit)) {
            return new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null, name);
        }
        return new Signature(
                null,
                "RESIDENTIAL_AREA".equals(unit.typeCode()) ? "TRƯỞNG KHU DÂN CƯ" : "THỦ TRƯỞNG ĐƠN VỊ",
                null,
                name);
    }

    /** "Ủy ban nhân dân xã Sơn Hà". */
    public String committee(OrgUnit territory) {
        return vn.ngayhoi.document.Speakers.committee(territory);
    }

    /**
     * The recognising authority: the nearest territorial ancestor at the configured tier or above
     * (a commune for a KDC; for a unit placed directly under a district, the district).
     */
    public Optional<OrgUnit> authorityOf(OrgUnit unit, String tier) {
        int wanted = switch (tier) {
            case "PROVINCE" -> 1;
            case "DISTRICT" -> 2;
            default -> 3;
        };
        Long parent = unit.parentId();
        while (parent != null) {
            OrgUnit u = units.systemFindById(parent).orElse(null);
            if (u == null) {
                return Optional.empty();
            }
            Optional<UnitType> type = units.type(u.typeCode());
            if (type.isPresent() && type.get().territorial() && type.get().tier() <= wanted) {
                return Optional.of(u);
            }
            parent = u.parentId();
        }
        return Optional.empty();
    }

    public OrgUnit territoryOf(OrgUnit unit) {
        return speakers.territoryOf(unit);
    }

    public boolean territorial(OrgUnit unit) {
        return speakers.territorial(unit);
    }

    public String typeName(OrgUnit unit) {
        return units.type(unit.typeCode()).map(UnitType::name).orElse(unit.typeCode());
    }

    public static String lowerFirst(String name) {
        return vn.ngayhoi.document.Speakers.lowerFirst(name);
    }
}
