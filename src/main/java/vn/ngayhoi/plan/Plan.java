package vn.ngayhoi.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as pages and other modules see it. {@code replacesPlanId} names the issued plan an amending
 * plan replaces; {@code replacedByPlanId} the issued plan that replaced this one; {@code updatedAt}
 * is when it last changed, for API sync.
 */
public record Plan(
        long id,
        long campaignId,
        long unitId,
        String unitCode,
        String unitName,
        Long parentPlanId,
        PlanStatus status,
        PlanContent content,
        String returnReason,
        String numberLine,
        LocalDate issuedOn,
        List<String> cascadeTypes,
        LocalDate cascadeDue,
        int version,
        Long replacesPlanId,
        Long replacedByPlanId,
        java.time.OffsetDateTime updatedAt) {

    /** Whether this plan is in force: not yet replaced by an issued amending plan. */
    public boolean current() {
        return replacedByPlanId == null;
    }
}
