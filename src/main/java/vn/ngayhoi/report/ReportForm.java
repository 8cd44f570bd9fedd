package vn.ngayhoi.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A campaign's report form: what every assigned unit reports, who must report, and by when.
 *
 * @param deadline the hạn nộp
 * @param graceDays days after the deadline that still count as on time (số ngày ân hạn)
 * @param lockAfterDays days after the deadline after which entry locks (khoá nhập liệu), except
 *     for units with a lock exception
 */
public record ReportForm(
        long id,
        long campaignId,
        String title,
        Definition definition,
        long assignRootId,
        List<String> assignTypes,
        LocalDate deadline,
        int graceDays,
        int lockAfterDays,
        int version) {

    public ReportForm {
        assignTypes = List.copyOf(assignTypes);
    }

    /** The last day a submission counts as on time. */
    public LocalDate onTimeUntil() {
        return deadline.plusDays(graceDays);
    }

    /** The last day entry is open (for units without an exception). */
    public LocalDate openUntil() {
        return deadline.plusDays(lockAfterDays);
    }

    /** Sections of indicators and the rules between them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Definition(List<Section> sections, List<Rule> rules) {
        public Definition {
            sections = sections == null ? List.of() : List.copyOf(sections);
            rules = rules == null ? List.of() : List.copyOf(rules);
        }

        public Stream<Indicator> indicators() {
            return sections.stream().flatMap(s -> s.indicators().stream());
        }

        public Optional<Indicator> indicator(String code) {
            return indicators().filter(i -> i.code().equals(code)).findFirst();
        }

        public List<Indicator> numericIndicators() {
            return indicators().filter(i -> i.type().numeric()).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String title, List<Indicator> indicators) {
        public Section {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /**
     * One indicator. {@code prefill} names a figure the system already knows from festival records
     * ({@code festivals.held:COMMUNE,WARD}, {@code festivals.participants}, {@code festivals.models});
     * null when the unit types it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(
            String code,
            String label,
            IndicatorType type,
            boolean required,
            BigDecimal min,
            BigDecimal max,
            List<String> choices,
            String prefill) {
        public Indicator {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }
    }

    /** "{@code left} must be {@code comparison} {@code right}", such as commended ≤ proposed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rule(String left, Comparison comparison, String right) {}

    public enum IndicatorType {
        INTEGER,
        DECIMAL,
        MONEY,
        YES_NO,
        TEXT,
        DATE,
        CHOICE;

        /** Whether values add up across units (a yes counts as 1). */
        public boolean numeric() {
            return this == INTEGER || this == DECIMAL || this == MONEY || this == YES_NO;
        }

        public String messageKey() {
            return "report.type." + name();
        }
    }

    public enum Comparison {
        LE,
        GE,
        EQ;

        public boolean holds(BigDecimal left, BigDecimal right) {
            int c = left.compareTo(right);
            return switch (this) {
                case LE -> c <= 0;
                case GE -> c >= 0;
                case EQ -> c == 0;
            };
        }

        public String messageKey() {
            return "report.comparison." + name();
        }
    }
}
