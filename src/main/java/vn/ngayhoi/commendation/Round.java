package vn.ngayhoi.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A commendation round: one campaign, one deciding authority ({@code authorityUnitId}, whose
 * chairman signs), the department that vets ({@code vettingUnitId}), and the rules that are data:
 * deadline, quota, working days for vetting, the council's quorum and pass share as fractions, the
 * rounding step of the prize money, and the certificate print offsets in millimetres.
 */
public record Round(
        long id,
        long campaignId,
        int campaignYear,
        long authorityUnitId,
        String authorityUnitName,
        String authorityUnitPath,
        long vettingUnitId,
        String vettingUnitName,
        String title,
        String authorityTitle,
        String signerName,
        LocalDate nominationDeadline,
        Integer quotaPerUnit,
        int vettingDays,
        int quorumNum,
        int quorumDen,
        int passNum,
        int passDen,
        long roundingStep,
        BigDecimal certOffsetXmm,
        BigDecimal certOffsetYmm,
        String status,
        int version) {

    public boolean decided() {
        return "DECIDED".equals(status);
    }

    /** Whether {@code present} of {@code members} reach the quorum (present × den ≥ num × members). */
    public boolean quorate(int present, int members) {
        return members > 0 && (long) present * quorumDen >= (long) quorumNum * members;
    }

    /** Whether {@code inFavour} of {@code present} pass: strictly more than the share. */
    public boolean passes(int inFavour, int present) {
        return present > 0 && (long) inFavour * passDen > (long) passNum * present;
    }
}
