package vn.ngayhoi.orgunit;

/**
 * A kind of unit, read from the {@code unit_type} table. {@code namePrefix} is how official names of
 * that kind begin ("Xã "); {@code codePrefix} starts the generated codes of non-territorial kinds.
 */
public record UnitType(String code, String name, boolean territorial, int tier, String namePrefix, String codePrefix) {}
