package vn.ngayhoi.festival;

import java.time.OffsetDateTime;

/** Registering or changing a festival: its unit, time, place, whether it is the pilot site, details. */
public record FestivalCommand(
        long campaignId,
        String unitCode,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String venue,
        boolean pilot,
        FestivalDetails details,
        String internalNote,
        boolean register) {}
