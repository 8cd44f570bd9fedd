package vn.ngayhoi.report.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.report.UnitHistory;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ValidationException;

/**
 * {@code GET /api/v1/org-units/{code}/history?indicator=&years=}: a unit's accepted total of one
 * indicator per year; for years before the unit existed, the sum of its predecessors and which ones
 * were counted. Scoped like the unit itself: a unit outside the caller's subtree is a 404.
 */
@RestController
class UnitHistoryApiController {

    private static final int MAX_YEARS = 20;

    private final UnitHistory history;
    private final OrgUnitManagement units;
    private final Clock clock;

    UnitHistoryApiController(UnitHistory history, OrgUnitManagement units, Clock clock) {
        this.history = history;
        this.units = units;
        this.clock = clock;
    }

    /** A predecessor behind a year's figure; {@code share} is what counted (null: not counted). */
    record SourceDto(String code, String name, String structure, String type, BigDecimal share, boolean counted) {
        static SourceDto of(UnitHistory.Source s) {
            return new SourceDto(
                    s.unit().code(),
                    s.unit().name(),
                    s.unit().structureCode(),
                    s.type(),
                    s.share() == null ? null : s.share().stripTrailingZeros(),
                    s.counted());
        }
    }

    /** One year: {@code value} null when no campaign of that year covers the unit. */
    record YearDto(int year, Long campaignId, BigDecimal value, List<SourceDto> predecessors) {}

    record HistoryDto(String code, String name, String structure, String indicator, List<YearDto> items, long total) {}

    @GetMapping("/api/v1/org-units/{code}/history")
    HistoryDto history(
            @PathVariable String code,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String years,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        if (indicator == null || !indicator.strip().matches("[a-z0-9_]{1,60}")) {
            throw ValidationException.of("indicator", "report.history.indicator");
        }
        List<Integer> wanted = years(years);
        OrgUnit unit = units.getByCode(code, at == null ? LocalDate.now(clock) : Bounds.date("at", at));
        List<YearDto> items = history.history(unit, indicator.strip(), wanted).stream()
                .map(y -> new YearDto(
                        y.year(),
                        y.form() == null ? null : y.form().campaignId(),
                        y.value() == null ? null : vn.ngayhoi.report.ReportTotals.plain(y.value()),
                        sources(y)))
                .toList();
        return new HistoryDto(unit.code(), unit.name(), unit.structureCode(), indicator.strip(), items, items.size());
    }

    private static List<SourceDto> sources(UnitHistory.Year y) {
        List<SourceDto> all = new ArrayList<>();
        y.counted().forEach(s -> all.add(SourceDto.of(s)));
        y.notCounted().forEach(s -> all.add(SourceDto.of(s)));
        return all;
    }

    /** "2024,2025" or "2021-2026"; without it the five years up to this one. */
    private List<Integer> years(String text) {
        List<Integer> result = new ArrayList<>();
        if (text == null || text.isBlank()) {
            int now = LocalDate.now(clock).getYear();
            for (int y = now - 4; y <= now; y++) {
                result.add(y);
            }
            return result;
        }
        try {
            String t = text.strip();
            if (t.matches("\\d{4}-\\d{4}")) {
                int from = Bounds.year("years", Integer.parseInt(t.substring(0, 4)));
                int to = Bounds.year("years", Integer.parseInt(t.substring(5)));
                for (int y = from; y <= to && result.size() <= MAX_YEARS; y++) {
                    result.add(y);
                }
            } else {
                for (String part : t.split(",")) {
                    int y = Bounds.year("years", Integer.parseInt(part.strip()));
                    if (!result.contains(y)) {
                        result.add(y);
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw ValidationException.of("years", "report.history.years");
        }
        if (result.isEmpty() || result.size() > MAX_YEARS) {
            throw ValidationException.of("years", "report.history.years");
        }
        return result;
    }
}
