package vn.ngayhoi.budget;

/**
 * Approved, spent and remaining on one line; {@code percent} is spent over approved in whole per cent,
 * rounded down, so 100 means fully spent.
 */
public record LineSummary(
        long lineId,
        int no,
        Activity activity,
        String content,
        long unitId,
        String unitCode,
        String unitName,
        long approved,
        long spent,
        boolean settled) {

    public long remaining() {
        return approved - spent;
    }

    public int percent() {
        return approved == 0 ? 0 : (int) (spent * 100 / approved);
    }
}
