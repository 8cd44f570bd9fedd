package vn.ngayhoi.budget;

/**
 * A line as a person types it (the API's and the page's fields): {@code activity} and {@code source}
 * are codes, {@code spendingUnit} a unit code (blank: the requesting unit); {@code amount}, when
 * given, must equal {@code quantity × unitPrice}.
 */
public record NewLine(
        String activity,
        Long activityRef,
        String activityLabel,
        String content,
        String unit,
        Long quantity,
        Long unitPrice,
        Long amount,
        String source,
        String normCode,
        String spendingUnit) {}
