package vn.ngayhoi.orgunit;

import java.time.LocalDate;

/** A unit as other modules see it. {@code path} lists the ids from the root down to the unit. */
public record OrgUnit(
        long id,
        String structureCode,
        String code,
        String name,
        String typeCode,
        int level,
        Long parentId,
        String parentCode,
        String path,
        LocalDate validFrom,
        LocalDate validTo,
        int version,
        boolean hasChildren) {

    /**
     * The unit whose accounts act for this one: a steering committee has no accounts of its own, its
     * standing office and leaders sit at the unit it stands under (the district for the district's
     * committee); any other unit acts for itself.
     */
    public long actingUnitId() {
        return "COMMITTEE".equals(typeCode) && parentId != null ? parentId : id;
    }

    /** Whether the unit exists on {@code date} (dissolved units keep their rows and history). */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean dissolvedBy(LocalDate date) {
        return validTo != null && date.isAfter(validTo);
    }
}
