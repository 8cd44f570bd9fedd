package vn.ngayhoi.orgunit;

import java.time.LocalDate;

/** Commands that change units. */
public final class UnitCommands {

    private UnitCommands() {}

    /** A new unit under {@code parentId}; its code is generated. */
    public record CreateUnit(long parentId, String typeCode, String name, LocalDate validFrom) {}

    public record RenameUnit(long unitId, String newName, int expectedVersion) {}

    public record MoveUnit(long unitId, long newParentId) {}

    /** The unit stops existing after {@code lastDay}; it and its history stay on record. */
    public record DissolveUnit(long unitId, LocalDate lastDay) {}
}
