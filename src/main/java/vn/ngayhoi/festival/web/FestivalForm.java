package vn.ngayhoi.festival.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalCommand;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.ValidationException;

/**
 * The registration form as a phone sends it: one date with start and end times, the programme and
 * activities one per line (edit, reorder, delete lines; "(nếu có)" marks an optional step),
 * participants by group, delegate groups.
 */
record FestivalForm(
        long campaignId,
        String unitCode,
        String date,
        String startTime,
        String endTime,
        String venue,
        boolean pilot,
        String programme,
        String activities,
        Map<String, String> expected,
        List<String> delegates,
        String modelLaunch,
        String internalNote) {

    static final List<String> GROUPS = List.of("CADRES", "PEOPLE", "YOUTH", "POLICE");

    static FestivalForm of(Festival f) {
        var start = f.startsAt().atZoneSameInstant(Formats.ZONE);
        var end = f.endsAt().atZoneSameInstant(Formats.ZONE);
        Map<String, String> expected = new LinkedHashMap<>();
        f.details().expected().forEach((k, v) -> expected.put(k, Integer.toString(v)));
        return new FestivalForm(
                f.campaignId(),
                f.unitCode(),
                start.toLocalDate().toString(),
                start.toLocalTime().toString(),
                end.toLocalTime().toString(),
                f.venue(),
                f.pilot(),
                lines(f.details().programme().stream()
                        .map(FestivalDetails.Step::title)
                        .toList()),
                lines(f.details().activities()),
                expected,
                f.details().delegateGroups(),
                f.details().modelLaunch(),
                f.internalNote());
    }

    static FestivalForm prefilled(long campaignId, String unitCode, LocalDate day, FestivalDetails d, boolean pilot) {
        return new FestivalForm(
                campaignId,
                unitCode,
                day.toString(),
                "07:30",
                "11:00",
                "",
                pilot,
                lines(d.programme().stream().map(FestivalDetails.Step::title).toList()),
                lines(d.activities()),
                Map.of(),
                List.of(),
                d.modelLaunch(),
                "");
    }

    FestivalCommand command(boolean register) {
        // "startsAt" is the field the form shows the date's message beside, as the service does.
        LocalDate day = Bounds.parseDate("startsAt", date, "festival.time.required");
        OffsetDateTime starts = null;
        OffsetDateTime ends = null;
        try {
            starts = day.atTime(LocalTime.parse(startTime)).atZone(Formats.ZONE).toOffsetDateTime();
            ends = day.atTime(LocalTime.parse(endTime)).atZone(Formats.ZONE).toOffsetDateTime();
        } catch (RuntimeException e) {
            throw ValidationException.of("startsAt", "festival.time.required");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String g : GROUPS) {
            String v = expected == null ? null : expected.get(g);
            if (v != null && !v.isBlank()) {
                try {
                    counts.put(g, Integer.parseInt(v.strip()));
                } catch (NumberFormatException e) {
                    throw ValidationException.of("expected", "festival.attendance.invalid", g);
                }
            }
        }
        List<FestivalDetails.Step> steps = split(programme).stream()
                .map(t -> new FestivalDetails.Step(t, t.contains("(nếu có)"), null))
                .toList();
        FestivalDetails details = new FestivalDetails(
                steps,
                split(activities),
                counts,
                delegates == null ? List.of() : delegates,
                blankToNull(modelLaunch),
                Map.of(),
                List.of(),
                null);
        return new FestivalCommand(campaignId, unitCode, starts, ends, venue, pilot, details, internalNote, register);
    }

    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(out::add);
        return out;
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
