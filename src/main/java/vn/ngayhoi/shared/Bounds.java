package vn.ngayhoi.shared;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The sane range of a year, a date and a page number taken from a request. Java reads years up to
 * +999999999 and ints up to 2147483647, but PostgreSQL's dates stop at year 294276 and an offset of
 * page × size overflows an int, so an absurd value is refused here with the field named instead of
 * failing deep in SQL. Every controller binding a year, a date or a page goes through these.
 */
public final class Bounds {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    public static final int LAST_PAGE = 100_000;

    private Bounds() {}

    /** The year itself, or a 400 naming the field. */
    public static int year(String field, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ValidationException.of(field, "input.year.outOfRange", field, FIRST_YEAR, LAST_YEAR);
        }
        return year;
    }

    /** The date itself (null stays null), or a 400 naming the field when its year is absurd. */
    public static LocalDate date(String field, LocalDate date) {
        if (date != null) {
            year(field, date.getYear());
        }
        return date;
    }

    public static YearMonth month(String field, YearMonth month) {
        if (month != null) {
            year(field, month.getYear());
        }
        return month;
    }

    /** A page number between {@code first} (0 or 1, as the page counts) and {@link #LAST_PAGE}. */
    public static int page(String field, int page, int first) {
        if (page < first || page > LAST_PAGE) {
            throw ValidationException.of(field, "input.page.outOfRange", field, first, LAST_PAGE);
        }
        return page;
    }

    /**
     * A date typed into a form ({@code yyyy-MM-dd}); blank or unreadable text is a problem of the
     * field with the given message, an absurd year one of the range.
     */
    public static LocalDate parseDate(String field, String text, String messageKey) {
        LocalDate date;
        try {
            date = LocalDate.parse(text == null ? "" : text.strip());
        } catch (RuntimeException e) {
            throw ValidationException.of(field, messageKey);
        }
        return date(field, date);
    }
}
