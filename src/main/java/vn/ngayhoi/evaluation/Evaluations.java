package vn.ngayhoi.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.evaluation.Evaluation.Answer;
import vn.ngayhoi.evaluation.EvaluationEvents.EvaluationAssessed;
import vn.ngayhoi.evaluation.EvaluationEvents.EvaluationDecided;
import vn.ngayhoi.evaluation.EvaluationEvents.EvaluationReturned;
import vn.ngayhoi.evaluation.EvaluationEvents.EvaluationSubmitted;
import vn.ngayhoi.evaluation.internal.EvaluationRepository;
import vn.ngayhoi.evaluation.internal.EvaluationSpeakers;
import vn.ngayhoi.evaluation.internal.EvidenceReader;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/**
 * A unit's evaluation from registration to decision. Registration in the rule set's window issues
 * the Bản đăng ký; the self-assessment shows each criterion with what the system knows as its
 * suggestion; submission freezes the derived figures; the configured authority decides (derived
 * criteria recomputed then, class from the configured thresholds) or returns with a reason. Every
 * read and write goes through the access policy: outside the subtree 404, a non-authority 403.
 */
@Service
public class Evaluations {

    private static final vn.ngayhoi.shared.Formats FMT = new vn.ngayhoi.shared.Formats();

    static final Role[] OFFICERS = {Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.LEADER};

    private final EvaluationRepository repo;
    private final EvaluationRules rules;
    private final EvidenceReader evidence;
    private final EvaluationSpeakers speakers;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final DocumentIssuing issuing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Evaluations(
            EvaluationRepository repo,
            EvaluationRules rules,
            EvidenceReader evidence,
            EvaluationSpeakers speakers,
            OrgUnitManagement units,
            AccessPolicy policy,
            DocumentIssuing issuing,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repo = repo;
        this.rules = rules;
        this.evidence = evidence;
        this.speakers = speakers;
        this.units = units;
        this.policy = policy;
        this.issuing = issuing;
        this.events = events;
        this.clock = clock;
    }

    // ---- reads ----

    public Evaluation get(long id) {
        Evaluation e = repo.find(id).orElseThrow(() -> new NotFoundException("evaluation:" + id));
        policy.requireVisible(e.unitPath(), "evaluation:" + id);
        return e;
    }

    /** The evaluations of a year in the caller's scope, or in one unit's subtree. */
    public List<Evaluation> list(int year, String unitCode) {
        return repo.list(area(unitCode).path(), Bounds.year("year", year));
    }

    /** The unit the caller asks about (their own unit by default), checked against their scope. */
    public OrgUnit area(String unitCode) {
        Actor actor = policy.requireActor();
        OrgUnit unit;
        if (unitCode == null || unitCode.isBlank()) {
            unit = units.systemFindById(actor.unitId()).orElseThrow(() -> new NotFoundException("org_unit"));
            if (actor.has(Role.ADMIN)) {
                return unit;
            }
        } else {
            unit = units.systemFindByCode(unitCode.strip(), LocalDate.now(clock))
                    .orElseThrow(() -> new NotFoundException("org_unit:" + unitCode));
        }
        policy.requireVisible(unit.path(), "org_unit:" + unit.code());
        return unit;
    }

    /** One criterion as the self-assessment shows it: the rule, the unit's answer, the system's figure. */
    public record Row(Criterion criterion, Answer answer, BigDecimal suggested, boolean met, int points) {}

