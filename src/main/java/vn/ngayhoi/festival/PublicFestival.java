package vn.ngayhoi.festival;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A festival as anyone may see it, without an account: only where, when and what. Internal notes,
 * attendance, leaders and accounts are deliberately not part of it.
 */
public record PublicFestival(
        String unitName,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String venue,
        boolean pilot,
        List<String> steps,
        List<String> activities) {

    public PublicFestival {
        steps = List.copyOf(steps);
        activities = List.copyOf(activities);
    }

    static PublicFestival of(Festival f) {
        return new PublicFestival(
                f.unitName(),
                f.startsAt(),
                f.endsAt(),
                f.venue(),
                f.pilot(),
                f.details().programme().stream()
                        .map(FestivalDetails.Step::title)
                        .filter(t -> t != null && !t.isBlank())
                        .toList(),
                f.details().activities().stream()
                        .filter(a -> a != null && !a.isBlank())
                        .toList());
    }
}
