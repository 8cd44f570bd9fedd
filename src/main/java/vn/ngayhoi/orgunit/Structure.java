package vn.ngayhoi.orgunit;

import java.time.LocalDate;

/** One dated official list of units, e.g. the three-level structure valid until 30/06/2025. */
public record Structure(String code, String name, LocalDate validFrom, LocalDate validTo, long unitCount) {}
