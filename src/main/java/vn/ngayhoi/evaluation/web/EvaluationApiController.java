package vn.ngayhoi.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.evaluation.Criterion;
import vn.ngayhoi.evaluation.Evaluation;
import vn.ngayhoi.evaluation.EvaluationLists;
import vn.ngayhoi.evaluation.EvaluationRules;
import vn.ngayhoi.evaluation.Evaluations;
import vn.ngayhoi.evaluation.Evaluations.AnswerInput;
import vn.ngayhoi.evaluation.Registrations;
import vn.ngayhoi.evaluation.RuleSet;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.Slice;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.ApiList;

/**
 * Evaluation in the API (issue 17, item 8); paths, parameters and field names are a contract:
 * {@code unitCode}, {@code year}, {@code criteria} (code → {@code met}/{@code value}/{@code evidence}),
 * and the summary's {@code registered}, {@code recognised}, rates by type and classes.
 */
@RestController
class EvaluationApiController {

    private final Evaluations evaluations;
    private final EvaluationRules rules;
    private final Registrations registrations;

    private final EvaluationLists lists;

    EvaluationApiController(
            Evaluations evaluations, EvaluationLists lists, EvaluationRules rules, Registrations registrations) {
        this.evaluations = evaluations;
        this.lists = lists;
        this.registrations = registrations;
        this.rules = rules;
    }

    record CriterionItem(
            String code,
            String text,
            String kind,
            String source,
            String comparison,
            BigDecimal threshold,
            int points,
            boolean required) {
        static CriterionItem of(Criterion c) {
            return new CriterionItem(
                    c.code(), c.text(), c.kind(), c.source(), c.comparison(), c.threshold(), c.points(), c.required());
        }
    }

    record RuleSetItem(
            long id,
            String unitKind,
            String name,
            String legalBasis,
            LocalDate effectiveFrom,
            LocalDate periodStart,
            LocalDate periodEnd,
            LocalDate registrationFrom,
            LocalDate registrationTo,
            String authorityTier,
            String authorityTitle,
            LocalDate recognitionDue,
            LocalDate classificationDue,
            String registrationFiles,
            String recognitionFiles,
            Map<String, Integer> classes,
            List<CriterionItem> criteria) {}

    /** The rule set in force for each kind of unit for the period ending in {@code year}. */
    @GetMapping("/api/v1/evaluation-sets")
    ApiList<RuleSetItem> sets(@RequestParam(required = false) Integer year) {
        if (year == null) {
            throw ValidationException.of("year", "evaluation.year.required");
        }
        int y = Bounds.year("year", year);
        return ApiList.all(rules.applicableIn(y).stream()
                .map(s -> new RuleSetItem(
                        s.id(),
                        s.unitKind().name(),
                        s.name(),
                        s.legalBasis(),
                        s.effectiveFrom(),
                        s.periodOf(y).start(),
                        s.periodOf(y).end(),
                        s.registrationWindow(y).start(),
                        s.registrationWindow(y).end(),
                        s.authorityTier(),
                        s.authorityTitle(),
                        rules.recognitionDue(s, y),
                        rules.classificationDue(s, y),
                        s.registrationFiles(),
                        s.recognitionFiles(),
                        s.thresholds(),
                        s.criteria().stream().map(CriterionItem::of).toList()))
                .toList());
    }

    record AnswerItem(Boolean met, BigDecimal value, String evidence, BigDecimal suggested, Integer points) {}

    record EvaluationItem(
            long id,
            String unitCode,
            String unitName,
            int year,
            LocalDate periodStart,
            LocalDate periodEnd,
            String status,
            String authorityUnitName,
            LocalDate registeredOn,
            Long registrationDocumentId,
            Integer selfScore,
            Integer score,
            String classCode,
            String decision,
            Long certificateDocumentId,
            String returnReason,
            int version,
            Map<String, AnswerItem> criteria) {}

    private EvaluationItem item(Evaluation e) {
        Map<String, AnswerItem> criteria = new LinkedHashMap<>();
        for (Evaluations.Row r : evaluations.rows(e)) {
            criteria.put(
                    r.criterion().code(),
                    new AnswerItem(
                            r.criterion().derived()
                                    ? Boolean.valueOf(r.met())
                                    : r.answer() == null ? null : r.answer().met(),
                            r.answer() == null ? null : r.answer().value(),
                            r.answer() == null ? null : r.answer().evidence(),
                            r.suggested(),
                            r.points()));
        }
        return new EvaluationItem(
                e.id(),
                e.unitCode(),
                e.unitName(),
                e.year(),
                e.periodStart(),
                e.periodEnd(),
                e.status(),
                e.authorityUnitName(),
                e.registeredOn(),
                e.registrationDocId(),
                e.selfScore(),
                e.score(),
                e.classCode(),
                e.decisionNotation(),
                e.certificateDocId(),
                e.returnReason(),
                e.version(),
                criteria);
    }

