package vn.ngayhoi.festival;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;

/** What a festival's time, place, numbers and results must satisfy; every problem at once. */
final class FestivalChecks {

    private FestivalChecks() {}

    /** All the checks of time and place; returns the cleaned venue. */
    static String check(FestivalCommand c, Campaign campaign) {
        List<Problem> problems = new ArrayList<>();
        Formats fmt = new Formats();
        if (c.startsAt() == null || c.endsAt() == null) {
            problems.add(new Problem("startsAt", "festival.time.required"));
        } else {
            LocalDate start = c.startsAt().atZoneSameInstant(Formats.ZONE).toLocalDate();
            LocalDate end = c.endsAt().atZoneSameInstant(Formats.ZONE).toLocalDate();
            if (start.isBefore(campaign.windowStart()) || end.isAfter(campaign.windowEnd())) {
                problems.add(new Problem(
                        "startsAt",
                        "festival.time.outsideWindow",
                        fmt.date(campaign.windowStart()),
                        fmt.date(campaign.windowEnd())));
            }
            if (!c.endsAt().isAfter(c.startsAt())) {
                problems.add(new Problem("endsAt", "festival.time.endBeforeStart"));
            }
        }
        String venue = Texts.clean(c.venue());
        if (venue == null || venue.isEmpty()) {
            problems.add(new Problem("venue", "festival.venue.required"));
        } else if (venue.length() > FestivalManagement.MAX_VENUE) {
            problems.add(new Problem("venue", "festival.venue.tooLong", FestivalManagement.MAX_VENUE));
        }
        if (c.details() != null) {
            checkCounts(c.details().expected(), "expected", problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return venue;
    }

    /** Numbers of people by group: none negative, none absurd. */
    static void checkCounts(Map<String, Integer> counts, String field, List<Problem> problems) {
        counts.forEach((group, n) -> {
            if (n == null || n < 0 || n > FestivalManagement.MAX_COUNT) {
                problems.add(new Problem(field, "festival.attendance.invalid", group));
            }
        });
    }

    static String note(String note) {
        String clean = note == null ? null : note.strip();
        if (clean != null && clean.length() > 4000) {
            throw ValidationException.of("internalNote", "festival.text.tooLong", 4000);
        }
        return clean == null || clean.isEmpty() ? null : clean;
    }

    static void checkResults(Festival f, Map<String, Integer> attendance, List<Boolean> stepsHeld, String gifts) {
        List<Problem> problems = new ArrayList<>();
        checkCounts(attendance, "attendance", problems);
        // "Đã tổ chức" is a claim the results report and the dashboard count: it needs the people
        // who came and the steps that were held, not an empty form.
        if (attendance.values().stream().noneMatch(n -> n != null && n > 0)) {
            problems.add(new Problem("attendance", "festival.results.attendanceRequired"));
        }
        if (!f.details().programme().isEmpty() && !stepsHeld.contains(Boolean.TRUE)) {
            problems.add(new Problem("held", "festival.results.stepRequired"));
        }
        String cleanGifts = Texts.clean(gifts);
        if (cleanGifts != null && cleanGifts.length() > 2000) {
            problems.add(new Problem("gifts", "festival.text.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
