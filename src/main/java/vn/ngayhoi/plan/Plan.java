package vn.ngayhoi.plan;

import java.time.LocalDate;
import java.util.List;

/** A plan as pages and other modules see it; {@code updatedAt} is when it last changed, for API sync. */
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
        java.time.OffsetDateTime updatedAt) {}
