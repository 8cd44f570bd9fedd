package vn.ngayhoi.evaluation.internal;

import java.util.List;
import java.util.Locale;
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
public class Speakers {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final OrgUnitManagement units;

    Speakers(OrgUnitManagement units) {
        this.units = units;
    }

    public Issuer of(OrgUnit unit) {
        if (territorial(unit)) {
            return new Issuer(
                    null, "ỦY BAN NHÂN DÂN " + upper(unit.name()), "UBND", shortName(unit.name()), committee(unit));
        }
        OrgUnit territory = territoryOf(unit);
        String prefix = units.type(unit.typeCode()).map(UnitType::codePrefix).orElse(null);
        return new Issuer(
                "UBND " + upper(territory.name()),
                upper(unit.name()),
                prefix == null ? "ĐV" : prefix,
                shortName(territory.name()),
                unit.name());
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
        return "Ủy ban nhân dân " + lowerFirst(territory.name());
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
        OrgUnit u = unit;
        while (!territorial(u) && u.parentId() != null) {
            u = units.systemFindById(u.parentId()).orElseThrow();
        }
        return u;
    }

    public boolean territorial(OrgUnit unit) {
        return units.type(unit.typeCode()).map(UnitType::territorial).orElse(false);
    }

    public String typeName(OrgUnit unit) {
        return units.type(unit.typeCode()).map(UnitType::name).orElse(unit.typeCode());
    }

    static String upper(String s) {
        return s.toUpperCase(VI);
    }

    static String shortName(String name) {
        for (String prefix : List.of(
                "Thị trấn ", "Xã ", "Phường ", "Đặc khu ", "Huyện ", "Quận ", "Thị xã ", "Thành phố ", "Tỉnh ")) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    public static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
