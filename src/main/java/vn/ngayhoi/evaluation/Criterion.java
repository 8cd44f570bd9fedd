package vn.ngayhoi.evaluation;

import java.math.BigDecimal;

/**
 * One criterion of a rule set.
 *
 * @param kind {@code YES_NO} (confirmed with evidence), {@code NUMBER} (a figure held against the
 *     threshold) or {@code DERIVED} (computed from {@code source})
 * @param source a named figure the system holds ({@link EvidenceSource}); for a YES_NO or NUMBER
 *     criterion it only suggests
 * @param comparison {@code GE} or {@code LE}, for NUMBER and DERIVED
 * @param points the QĐ 510 standard points (Điểm chuẩn)
 * @param required whether the criterion decides đạt / chưa đạt (TT 124) or only scores (QĐ 510)
 */
public record Criterion(
        String code,
        String text,
        String kind,
        String source,
        String comparison,
        BigDecimal threshold,
        int points,
        boolean required) {

    public boolean derived() {
        return "DERIVED".equals(kind);
    }

    public boolean yesNo() {
        return "YES_NO".equals(kind);
    }

    public boolean number() {
        return "NUMBER".equals(kind);
    }

    /** Whether a figure meets the threshold; no threshold means any figure above zero. */
    public boolean meets(BigDecimal value) {
        if (value == null) {
            return false;
        }
        if (threshold == null || comparison == null) {
            return value.signum() > 0;
        }
        int c = value.compareTo(threshold);
        return "LE".equals(comparison) ? c <= 0 : c >= 0;
    }
}
