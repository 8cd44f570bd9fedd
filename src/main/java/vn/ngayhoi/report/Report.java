package vn.ngayhoi.report;

import java.time.OffsetDateTime;

/** A unit's report for a campaign, with its unit, as other modules and pages see it. */
public record Report(
        long id,
        long formId,
        long campaignId,
        long unitId,
        String unitCode,
        String unitName,
        String unitTypeCode,
        ReportStatus status,
        ReportData data,
        OffsetDateTime submittedAt,
        Boolean late,
        OffsetDateTime decidedAt,
        String decidedBy,
        String returnReason,
        OffsetDateTime updatedAt,
        int version) {}
