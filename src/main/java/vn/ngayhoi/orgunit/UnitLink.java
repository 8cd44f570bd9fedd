package vn.ngayhoi.orgunit;

import java.math.BigDecimal;

/**
 * One link across a reorganisation, seen from one side: the unit on the other side, whether the whole
 * predecessor went into the successor ({@code full}) or part of it ({@code partial}), and the share
 * of a partial predecessor's figures counted towards the successor (null: not counted).
 */
public record UnitLink(OrgUnit unit, String type, BigDecimal share) {

    public static final String FULL = "full";
    public static final String PARTIAL = "partial";

    public boolean full() {
        return FULL.equals(type);
    }

    /** The fraction of the predecessor's figures that counts: 1 for full, the set share or none for partial. */
    public BigDecimal countedShare() {
        return full() ? BigDecimal.ONE : share;
    }

    public boolean counted() {
        return countedShare() != null;
    }
}
