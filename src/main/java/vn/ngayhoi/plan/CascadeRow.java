package vn.ngayhoi.plan;

import java.time.LocalDate;

/**
 * One lower unit that must issue its own plan: its plan's state, and whether it is late.
 *
 * @param state {@code ISSUED}, {@code IN_PROGRESS} (a plan exists, not issued) or {@code NOT_STARTED}
 */
public record CascadeRow(
        long unitId, String unitCode, String unitName, String state, Long planId, LocalDate issuedOn, boolean late) {}
