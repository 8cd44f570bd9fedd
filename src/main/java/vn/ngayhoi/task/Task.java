package vn.ngayhoi.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A task as pages, the API and other modules see it. */
public record Task(
        long id,
        Long campaignId,
        Long planId,
        String sourceSection,
        String title,
        String duty,
        long unitId,
        String unitCode,
        String unitName,
        long assignerUnitId,
        List<String> coordinatingUnits,
        LocalDate dueDate,
        TaskStatus status,
        int percent,
        String completionNote,
        OffsetDateTime completedAt,
        String returnReason,
        int version,
        OffsetDateTime updatedAt) {

    /** Overdue on {@code today} (Asia/Ho_Chi_Minh): past the due date and not done. */
    public boolean overdueOn(LocalDate today) {
        return status != TaskStatus.DONE && today.isAfter(dueDate);
    }

    /** Days left until the due date (negative when overdue). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate);
    }

    /** The status word to show: the stored one, or "Quá hạn" when overdue. */
    public String displayKey(LocalDate today) {
        return overdueOn(today) ? "task.status.OVERDUE" : status.messageKey();
    }
}
