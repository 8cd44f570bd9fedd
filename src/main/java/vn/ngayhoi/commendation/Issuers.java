package vn.ngayhoi.commendation;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.ngayhoi.commendation.CommendationDocuments.Issuer;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitType;

/**
 * Who speaks in a commendation document. A commune or district speaks as its People's Committee
 * ("ỦY BAN NHÂN DÂN XÃ SƠN HÀ", numbered "…/TTr-UBND"); an agency or department under it speaks in
 * its own name under the committee's ("UBND HUYỆN QUAN SƠN" / "CÔNG AN HUYỆN QUAN SƠN"); the council
 * speaks as the Hội đồng Thi đua - Khen thưởng of its territory.
 */
@Component
class Issuers {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final OrgUnitManagement units;

    Issuers(OrgUnitManagement units) {
        this.units = units;
    }

    Issuer of(OrgUnit unit) {
        if (territorial(unit)) {
            return new Issuer(
                    null,
                    "ỦY BAN NHÂN DÂN " + unit.name().toUpperCase(VI),
                    "UBND",
                    shortName(unit.name()),
                    "Ủy ban nhân dân " + lowerFirst(unit.name()));
        }
        OrgUnit territory = territoryOf(unit);
        return new Issuer(
                "UBND " + territory.name().toUpperCase(VI),
                unit.name().toUpperCase(VI),
                initials(unit.name()),
                shortName(territory.name()),
                unit.name());
    }

    /** The council of the authority's territory, whose minutes are numbered "…/BB-HĐTĐKT". */
    Issuer council(OrgUnit authority) {
        OrgUnit territory = territoryOf(authority);
        return new Issuer(
                "UBND " + territory.name().toUpperCase(VI),
                "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
                "HĐTĐKT",
                shortName(territory.name()),
                "Hội đồng Thi đua - Khen thưởng " + lowerFirst(territory.name()));
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

    static String shortName(String name) {
        for (String prefix : java.util.List.of(
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

    /** "Công an huyện Quan Sơn" → "CAH": the initials of the words before the place name. */
    static String initials(String name) {
        StringBuilder s = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            char c = w.charAt(0);
            if (Character.isUpperCase(c) && s.length() > 0) {
                break;
            }
            s.append(Character.toUpperCase(c));
            if (s.length() >= 6) {
                break;
            }
        }
        return java.text.Normalizer.normalize(s.toString(), java.text.Normalizer.Form.NFC);
    }
}
