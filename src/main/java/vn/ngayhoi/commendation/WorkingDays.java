package vn.ngayhoi.commendation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.commendation.CommendationEvents.HolidayChanged;
import vn.ngayhoi.commendation.internal.CalendarRepository;
import vn.ngayhoi.commendation.internal.CalendarRepository.Day;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;

/**
 * The working-day clock of vetting: Monday to Friday, less the public holidays and the government's
 * announced days off, plus the Saturdays a swap makes working days; all dated data the
 * administrator edits.
 */
@Service
public class WorkingDays {

    private final CalendarRepository calendar;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;

    WorkingDays(CalendarRepository calendar, AccessPolicy policy, ApplicationEventPublisher events) {
        this.calendar = calendar;
        this.policy = policy;
        this.events = events;
    }

    /**
     * The {@code days}-th working day after {@code received}: the day of receipt does not count, as
     * a time limit in days starts the day after the event (Bộ luật Dân sự 2015 Điều 147).
     */
    public LocalDate addWorkingDays(LocalDate received, int days) {
        Map<LocalDate, Day> special = calendar.days(received, received.plusDays(days * 3L + 40));
        LocalDate d = received;
        int counted = 0;
        while (counted < days) {
            d = d.plusDays(1);
            if (working(d, special)) {
                counted++;
            }
        }
        return d;
    }

    public boolean isWorkingDay(LocalDate day) {
        return working(day, calendar.days(day, day));
    }

    private static boolean working(LocalDate d, Map<LocalDate, Day> special) {
        Day s = special.get(d);
        if (s != null) {
            return s.working();
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public List<Day> daysOfYear(int year) {
        return calendar.daysOfYear(Bounds.year("year", year));
    }

    /** The administrator adds or changes a day off (or a swapped working day). */
    @Transactional
    public void put(LocalDate day, boolean working, String name) {
        policy.requireAnyRole(Role.ADMIN);
        Bounds.date("day", day);
        String clean = Texts.clean(name);
        if (day == null) {
            throw ValidationException.of("day", "commendation.holiday.day");
        }
        if (clean == null || clean.isEmpty() || clean.length() > 200) {
            throw ValidationException.of("name", "commendation.holiday.name");
        }
        calendar.put(day, working, clean);
        events.publishEvent(new HolidayChanged(day, (working ? "làm bù: " : "nghỉ: ") + clean));
    }

    @Transactional
    public void remove(LocalDate day) {
        policy.requireAnyRole(Role.ADMIN);
        if (day != null && calendar.remove(day)) {
            events.publishEvent(new HolidayChanged(day, "xóa"));
        }
    }
}
