package vn.ngayhoi.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The four kinds of unit TT 124/2021 sets a standard for, each with the unit types it covers. Fixed
 * by the circular's structure, so code; what each kind is held to is data ({@link RuleSet}).
 */
public enum UnitKind {
    KDC(List.of("RESIDENTIAL_AREA")),
    COMMUNE(List.of("COMMUNE", "WARD", "TOWNSHIP", "SPECIAL_ZONE")),
    AGENCY(List.of("AGENCY", "ENTERPRISE")),
    SCHOOL(List.of("SCHOOL"));

    private final List<String> typeCodes;

    UnitKind(List<String> typeCodes) {
        this.typeCodes = typeCodes;
    }

    public List<String> typeCodes() {
        return typeCodes;
    }

    public String messageKey() {
        return "evaluation.kind." + name();
    }

    public static Optional<UnitKind> ofType(String typeCode) {
        return Arrays.stream(values())
                .filter(k -> k.typeCodes.contains(typeCode))
                .findFirst();
    }

    /** The non-territorial kinds a commune's "100% registered, ≥ 70% recognised" criteria count. */
    public static List<String> subunitTypeCodes() {
        return List.of("RESIDENTIAL_AREA", "AGENCY", "ENTERPRISE", "SCHOOL");
    }
}
