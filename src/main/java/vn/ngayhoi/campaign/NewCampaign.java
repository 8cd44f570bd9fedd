package vn.ngayhoi.campaign;

import java.time.LocalDate;
import java.util.List;

/** A campaign to create for {@code committeeId} (a committee unit) and {@code year}. */
public record NewCampaign(
        long committeeId,
        int year,
        String name,
        LocalDate windowStart,
        LocalDate windowEnd,
        LocalDate reportDeadline,
        Long pilotUnitId,
        LocalDate pilotFrom,
        LocalDate pilotTo,
        String pilotModel,
        List<String> sloganTemplates) {}
