package vn.ngayhoi.orgunit.web;

import java.time.LocalDate;
import vn.ngayhoi.orgunit.OrgUnit;

/** A unit in the API. */
record OrgUnitDto(
        String code,
        String name,
        String type,
        int level,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        String structure) {

    static OrgUnitDto of(OrgUnit u) {
        return new OrgUnitDto(
                u.code(),
                u.name(),
                u.typeCode(),
                u.level(),
                u.parentCode(),
                u.validFrom(),
                u.validTo(),
                u.structureCode());
    }
}