    @GetMapping("/api/v1/evaluations")
    ApiList<EvaluationItem> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (year == null) {
            throw ValidationException.of("year", "evaluation.year.required");
        }
        int p = ApiList.page(page);
        int s = ApiList.size(size);
        Slice<Evaluation> found = lists.page(year, unit, ApiList.offset(p, s), s);
        return new ApiList<>(found.items().stream().map(this::item).toList(), found.total(), p, s);
    }

    @GetMapping("/api/v1/evaluations/{id}")
    EvaluationItem get(@PathVariable long id) {
        return item(evaluations.get(id));
    }

    record CriterionAnswer(Boolean met, BigDecimal value, String evidence, Integer points) {}

    /** Registration, or the self-assessment of a registered unit when {@code criteria} are given. */
    record EvaluationBody(
            String unitCode,
            Integer year,
            String resolutionRef,
            String planRef,
            Map<String, CriterionAnswer> criteria,
            String reportText,
            String minutesText,
            Integer version) {}

    /**
     * Registers {@code unitCode} for {@code year} (201), or, when it is registered already and the
     * body carries {@code criteria}, saves its answers (200).
     */
    @PostMapping("/api/v1/evaluations")
    ResponseEntity<EvaluationItem> save(@RequestBody EvaluationBody body) {
        if (body.year() == null) {
            throw ValidationException.of("year", "evaluation.year.required");
        }
        OrgUnit unit = evaluations.area(body.unitCode());
        var existing = evaluations.list(body.year(), unit.code()).stream()
                .filter(e -> e.unitId() == unit.id())
                .findFirst();
        if (existing.isPresent() && body.criteria() != null) {
            Map<String, AnswerInput> answers = new LinkedHashMap<>();
            body.criteria()
                    .forEach((code, a) -> answers.put(
                            code, a == null ? null : new AnswerInput(a.met(), a.value(), a.evidence(), a.points())));
            Evaluation e = evaluations.assess(
                    existing.get().id(), body.version(), answers, body.reportText(), body.minutesText());
            return ResponseEntity.ok(item(e));
        }
        Evaluation e = registrations.register(body.unitCode(), body.year(), body.resolutionRef(), body.planRef());
        if (body.criteria() != null) {
            Map<String, AnswerInput> answers = new LinkedHashMap<>();
            body.criteria()
                    .forEach((code, a) -> answers.put(
                            code, a == null ? null : new AnswerInput(a.met(), a.value(), a.evidence(), a.points())));
            e = evaluations.assess(e.id(), null, answers, body.reportText(), body.minutesText());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(item(e));
    }

    record Step(Integer version, Integer score, String reason) {}

    @PostMapping("/api/v1/evaluations/{id}/submit")
    EvaluationItem submit(@PathVariable long id, @RequestBody(required = false) Step body) {
        return item(evaluations.submit(id, body == null ? null : body.version()));
    }

    @PostMapping("/api/v1/evaluations/{id}/recognise")
    EvaluationItem recognise(@PathVariable long id, @RequestBody(required = false) Step body) {
        return item(
                evaluations.recognise(id, body == null ? null : body.version(), body == null ? null : body.score()));
    }

    @PostMapping("/api/v1/evaluations/{id}/return")
    EvaluationItem sendBack(@PathVariable long id, @RequestBody(required = false) Step body) {
        return item(
                evaluations.sendBack(id, body == null ? null : body.version(), body == null ? null : body.reason()));
    }

    record KindRate(
            String unitKind, int units, int registered, int recognised, int registeredRate, int recognisedRate) {}

    record Summary(
            String unitCode,
            int year,
            int registered,
            int recognised,
            int notRecognised,
            int submitted,
            List<KindRate> byType,
            Map<String, Integer> classes) {}

    @GetMapping("/api/v1/evaluations/summary")
    Summary summary(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String unit) {
        if (year == null) {
            throw ValidationException.of("year", "evaluation.year.required");
        }
        OrgUnit area = evaluations.area(unit);
        List<Evaluation> all = evaluations.list(year, area.code());
        Map<String, Integer> classes = new LinkedHashMap<>();
        for (String c : RuleSet.CLASSES) {
            classes.put(
                    c, (int) all.stream().filter(e -> c.equals(e.classCode())).count());
        }
        return new Summary(
                area.code(),
                year,
                all.size(),
                (int) all.stream().filter(Evaluation::recognised).count(),
                (int) all.stream()
                        .filter(e -> "NOT_RECOGNISED".equals(e.status()))
                        .count(),
                (int) all.stream().filter(e -> "SUBMITTED".equals(e.status())).count(),
                registrations.coverage(area, year).stream()
                        .map(r -> new KindRate(
                                r.kind().name(),
                                r.units(),
                                r.registered(),
                                r.recognised(),
                                r.registeredPercent(),
                                r.recognisedPercent()))
                        .toList(),
                classes);
    }
}
