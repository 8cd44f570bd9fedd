package vn.ngayhoi.document;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitType;

/**
 * The one rule for who speaks in a unit's own administrative document (Phụ lục I, item 1: the
 * issuing body's name under its governing body's). A commune, district or province speaks as its
 * People's Committee ("ỦY BAN NHÂN DÂN XÃ SƠN HÀ", numbered "…/QĐ-UBND"); an agency, department,
 * khu dân cư or school speaks in its own name under its territory's committee ("UBND HUYỆN QUAN
 * SƠN" / "CÔNG AN HUYỆN QUAN SƠN", "…/TTr-CAH"); a council speaks as the Hội đồng Thi đua - Khen
 * thưởng of its territory. Campaign documents speak with the committee's plan header instead
 * ({@code plan.Letterheads}); signatures are chosen by each kind of document.
 */
@Component
public class Speakers {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private static final List<String> PLACE_PREFIXES =
            List.of("Thị trấn ", "Xã ", "Phường ", "Đặc khu ", "Huyện ", "Quận ", "Thị xã ", "Thành phố ", "Tỉnh ");

    private final OrgUnitManagement units;

    Speakers(OrgUnitManagement units) {
        this.units = units;
    }

    /**
     * Who speaks in a unit's document.
     *
     * @param territorial whether it speaks as a People's Committee
     * @param territory the unit itself when territorial, else its nearest territorial ancestor
     * @param parentBody the governing body's line ("UBND HUYỆN QUAN SƠN"), null for a committee
     * @param issuingBody the issuing body's line, upper case
     * @param abbreviation the issuer's abbreviation in numbers ("UBND", "CAH")
     * @param place the place before the date ("Quan Sơn")
     * @param name the body's name in running text ("Ủy ban nhân dân xã Sơn Hà", "Công an huyện Quan Sơn")
     * @param head the words before the place in an agency's name ("Công an huyện"), empty for a committee
     */
    public record Speaker(
            boolean territorial,
            OrgUnit territory,
            String parentBody,
            String issuingBody,
            String abbreviation,
            String place,
            String name,
            String head) {}

    public Speaker of(OrgUnit unit) {
        if (territorial(unit)) {
            return new Speaker(
                    true,
                    unit,
                    null,
                    "ỦY BAN NHÂN DÂN " + upper(unit.name()),
                    "UBND",
                    shortName(unit.name()),
                    committee(unit),
                    "");
        }
        OrgUnit territory = territoryOf(unit);
        String head = headWords(unit.name());
        return new Speaker(
                false,
                territory,
                "UBND " + upper(territory.name()),
                upper(unit.name()),
                initials(head),
                shortName(territory.name()),
                unit.name(),
                head);
    }

    /** The emulation and commendation council of the authority's territory ("…/BB-HĐTĐKT"). */
    public Speaker council(OrgUnit authority) {
        OrgUnit territory = territoryOf(authority);
        return new Speaker(
                false,
                territory,
                "UBND " + upper(territory.name()),
                "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
                "HĐTĐKT",
                shortName(territory.name()),
                "Hội đồng Thi đua - Khen thưởng " + lowerFirst(territory.name()),
                "Hội đồng Thi đua - Khen thưởng");
    }

    /** The unit itself when it is a commune, district or province; else its nearest such ancestor. */
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

    /** "Ủy ban nhân dân xã Sơn Hà". */
    public static String committee(OrgUnit territory) {
        return "Ủy ban nhân dân " + lowerFirst(territory.name());
    }

    /** "Xã Sơn Hà" → "Sơn Hà": the place name printed before the date. */
    public static String shortName(String name) {
        for (String prefix : PLACE_PREFIXES) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    public static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    public static String upper(String s) {
        return s.toUpperCase(VI);
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
            if (!w.isEmpty()) {
                s.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return Normalizer.normalize(s.toString(), Normalizer.Form.NFC);
    }
}
