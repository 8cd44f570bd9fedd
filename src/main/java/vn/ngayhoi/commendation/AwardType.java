package vn.ngayhoi.commendation;

import java.math.BigDecimal;

/**
 * A form of award a round may give, for one kind of nominee, with its money coefficient
 * (× lương cơ sở); {@code form} GIAY_KHEN is decided here, BANG_KHEN_TINH is proposed upward.
 */
public record AwardType(
        long id, long roundId, String code, String name, String form, NomineeKind kind, BigDecimal coefficient) {}
