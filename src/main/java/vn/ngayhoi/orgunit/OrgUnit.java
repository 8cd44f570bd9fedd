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

    /** Whether the unit exists on {@code date} (dissolved units keep their rows and history). */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean dissolvedBy(LocalDate date) {
        return validTo != null && date.isAfter(validTo);
    }
}
