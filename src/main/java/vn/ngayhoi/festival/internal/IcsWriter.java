package vn.ngayhoi.festival.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import org.springframework.stereotype.Component;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.shared.Formats;

/**
 * Festivals as an iCalendar (RFC 5545) document: a hand-built VTIMEZONE for Asia/Ho_Chi_Minh (UTC+7
 * all year since 1975, no daylight saving) so nothing is looked up or downloaded (see
 * {@code ical4j.properties}: updates off, in-memory cache), and one VEVENT per festival with the
 * stable UID {@code festival-<id>@ngayhoi}, SEQUENCE = the festival's version so changes replace the
 * copy in subscribers' calendars. STATUS: Dự kiến and Hoãn → TENTATIVE, Đã đăng ký and Đã tổ chức →
 * CONFIRMED, Hủy → CANCELLED (cancelled festivals stay in the feed so subscribed calendars strike them
 * out instead of keeping a stale event).
 */
@Component
public class IcsWriter {

    public static final String TZID = Formats.ZONE.getId();
    public static final String PRODID = "-//Ngay hoi toan dan bao ve ANTQ//Lich Ngay hoi//VI";
    public static final String SUMMARY_PREFIX = "Ngày hội toàn dân bảo vệ ANTQ – ";

    /** The whole calendar as text, CRLF line endings and lines folded at 75 octets. */
    public String write(String calendarName, List<Festival> festivals, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(new Version(new net.fortuna.ical4j.model.ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        calendar.add(new XProperty("X-WR-TIMEZONE", TZID));
        calendar.add(timeZone());
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        for (Festival f : festivals) {
            calendar.add(event(f, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            // validating = false: the output is ours; validation would consult the time-zone registry.
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return foldOctets(out.toString());
    }

    /**
     * RFC 5545 §3.1: lines longer than 75 octets are folded. ical4j counts characters, and a
     * Vietnamese line of 75 characters is longer than 75 octets in UTF-8, so the lines are unfolded
     * and folded again by octets, never inside a character.
     */
    static String foldOctets(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(ics.length() + 64);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                    limit = 75;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static VTimeZone timeZone() {
        Standard standard = new Standard();
        standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
        standard.add(new TzOffsetFrom(ZoneOffset.ofHours(7)));
        standard.add(new TzOffsetTo(ZoneOffset.ofHours(7)));
        standard.add(new TzName("ICT"));
        VTimeZone tz = new VTimeZone();
        tz.add(new net.fortuna.ical4j.model.property.TzId(TZID));
        tz.add(standard);
        return tz;
    }

    static VEvent event(Festival f, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid("festival-" + f.id() + "@ngayhoi"));
        event.add(new DtStamp(stamp));
        event.add(
                local(new DtStart<>(f.startsAt().atZoneSameInstant(Formats.ZONE).toLocalDateTime())));
        event.add(local(new DtEnd<>(f.endsAt().atZoneSameInstant(Formats.ZONE).toLocalDateTime())));
        event.add(new Summary(SUMMARY_PREFIX + f.unitName()));
        event.add(new Location(f.venue()));
        event.add(new Sequence(f.version()));
        event.add(new Status(status(f.status())));
        if (f.statusReason() != null && !f.statusReason().isBlank()) {
            event.add(new Description(f.statusReason()));
        }
        return event;
    }

    private static <P extends net.fortuna.ical4j.model.Property> P local(P property) {
        property.add(new TzId(TZID));
        return property;
    }

    static String status(FestivalStatus s) {
        return switch (s) {
            case PLANNED, POSTPONED -> Status.VALUE_TENTATIVE;
            case REGISTERED, HELD, AWAITING_RESULTS -> Status.VALUE_CONFIRMED;
            case CANCELLED -> Status.VALUE_CANCELLED;
        };
    }
}
