package vn.ngayhoi.forum;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An opinion as staff see it. {@code unitId} is the unit that answers it now (the chosen commune,
 * or where the standing office routed it); {@code escalatedUnitId} the level above once its deadline
 * passed unanswered. {@code name} and {@code contact} are null for an anonymous opinion.
 */
public record Opinion(
        long id,
        String channel,
        long unitId,
        String unitCode,
        String unitName,
        String unitPath,
        Long festivalId,
        String topicCode,
        String topicName,
        String text,
        boolean anonymous,
        String name,
        String contact,
        OpinionStatus status,
        OffsetDateTime receivedAt,
        LocalDate dueDate,
        String answer,
        String answeredBy,
        OffsetDateTime answeredAt,
        String approvedBy,
        boolean published,
        String publishedQuestion,
        String hiddenReason,
        Long escalatedUnitId,
        String escalatedUnitName,
        String escalatedUnitPath,
        OffsetDateTime escalatedAt,
        String recordedBy,
        int version,
        int attachments) {

    /** Open past its due date: an answer is late from the day after. */
    public boolean overdueOn(LocalDate today) {
        return status.open() && today.isAfter(dueDate);
    }

    /** Answered by its due date (the date in Asia/Ho_Chi_Minh). */
    public boolean answeredOnTime(java.time.ZoneId zone) {
        return answeredAt != null
                && !answeredAt.atZoneSameInstant(zone).toLocalDate().isAfter(dueDate);
    }
}
