package vn.ngayhoi.commendation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dated data of commendations: holidays and swapped working days, lương cơ sở. */
@Repository
public class CalendarRepository {

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A day the clock skips ({@code working} false) or counts although it is a weekend. */
    public record Day(LocalDate day, boolean working, String name) {}

    /** A lương cơ sở amount and the date it is in force from. */
    public record BaseSalary(LocalDate validFrom, long amount, String source) {}

    public Map<LocalDate, Day> days(LocalDate from, LocalDate to) {
        Map<LocalDate, Day> days = new TreeMap<>();
        jdbc.sql("select day, kind, name from commendation_holiday where day between ? and ?")
                .params(from, to)
                .query((rs, n) ->
                        new Day(rs.getObject(1, LocalDate.class), "WORKING".equals(rs.getString(2)), rs.getString(3)))
                .list()
                .forEach(d -> days.put(d.day(), d));
        return days;
    }

    public List<Day> daysOfYear(int year) {
        return jdbc.sql(
                        "select day, kind, name from commendation_holiday where extract(year from day) = ? order by day")
                .param(year)
                .query((rs, n) ->
                        new Day(rs.getObject(1, LocalDate.class), "WORKING".equals(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** Adds or replaces the day; true when a row was there before. */
    public boolean put(LocalDate day, boolean working, String name) {
        int before = jdbc.sql("delete from commendation_holiday where day = ?")
                .param(day)
                .update();
        jdbc.sql("insert into commendation_holiday (day, kind, name) values (?, ?, ?)")
                .params(day, working ? "WORKING" : "OFF", name)
                .update();
        return before > 0;
    }

    public boolean remove(LocalDate day) {
        return jdbc.sql("delete from commendation_holiday where day = ?")
                        .param(day)
                        .update()
                > 0;
    }

    public Optional<BaseSalary> baseSalaryOn(LocalDate day) {
        return jdbc.sql("""
                        select valid_from, amount, source from commendation_base_salary
                        where valid_from <= ? order by valid_from desc limit 1
                        """)
                .param(day)
                .query((rs, n) -> new BaseSalary(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    public List<BaseSalary> baseSalaries() {
        return jdbc.sql("select valid_from, amount, source from commendation_base_salary order by valid_from")
                .query((rs, n) -> new BaseSalary(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3)))
                .list();
    }

    public void putBaseSalary(LocalDate validFrom, long amount, String source) {
        jdbc.sql("delete from commendation_base_salary where valid_from = ?")
                .param(validFrom)
                .update();
        jdbc.sql("insert into commendation_base_salary (valid_from, amount, source) values (?, ?, ?)")
                .params(validFrom, amount, source)
                .update();
    }
}