    /** The criteria of an evaluation with their state now; derived figures are live until frozen. */
    public List<Row> rows(Evaluation e) {
        RuleSet set = rules.get(e.ruleSetId());
        OrgUnit unit = units.systemFindById(e.unitId()).orElseThrow();
        boolean live = e.editable() || "SUBMITTED".equals(e.status());
        boolean inWindow = set.registrationWindow(e.year()).contains(e.registeredOn());
        // the year's campaign is looked up once for all the criteria that read from it
        java.util.function.Supplier<Optional<Long>> campaign = memo(() -> evidence.campaignOf(unit, e.year()));
        List<Row> rows = new ArrayList<>();
        for (Criterion c : set.criteria()) {
            Answer a = e.answers().get(c.code());
            BigDecimal suggested = c.source() == null
                    ? null
                    : evidence.read(EvidenceSource.valueOf(c.source()), unit, e.year(), inWindow, campaign)
                            .orElse(null);
            boolean met;
            if (c.derived()) {
                BigDecimal v = live || a == null ? suggested : a.value();
                met = c.meets(v == null ? BigDecimal.ZERO : v);
                a = new Answer(met, v, a == null ? null : a.evidence(), null);
            } else if (c.yesNo()) {
                met = a != null && Boolean.TRUE.equals(a.met());
            } else {
                met = a != null && c.meets(a.value());
            }
            int points = a != null && a.selfPoints() != null ? a.selfPoints() : met ? c.points() : 0;
            rows.add(new Row(c, a, suggested, met, points));
        }
        return rows;
    }

    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> s) {
        Object[] held = new Object[1];
        boolean[] done = new boolean[1];
        return () -> {
            if (!done[0]) {
                held[0] = s.get();
                done[0] = true;
            }
            @SuppressWarnings("unchecked")
            T t = (T) held[0];
            return t;
        };
    }

    public RuleSet ruleSet(Evaluation e) {
        return rules.get(e.ruleSetId());
    }

    public LocalDate recognitionDue(Evaluation e) {
        return rules.recognitionDue(rules.get(e.ruleSetId()), e.year());
    }

    /** Whether the signed-in account is the configured authority of this evaluation. */
    public boolean canDecide(Evaluation e) {
        Actor actor = policy.requireActor();
        RuleSet set = rules.get(e.ruleSetId());
        return actor.unitId() == e.authorityUnitId() && actor.has(Role.valueOf(set.authorityRole()));
    }

    public boolean canEdit(Evaluation e) {
        Actor actor = policy.requireActor();
        return e.editable() && java.util.Arrays.stream(OFFICERS).anyMatch(actor::has);
    }

    // ---- self-assessment ----

    /** What the unit says about one criterion. */
    public record AnswerInput(Boolean met, BigDecimal value, String evidence, Integer selfPoints) {}

    /** Saves the unit's answers and its báo cáo kết quả and biên bản; nothing is stored on bad input. */
    @Transactional
    public Evaluation assess(
            long id, Integer version, Map<String, AnswerInput> answers, String reportText, String minutesText) {
        policy.requireAnyRole(OFFICERS);
        Evaluation e = lockVisible(id);
        if (!e.editable()) {
            throw new ConflictException("evaluation.state.changed");
        }
        RuleSet set = rules.get(e.ruleSetId());
        Map<String, Answer> clean = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (var entry : answers == null ? Map.<String, AnswerInput>of().entrySet() : answers.entrySet()) {
            Optional<Criterion> c = set.criteria().stream()
                    .filter(x -> x.code().equals(entry.getKey()))
                    .findFirst();
            if (c.isEmpty()) {
                problems.add(new Problem("criteria", "evaluation.criterion.unknown", entry.getKey()));
                continue;
            }
            AnswerInput in = entry.getValue() == null ? new AnswerInput(null, null, null, null) : entry.getValue();
            if (in.value() != null && in.value().abs().compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
                problems.add(new Problem(
                        c.get().code(),
                        "evaluation.criterion.valueRange",
                        c.get().code()));
            }
            if (in.selfPoints() != null
                    && (in.selfPoints() < 0 || in.selfPoints() > c.get().points())) {
                problems.add(new Problem(
                        c.get().code(),
                        "evaluation.criterion.pointsRange",
                        c.get().code(),
                        c.get().points()));
            }
            String ev = null;
            try {
                ev = text(c.get().code(), in.evidence(), 4000);
            } catch (ValidationException x) {
                problems.addAll(x.problems());
            }
            clean.put(c.get().code(), new Answer(in.met(), in.value(), ev, in.selfPoints()));
        }
        String report = null;
        String minutes = null;
        try {
            report = text("reportText", reportText, 8000);
            minutes = text("minutesText", minutesText, 8000);
        } catch (ValidationException x) {
            problems.addAll(x.problems());
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (!repo.saveTexts(id, version == null ? e.version() : version, report, minutes)) {
            throw new ConflictException("evaluation.state.changed");
        }
        repo.saveAnswers(id, clean);
        events.publishEvent(new EvaluationAssessed(id, e.unitCode(), clean.size()));
        return repo.find(id).orElseThrow();
    }

    /** Sends the self-assessment to the authority, the derived figures frozen as they stand. */
    @Transactional
    public Evaluation submit(long id, Integer version) {
        policy.requireAnyRole(OFFICERS);
        Evaluation e = lockVisible(id);
        if (!e.editable() || (version != null && version != e.version())) {
            throw new ConflictException("evaluation.state.changed");
        }
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = rows(e);
        for (Row r : rows) {
            Criterion c = r.criterion();
            if (c.yesNo() && (r.answer() == null || r.answer().met() == null)) {
                problems.add(new Problem(c.code(), "evaluation.submit.unanswered", c.code()));
            }
            if (c.number() && (r.answer() == null || r.answer().value() == null)) {
                problems.add(new Problem(c.code(), "evaluation.submit.unanswered", c.code()));
            }
        }
        if (e.reportText() == null || e.reportText().isBlank()) {
            problems.add(new Problem("reportText", "evaluation.submit.report"));
        }
        if (e.minutesText() == null || e.minutesText().isBlank()) {
            problems.add(new Problem("minutesText", "evaluation.submit.minutes"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        freezeDerived(e, rows);
        int selfScore = rows.stream().mapToInt(Row::points).sum();
        if (!repo.submit(id, e.version(), OffsetDateTime.now(clock), selfScore)) {
            throw new ConflictException("evaluation.state.changed");
        }
        events.publishEvent(new EvaluationSubmitted(id, e.authorityUnitId(), e.unitCode(), selfScore));
        return repo.find(id).orElseThrow();
    }

    // ---- decision ----

    /**
     * The authority decides: derived criteria recomputed from today's figures, đạt when every
     * required criterion is met, the score (the authority's, or the points of the met criteria) and
     * the class from the configured thresholds.
     */
    @Transactional
    public Evaluation recognise(long id, Integer version, Integer score) {
        Evaluation e = lockVisible(id);
        requireAuthority(e);
        if (!"SUBMITTED".equals(e.status()) || (version != null && version != e.version())) {
            throw new ConflictException("evaluation.state.changed");
        }
        RuleSet set = rules.get(e.ruleSetId());
        List<Row> rows = rows(e);
        int computed = rows.stream()
                .filter(Row::met)
                .mapToInt(r -> r.criterion().points())
                .sum();
        if (score != null && (score < 0 || score > set.maxPoints())) {
            throw ValidationException.of("score", "evaluation.score.range", set.maxPoints());
        }
        int finalScore = score == null ? computed : score;
        boolean passed = rows.stream().filter(r -> r.criterion().required()).allMatch(Row::met);
        freezeDerived(e, rows);
        String cls = set.classOf(finalScore);
        Actor actor = policy.requireActor();
        if (!repo.decide(
                id,
                e.version(),
                passed ? "RECOGNISED" : "NOT_RECOGNISED",
                OffsetDateTime.now(clock),
                actor.username(),
                finalScore,
                cls)) {
            throw new ConflictException("evaluation.state.changed");
        }
        events.publishEvent(new EvaluationDecided(id, e.unitId(), e.unitCode(), passed, finalScore, cls));
        return repo.find(id).orElseThrow();
    }

    @Transactional
    public Evaluation sendBack(long id, Integer version, String reason) {
        Evaluation e = lockVisible(id);
        requireAuthority(e);
        String why = text("reason", reason, 2000);
        if (why == null || why.isBlank()) {
            throw ValidationException.of("reason", "evaluation.return.reason");
        }
        if (!"SUBMITTED".equals(e.status()) || (version != null && version != e.version())) {
            throw new ConflictException("evaluation.state.changed");
        }
        if (!repo.sendBack(
                id,
                e.version(),
                why,
                OffsetDateTime.now(clock),
                policy.requireActor().username())) {
            throw new ConflictException("evaluation.state.changed");
        }
        events.publishEvent(new EvaluationReturned(id, e.unitId(), e.unitCode(), why));
        return repo.find(id).orElseThrow();
    }

    private void requireAuthority(Evaluation e) {
        if (!canDecide(e)) {
            throw new AccessDeniedException("not the recognising authority");
        }
    }

    private void freezeDerived(Evaluation e, List<Row> rows) {
        Map<String, Answer> frozen = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.criterion().derived()) {
                frozen.put(
                        r.criterion().code(),
                        new Answer(
                                r.met(),
                                r.suggested(),
                                r.answer() == null ? null : r.answer().evidence(),
                                null));
            }
        }
        repo.saveAnswers(e.id(), frozen);
    }

    private Evaluation lockVisible(long id) {
        Evaluation e = repo.lock(id).orElseThrow(() -> new NotFoundException("evaluation:" + id));
        policy.requireVisible(e.unitPath(), "evaluation:" + id);
        return e;
    }

    static String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (Texts.hasControlCharacters(value.replace("\t", " "))) {
            throw ValidationException.of(field, "evaluation.text.control");
        }
        String clean = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC)
                .strip();
        if (clean.length() > max) {
            throw ValidationException.of(field, "evaluation.text.tooLong", max);
        }
        return clean.isEmpty() ? null : clean;
    }
}
