package vn.ngayhoi.budget;

/**
 * One line of an estimate. {@code amount} is {@code quantity × unitPrice} in whole đồng, exactly;
 * {@code normAmount} is the spending norm in force for the line's norm code, when it has one, and
 * {@code agreedAmount} what the department agreed (null before the appraisal).
 */
public record EstimateLine(
        long id,
        long estimateId,
        int no,
        Activity activity,
        Long activityRef,
        String activityLabel,
        String content,
        String unitOfMeasure,
        long quantity,
        long unitPrice,
        long amount,
        FundSource source,
        String normCode,
        Long normAmount,
        long spendingUnitId,
        String spendingUnitCode,
        String spendingUnitName,
        String spendingUnitPath,
        Verdict verdict,
        Long agreedAmount,
        String reason) {

    /** Whether the unit price is above the norm in force (the page flags it and shows the norm). */
    public boolean aboveNorm() {
        return normAmount != null && unitPrice > normAmount;
    }

    /** The amount agreed, or the amount asked while nobody has appraised the line. */
    public long agreedOrAsked() {
        return agreedAmount == null ? amount : agreedAmount;
    }

    /** Whether the appraisal changed this line (reduced or refused): the page highlights it. */
    public boolean changed() {
        return agreedAmount != null && agreedAmount != amount;
    }
}
