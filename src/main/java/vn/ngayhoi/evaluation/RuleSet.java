package vn.ngayhoi.evaluation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

/**
 * A version of the rules for one kind of unit: its criteria, period, registration window,
 * recognising authority, deadlines, required files and class thresholds, in force from
 * {@code effectiveFrom} for every period ending on or after it (until a later version).
 * Dates without a year are month-day strings ("11-01").
 */
public record RuleSet(
        long id,
        UnitKind unitKind,
        String name,
        String legalBasis,
        String status,
        LocalDate effectiveFrom,
        Long copiedFromId,
        String periodStart,
        String periodEnd,
        String registrationFrom,
        String registrationTo,
        String authorityTier,
        String authorityRole,
        String authorityTitle,
        String recognitionDue,
        String classificationDue,
        String dueRoll,
        String registrationFiles,
        String recognitionFiles,
        int version,
        List<Criterion> criteria,
        Map<String, Integer> thresholds) {

    public static final List<String> CLASSES = List.of("XUAT_SAC", "KHA", "TRUNG_BINH", "YEU");

    /** The evaluation period whose end falls in {@code year}: KDC 01/11 of the year before – 31/10. */
    public Period periodOf(int year) {
        LocalDate end = md(periodEnd).atYear(year);
        LocalDate start = md(periodStart).atYear(year);
        if (!start.isBefore(end)) {
            start = start.minusYears(1);
        }
        return new Period(start, end);
    }

    /** The registration window of {@code year}'s period (quarter I of the year it ends). */
    public Period registrationWindow(int year) {
        return new Period(md(registrationFrom).atYear(year), md(registrationTo).atYear(year));
    }

    /** The configured last day after the period's end, before any working-day rule. */
    public LocalDate dueAfterPeriod(String monthDay, int year) {
        LocalDate end = periodOf(year).end();
        LocalDate due = md(monthDay).atYear(end.getYear());
        return due.isBefore(end) ? due.plusYears(1) : due;
    }

    /** The class a score earns: the highest class whose minimum it reaches, or null when none. */
    public String classOf(int score) {
        for (String c : CLASSES) {
            Integer min = thresholds.get(c);
            if (min != null && score >= min) {
                return c;
            }
        }
        return null;
    }

    public int maxPoints() {
        return criteria.stream().mapToInt(Criterion::points).sum();
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public static MonthDay md(String monthDay) {
        return MonthDay.parse("--" + monthDay);
    }

    /** A span of days, both ends included. */
    public record Period(LocalDate start, LocalDate end) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }
}
