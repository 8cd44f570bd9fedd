package vn.ngayhoi.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;

/**
 * Vietnamese formats for pages and documents: dates 15/08/2022, times 08:00, counts 1.234.567.
 * Exposed to templates as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime odt) {
            return DATE.format(odt.atZoneSameInstant(ZONE));
        }
        return DATE.format(value);
    }

    public String dateTime(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OffsetDateTime odt) {
            return DATE_TIME.format(odt.atZoneSameInstant(ZONE));
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof LocalDateTime ldt) {
            return DATE_TIME.format(ldt);
        }
        return DATE_TIME.format(value);
    }

    /**
     * The place-date line of an official document (NĐ 30): "Quan Sơn, ngày 05 tháng 01 năm 2022";
     * the day is zero-padded below 10 and the month only for January and February.
     */
    public static String placeDate(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        int m = date.getMonthValue();
        String month = m <= 2 ? "0" + m : Integer.toString(m);
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** The same line before signing, with blanks for the day and month. */
    public static String placeDateBlank(String place, int year) {
        return place + ", ngày      tháng      năm " + year;
    }

    public String number(long value) {
        return numberFormat().format(value);
    }

    public String number(Number value) {
        return value == null ? "" : numberFormat().format(value);
    }

    /**
     * One format per thread, built once: pages call {@link #number} for every figure they show, and
     * building the symbols and parsing the pattern each time was a visible share of a dashboard's
     * rendering (issue 20's profile). DecimalFormat is not thread-safe, so it is not shared.
     */
    private static final ThreadLocal<DecimalFormat> NUMBER_FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.##", symbols);
    });

    private static DecimalFormat numberFormat() {
        return NUMBER_FORMAT.get();
    }
}
