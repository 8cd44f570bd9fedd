package vn.ngayhoi.budget;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.ngayhoi.budget.BudgetDocuments.Issuer;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitType;

/**
 * Who speaks in a budget document. A commune or district speaks as its People's Committee
 * ("ỦY BAN NHÂN DÂN HUYỆN QUAN SƠN", "…/QĐ-UBND"); an agency or department under it in its own name
 * under the committee's ("UBND HUYỆN QUAN SƠN" / "CÔNG AN HUYỆN QUAN SƠN", "…/TTr-CAH").
 */
@Component
class BudgetIssuers {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final OrgUnitManagement units;

    BudgetIssuers(OrgUnitManagement units) {
        this.units = units;
    }

    Issuer of(OrgUnit unit) {
        if (territorial(unit)) {
            return new Issuer(
                    null,
                    "ỦY BAN NHÂN DÂN " + unit.name().toUpperCase(VI),
                    "UBND",
                    place(unit.name()),
                    "Ủy ban nhân dân " + lowerFirst(unit.name()),
                    "TM. ỦY BAN NHÂN DÂN",
                    "CHỦ TỊCH");
        }
        OrgUnit territory = territoryOf(unit);
        String head = headWords(unit.name());
        return new Issuer(
                "UBND " + territory.name().toUpperCase(VI),
                unit.name().toUpperCase(VI),
                initials(head),
                place(territory.name()),
                unit.name(),
                null,
                ("Phòng".equals(head.split(" ")[0]) ? "TRƯỞNG PHÒNG" : "TRƯỞNG " + head.toUpperCase(VI)));
    }

    OrgUnit territoryOf(OrgUnit unit) {
        OrgUnit u = unit;
        while (!territorial(u) && u.parentId() != null) {
            u = units.systemFindById(u.parentId()).orElseThrow();
        }
        return u;
    }

    private boolean territorial(OrgUnit unit) {
        return units.type(unit.typeCode()).map(UnitType::territorial).orElse(false);
    }

    static String place(String name) {
        for (String prefix : List.of(
                "Thị trấn ", "Xã ", "Phường ", "Đặc khu ", "Huyện ", "Quận ", "Thị xã ", "Thành phố ", "Tỉnh ")) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** "Công an huyện Quan Sơn" → "Công an huyện": the words before the place name. */
    static String headWords(String name) {
        StringBuilder s = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (Character.isUpperCase(w.charAt(0)) && s.length() > 0) {
                break;
            }
            s.append(s.length() == 0 ? "" : " ").append(w);
        }
        return s.toString();
    }

    /** "Công an huyện" → "CAH". */
    static String initials(String head) {
        StringBuilder s = new StringBuilder();
        for (String w : head.split("\\s+")) {
            s.append(Character.toUpperCase(w.charAt(0)));
        }
        return Normalizer.normalize(s.toString(), Normalizer.Form.NFC);
    }
}
