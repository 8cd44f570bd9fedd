package vn.ngayhoi.report;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.shared.ValidationException;

/**
 * Every reported value of a campaign, one row per unit and indicator, for analysts who pull the
 * figures into their own tools. Read through a database cursor (1,000 rows at a time) and handed to
 * the caller row by row, so a national export never sits in memory; scoped like the totals.
 */
@Service
public class ReportValues {

    /** Which reports' values: accepted only (the default), also those submitted and awaiting review, or all. */
    public enum Statuses {
        ACCEPTED("ACCEPTED"),
        SUBMITTED("ACCEPTED", "SUBMITTED"),
        ALL("ACCEPTED", "SUBMITTED", "RETURNED", "DRAFT");

        private final String[] stored;

        Statuses(String... stored) {
            this.stored = stored;
        }

        /** {@code accepted}, {@code submitted} or {@code all}; null is {@code accepted}; else a 400 naming {@code status}. */
        public static Statuses parse(String text) {
            if (text == null || text.isBlank()) {
                return ACCEPTED;
            }
            return Arrays.stream(values())
                    .filter(s -> s.name().equalsIgnoreCase(text.strip()))
                    .findFirst()
                    .orElseThrow(() -> ValidationException.of("status", "report.values.status"));
        }
    }

    /** One value: the unit, the indicator, the value (a number for numeric indicators) and its report. */
    public record Row(
            String unitCode,
            String unitName,
            String unitType,
            String indicatorCode,
            String indicatorName,
            Object value,
            String reportStatus,
            OffsetDateTime acceptedAt) {}

    /** What was asked for, checked (campaign visible, unit in scope, status known) before any row is sent. */
    public record Selection(ReportTotals.Area area, Statuses statuses) {}

    private static final int FETCH_SIZE = 1000;

    private final ReportTotals totals;
    private final JdbcClient cursor;

    ReportValues(ReportTotals totals, DataSource dataSource) {
        this.totals = totals;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.cursor = JdbcClient.create(template);
    }

    public Selection select(long campaignId, String unitCode, String status) {
        Statuses statuses = Statuses.parse(status);
        return new Selection(totals.area(campaignId, unitCode), statuses);
    }

    /**
     * Hands every row of the selection to {@code sink}, by unit code then the form's indicator order.
     * Runs in a read-only transaction: PostgreSQL only streams a cursor outside auto-commit.
     */
    @Transactional(readOnly = true)
    public long stream(Selection selection, Consumer<Row> sink) {
        ReportForm form = selection.area().form();
        Map<String, ReportForm.Indicator> indicators = form.definition()
                .indicators()
                .collect(Collectors.toMap(ReportForm.Indicator::code, Function.identity(), (a, b) -> a));
        String[] order =
                form.definition().indicators().map(ReportForm.Indicator::code).toArray(String[]::new);
        long[] count = {0};
        cursor.sql("""
                        select o.code, o.name, o.type_code, r.status, r.decided_at, v.key, v.value
                        from report r
                        join org_unit o on o.id = r.unit_id
                        cross join lateral jsonb_each_text(r.data -> 'values') v
                        where r.form_id = ? and o.path like ? and r.status = any(?)
                        order by o.code, r.id, coalesce(array_position(?::text[], v.key), 2147483647), v.key
                        """)
                .params(form.id(), selection.area().pathPrefix() + "%", selection.statuses().stored, order)
                .query(rs -> {
                    ReportForm.Indicator indicator = indicators.get(rs.getString(6));
                    String status = rs.getString(4);
                    sink.accept(new Row(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(6),
                            indicator == null ? null : indicator.label(),
                            value(indicator, rs.getString(7)),
                            status,
                            "ACCEPTED".equals(status) ? shown(rs.getObject(5, OffsetDateTime.class)) : null));
                    count[0]++;
                });
        return count[0];
    }

    private static OffsetDateTime shown(OffsetDateTime at) {
        return at == null
                ? null
                : at.atZoneSameInstant(vn.ngayhoi.shared.Formats.ZONE).toOffsetDateTime();
    }

    private static Object value(ReportForm.Indicator indicator, String canonical) {
        if (canonical == null || indicator == null) {
            return canonical;
        }
        return switch (indicator.type()) {
            case INTEGER, DECIMAL, MONEY -> {
                try {
                    yield new BigDecimal(canonical);
                } catch (NumberFormatException e) {
                    yield canonical;
                }
            }
            case YES_NO -> "true".equals(canonical.toLowerCase(Locale.ROOT));
            default -> canonical;
        };
    }
}
