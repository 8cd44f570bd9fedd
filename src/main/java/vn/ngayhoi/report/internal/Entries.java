package vn.ngayhoi.report.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForm.Definition;
import vn.ngayhoi.report.ReportForm.Indicator;
import vn.ngayhoi.report.ReportForm.IndicatorType;
import vn.ngayhoi.report.ReportForm.Rule;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException.Problem;

/**
 * Reads what a unit typed into canonical values and finds every problem at once. Numbers are
 * typed the Vietnamese way (1.234.567 and 12,5); a problem names the field it belongs to
 * ({@code v_<code>}), so the page shows it beside that field.
 */
public final class Entries {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_NARRATIVE = 10_000;
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");
    private static final Pattern DIGITS = Pattern.compile("-?\\d+");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private Entries() {}

    /** Canonical values and the problems found. */
    public record Checked(Map<String, String> values, List<Problem> problems) {}

    public static String field(String code) {
        return "v_" + code;
    }

    /**
     * Checks typed values against the form. Types and ranges are always checked; required values and
     * the rules between indicators only when {@code submitting} (a draft may be half done).
     */
    public static Checked check(Definition form, Map<String, String> typed, boolean submitting) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        form.indicators().forEach(indicator -> {
            String raw = Texts.clean(typed.get(indicator.code()));
            if (raw == null || raw.isEmpty()) {
                if (submitting && indicator.required()) {
                    problems.add(new Problem(field(indicator.code()), "report.value.required", indicator.label()));
                }
                return;
            }
            try {
                values.put(indicator.code(), canonical(indicator, raw));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(field(indicator.code()), e.getMessage(), indicator.label(), bound(indicator)));
            }
        });
        for (Rule rule : submitting ? form.rules() : List.<Rule>of()) {
            String left = values.get(rule.left());
            String right = values.get(rule.right());
            Indicator l = form.indicator(rule.left()).orElse(null);
            Indicator r = form.indicator(rule.right()).orElse(null);
            if (left == null || right == null || l == null || r == null) {
                continue;
            }
            if (!rule.comparison().holds(number(l, left), number(r, right))) {
                problems.add(new Problem(field(rule.left()), rule.comparison().messageKey(), l.label(), r.label()));
            }
        }
        return new Checked(values, problems);
    }

    /** The narrative, cleaned; too long a part is a problem, an empty result part too when submitting. */
    public static ReportData.Narrative narrative(
            ReportData.Narrative typed, boolean submitting, List<Problem> problems) {
        ReportData.Narrative n = typed == null ? ReportData.Narrative.EMPTY : typed;
        String[] names = {"results", "shortcomings", "lessons", "proposals"};
        List<String> parts = n.parts();
        String[] clean = new String[4];
        for (int i = 0; i < 4; i++) {
            String part = parts.get(i) == null
                    ? null
                    : java.text.Normalizer.normalize(parts.get(i), java.text.Normalizer.Form.NFC)
                            .strip();
            clean[i] = part == null || part.isEmpty() ? null : part;
            if (clean[i] != null && clean[i].length() > MAX_NARRATIVE) {
                problems.add(new Problem("n_" + names[i], "report.narrative.tooLong", MAX_NARRATIVE));
            }
        }
        if (submitting && clean[0] == null) {
            problems.add(new Problem("n_results", "report.narrative.resultsRequired"));
        }
        return new ReportData.Narrative(clean[0], clean[1], clean[2], clean[3]);
    }

    /** The numeric values that add up, by code. */
    public static Map<String, BigDecimal> numbers(Definition form, Map<String, String> values) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        form.indicators().filter(i -> i.type().numeric()).forEach(i -> {
            String v = values.get(i.code());
            if (v != null) {
                numbers.put(i.code(), number(i, v));
            }
        });
        return numbers;
    }

    static BigDecimal number(Indicator indicator, String canonical) {
        if (indicator.type() == IndicatorType.YES_NO) {
            return "true".equals(canonical) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return new BigDecimal(canonical);
    }

    private static String bound(Indicator i) {
        if (i.min() != null && i.max() != null) {
            return i.min().toPlainString() + " – " + i.max().toPlainString();
        }
        return i.min() != null
                ? i.min().toPlainString()
                : i.max() == null ? "" : i.max().toPlainString();
    }

    /**
     * A stored value as the form shows it again: 9800000 → "9.800.000", 12.5 → "12,5", the way it
     * was typed (and is read back by {@link #canonical}); other types as stored.
     */
    public static String display(Indicator indicator, String stored) {
        if (stored == null || stored.isEmpty()) {
            return stored;
        }
        return switch (indicator.type()) {
            case INTEGER, MONEY, DECIMAL -> {
                java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols();
                symbols.setGroupingSeparator('.');
                symbols.setDecimalSeparator(',');
                try {
                    yield new java.text.DecimalFormat("#,##0.####", symbols).format(new BigDecimal(stored));
                } catch (NumberFormatException e) {
                    yield stored;
                }
            }
            default -> stored;
        };
    }

    /** The canonical form of one typed value; an IllegalArgumentException carries the message key. */
    static String canonical(Indicator indicator, String raw) {
        return switch (indicator.type()) {
            case INTEGER, MONEY -> ranged(indicator, integer(raw)).toPlainString();
            case DECIMAL -> ranged(indicator, decimal(raw)).stripTrailingZeros().toPlainString();
            case YES_NO -> yesNo(raw);
            case DATE -> date(raw).toString();
            case CHOICE -> {
                if (!indicator.choices().contains(raw)) {
                    throw new IllegalArgumentException("report.value.choice");
                }
                yield raw;
            }
            case TEXT -> {
                if (raw.length() > MAX_TEXT) {
                    throw new IllegalArgumentException("report.value.tooLong");
                }
                yield raw;
            }
        };
    }

    private static BigDecimal integer(String raw) {
        String s = raw.replace(" ", "");
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(".", "");
        }
        if (!DIGITS.matcher(s).matches() || s.length() > 16) {
            throw new IllegalArgumentException("report.value.integer");
        }
        return new BigDecimal(s);
    }

    private static BigDecimal decimal(String raw) {
        String s = raw.replace(" ", "");
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (GROUPED.matcher(s).matches()) {
            s = s.replace(".", "");
        }
        try {
            BigDecimal d = new BigDecimal(s);
            if (d.abs().compareTo(LIMIT) >= 0 || d.scale() > 4) {
                throw new IllegalArgumentException("report.value.decimal");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("report.value.decimal");
        }
    }

    private static BigDecimal ranged(Indicator i, BigDecimal value) {
        BigDecimal min = i.min() == null ? BigDecimal.ZERO : i.min();
        if (value.compareTo(min) < 0) {
            throw new IllegalArgumentException("report.value.min");
        }
        if (i.max() != null && value.compareTo(i.max()) > 0) {
            throw new IllegalArgumentException("report.value.max");
        }
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("report.value.integer");
        }
        return value;
    }

    private static String yesNo(String raw) {
        String folded = Texts.fold(raw);
        if (folded.equals("true") || folded.equals("co")) {
            return "true";
        }
        if (folded.equals("false") || folded.equals("khong")) {
            return "false";
        }
        throw new IllegalArgumentException("report.value.yesNo");
    }

    private static LocalDate date(String raw) {
        try {
            LocalDate d = raw.contains("/") ? LocalDate.parse(raw, VN_DATE) : LocalDate.parse(raw);
            if (d.getYear() < Bounds.FIRST_YEAR || d.getYear() > Bounds.LAST_YEAR) {
                throw new DateTimeParseException("year out of range", raw, 0);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("report.value.date");
        }
    }
}
