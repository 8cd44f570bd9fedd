package vn.ngayhoi.shared.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.ValidationException;

/**
 * Every API list's body: {@code {"items": [...], "total": N, "page": P, "size": S}}. {@code total}
 * counts every matching row, not the page, so a client knows when it has read them all.
 *
 * @param <T> the item type
 */
public record ApiList<T>(List<T> items, long total, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** A list that is not paged (small fixed lists such as a campaign's sub-plans). */
    public static <T> ApiList<T> all(List<T> items) {
        return new ApiList<>(items, items.size(), 0, items.size());
    }

    /**
     * One page of {@code ordered}, which the caller has already put in a stable order (by id), so
     * that walking the pages returns every row exactly once.
     */
    public static <T> ApiList<T> page(List<T> ordered, Integer page, Integer size) {
        int p = page == null ? 0 : Bounds.page("page", page, 0);
        int s = size(size);
        long from = Math.min((long) p * s, ordered.size());
        long to = Math.min(from + s, ordered.size());
        return new ApiList<>(List.copyOf(ordered.subList((int) from, (int) to)), ordered.size(), p, s);
    }

    /**
     * One page read in SQL ({@link vn.ngayhoi.shared.Slice}): the API's body, and the model of an
     * HTML list page, whose pager fragment reads {@link #first()}, {@link #last()} and {@link #total()}.
     */
    public static <T> ApiList<T> of(vn.ngayhoi.shared.Slice<T> slice, int page, int size) {
        return new ApiList<>(slice.items(), slice.total(), page, size);
    }

    /** The API's page number: 0 when absent, a 400 naming {@code page} when negative or absurd. */
    public static int page(Integer page) {
        return page == null ? 0 : Bounds.page("page", page, 0);
    }

    /**
     * An HTML page's number: a person editing the address gets the nearest page rather than an error
     * page, so a missing, negative or absurd number is clamped (0 … {@link Bounds#LAST_PAGE}).
     */
    public static int clampPage(Integer page) {
        return page == null ? 0 : Math.max(0, Math.min(page, Bounds.LAST_PAGE));
    }

    /** An HTML page's size: 50 when absent, otherwise clamped to 1–500 (see {@link #clampPage}). */
    public static int clampSize(Integer size) {
        return size == null ? DEFAULT_SIZE : Math.max(1, Math.min(size, MAX_SIZE));
    }

    /** The rows to skip in SQL before this page. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }

    /** The 1-based number of the page's first row (0 when the page is empty), for "1–50 / 1.234". */
    public long first() {
        return items.isEmpty() ? 0 : offset(page, size) + 1;
    }

    /** The 1-based number of the page's last row (0 when the page is empty). */
    public long last() {
        return items.isEmpty() ? 0 : offset(page, size) + items.size();
    }

    /** The number of the last page that holds rows (0 for an empty list). */
    public long lastPage() {
        return total == 0 ? 0 : (total - 1) / size;
    }

    /** The page size asked for, 50 when absent, or a 400 naming {@code size} outside 1–500. */
    public static int size(Integer size) {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ValidationException.of("size", "input.size.outOfRange", "size", 1, MAX_SIZE);
        }
        return size;
    }

    /**
     * An instant given as a query parameter ({@code updatedSince}): ISO with an offset
     * ({@code 2022-08-12T08:00:00Z}, {@code …+07:00}) or a local time of Asia/Ho_Chi_Minh
     * ({@code 2022-08-12T08:00:00}); anything else is a 400 naming the field.
     */
    public static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        OffsetDateTime parsed = dateTime(text.strip());
        if (parsed == null) {
            throw ValidationException.of(field, "input.dateTime", field);
        }
        Bounds.year(field, parsed.getYear());
        return parsed.toInstant();
    }

    /** Whether a row last changed at {@code updatedAt} is one to send for {@code since} (null: all rows). */
    public static boolean changedAfter(OffsetDateTime updatedAt, Instant since) {
        return since == null || (updatedAt != null && updatedAt.toInstant().isAfter(since));
    }

    /** An ISO date-time with or without an offset (then in Asia/Ho_Chi_Minh), or null when unreadable. */
    public static OffsetDateTime dateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(Formats.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
