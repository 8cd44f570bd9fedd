package vn.ngayhoi.orgunit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.UnitLink;

/**
 * One unit in the API with the links across reorganisations: {@code predecessors} (the units it was
 * formed from) and {@code successors} (the units it went into).
 */
record OrgUnitDetailDto(
        String code,
        String name,
        String type,
        int level,
        String parentCode,
        LocalDate validFrom,
        LocalDate validTo,
        String structure,
        List<LinkDto> predecessors,
        List<LinkDto> successors) {

    /**
     * The unit on the other side of a link; {@code type} is {@code full} or {@code partial}, {@code
     * share} the fraction of a partial predecessor counted (1 for full, null when not counted).
     */
    record LinkDto(String code, String name, String structure, String type, BigDecimal share) {
        static LinkDto of(UnitLink l) {
            return new LinkDto(
                    l.unit().code(),
                    l.unit().name(),
                    l.unit().structureCode(),
                    l.type(),
                    l.countedShare() == null ? null : l.countedShare().stripTrailingZeros());
        }
    }

    static OrgUnitDetailDto of(OrgUnit u, List<UnitLink> predecessors, List<UnitLink> successors) {
        return new OrgUnitDetailDto(
                u.code(),
                u.name(),
                u.typeCode(),
                u.level(),
                u.parentCode(),
                u.validFrom(),
                u.validTo(),
                u.structureCode(),
                predecessors.stream().map(LinkDto::of).toList(),
                successors.stream().map(LinkDto::of).toList());
    }
}
