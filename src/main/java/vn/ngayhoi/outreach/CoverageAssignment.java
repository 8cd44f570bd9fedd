package vn.ngayhoi.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The standing office's request that a unit cover a festival ({@code tasks}: FILM, PHOTO, WRITE)
 * by a due date; {@code itemCount} is how many items the assignee has recorded.
 */
public record CoverageAssignment(
        long id,
        long campaignId,
        long festivalId,
        String festivalUnitName,
        String festivalUnitPath,
        long unitId,
        String unitCode,
        String unitName,
        String unitPath,
        List<String> tasks,
        LocalDate dueDate,
        String assignedBy,
        OffsetDateTime assignedAt,
        int itemCount) {

    /** Due and still without anything produced. */
    public boolean overdueOn(LocalDate today) {
        return itemCount == 0 && dueDate.isBefore(today);
    }
}
