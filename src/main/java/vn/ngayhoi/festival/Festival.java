package vn.ngayhoi.festival;

import java.time.OffsetDateTime;

/** A festival as pages, the API and other modules see it. */
public record Festival(
        long id,
        long campaignId,
        long unitId,
        String unitCode,
        String unitName,
        String unitTypeCode,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String venue,
        boolean pilot,
        FestivalStatus status,
        String statusReason,
        FestivalDetails details,
        String internalNote,
        int version,
        OffsetDateTime updatedAt) {

    /**
     * The status to show at {@code now}: a registered festival whose end has passed without results
     * reads "Chờ ghi kết quả"; otherwise the stored status.
     */
    public FestivalStatus stateAt(java.time.Instant now) {
        return status == FestivalStatus.REGISTERED && endsAt.toInstant().isBefore(now)
                ? FestivalStatus.AWAITING_RESULTS
                : status;
    }
}
