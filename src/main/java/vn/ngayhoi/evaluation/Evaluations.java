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
import vn.ngayhoi.evaluation.EvaluationEvents.EvaluationRegistered;
import vn.ngayhoi.evaluation.EvaluationEvents.EvaluationReturned;
import vn.ngayhoi.evaluation.EvaluationEvents.EvaluationSubmitted;
import vn.ngayhoi.evaluation.internal.EvaluationRepository;
import vn.ngayhoi.evaluation.internal.EvidenceReader;
import vn.ngayhoi.evaluation.internal.Speakers;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
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
    private final Speakers speakers;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final DocumentIssuing issuing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Evaluations(
            EvaluationRepository repo,
            EvaluationRules rules,
            EvidenceReader evidence,
            Speakers speakers,
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

    // ---- registration ----

    /** Registers a unit for a year in the rule set's window and issues its Bản đăng ký. */
    @Transactional
    public Evaluation register(String unitCode, Integer year, String resolutionRef, String planRef) {
        policy.requireAnyRole(OFFICERS);
        Actor actor = policy.requireActor();
        if (year == null) {
            throw ValidationException.of("year", "evaluation.year.required");
        }
        OrgUnit unit = area(unitCode);
        int y = Bounds.year("year", year);
        UnitKind kind = UnitKind.ofType(unit.typeCode())
                .orElseThrow(() -> ValidationException.of("unitCode", "evaluation.unit.notEvaluated", unit.name()));
        RuleSet set = rules.applicable(kind, y)
                .orElseThrow(() -> ValidationException.of("year", "evaluation.rules.none", Integer.toString(y)));
        LocalDate today = LocalDate.now(clock);
        RuleSet.Period window = set.registrationWindow(y);
        if (!window.contains(today)) {
            throw ValidationException.of(
                    "year", "evaluation.register.closed", FMT.date(window.start()), FMT.date(window.end()));
        }
        String resolution = text("resolutionRef", resolutionRef, 500);
        String plan = text("planRef", planRef, 500);
        OrgUnit authority = speakers.authorityOf(unit, set.authorityTier())
                .orElseThrow(() -> ValidationException.of("unitCode", "evaluation.authority.none", unit.name()));
        RuleSet.Period period = set.periodOf(y);
        long id = repo.insert(
                        set.id(),
                        unit.id(),
                        unit.path(),
                        y,
                        period.start(),
                        period.end(),
                        authority.id(),
                        today,
                        actor.username(),
                        resolution,
                        plan)
                .orElseThrow(
                        () -> new ConflictException("evaluation.register.already", unit.name(), Integer.toString(y)));
        var issuer = speakers.of(unit);
        var signature = speakers.signatureOf(unit, actor.fullName());
        String addressee = speakers.territorial(authority) ? speakers.committee(authority) : authority.name();
        String subject = "Thực hiện tiêu chuẩn “An toàn về an ninh, trật tự” năm " + y;
        IssuedDocument doc = issuing.issue(new IssueRequest(
                unit.id(),
                today,
                DocumentType.REGISTRATION,
                issuer.abbreviation(),
                subject,
                actor.fullName(),
                signature.title(),
                List.of("Như trên", "Lưu: VT"),
                List.of(authority.id()),
                "evaluation-registration:" + id,
                null,
                actor.username(),
                n -> EvaluationDocuments.registration(
                        issuer,
                        today,
                        y,
                        period,
                        set.legalBasis(),
                        resolution,
                        plan,
                        set.criteria(),
                        addressee,
                        signature,
                        n.line())));
        repo.setRegistrationDoc(id, doc.id());
        events.publishEvent(new EvaluationRegistered(
                id, unit.id(), unit.code(), y, doc.number().line()));
        return repo.find(id).orElseThrow();
    }

    /**
     * A registration made on paper before the system (the demo's 2022 year): recorded with its
     * date, without a generated Bản đăng ký.
     */
    @Transactional
    public Evaluation systemRegister(OrgUnit unit, int year, LocalDate on, String by) {
        UnitKind kind = UnitKind.ofType(unit.typeCode()).orElseThrow();
        RuleSet set = rules.applicable(kind, year).orElseThrow();
        OrgUnit authority = speakers.authorityOf(unit, set.authorityTier()).orElseThrow();
        RuleSet.Period period = set.periodOf(year);
        long id = repo.insert(
                        set.id(),
                        unit.id(),
                        unit.path(),
                        year,
                        period.start(),
                        period.end(),
                        authority.id(),
                        on,
                        by,
                        null,
                        null)
                .orElseThrow(() ->
                        new ConflictException("evaluation.register.already", unit.name(), Integer.toString(year)));
        events.publishEvent(new EvaluationRegistered(id, unit.id(), unit.code(), year, null));
        return repo.find(id).orElseThrow();
    }

    /** Registration coverage of the units under an area: per kind, how many registered and recognised. */
    public record CoverageRow(UnitKind kind, int units, int registered, int recognised) {
        public int registeredPercent() {
            return units == 0 ? 0 : registered * 100 / units;
        }

        public int recognisedPercent() {
            return units == 0 ? 0 : recognised * 100 / units;
        }
    }

    public List<CoverageRow> coverage(OrgUnit area, int year) {
        Map<String, Evaluation> byUnit = new LinkedHashMap<>();
        for (Evaluation e : repo.list(area.path(), year)) {
            byUnit.put(e.unitCode(), e);
        }
        List<CoverageRow> rows = new ArrayList<>();
        for (UnitKind k : UnitKind.values()) {
            List<OrgUnit> of = units.systemUnitsOfTypes(area.path(), k.typeCodes()).stream()
                    .filter(u -> u.id() != area.id())
                    .toList();
            if (of.isEmpty()) {
                continue;
            }
            int registered = 0;
            int recognised = 0;
            for (OrgUnit u : of) {
                Evaluation e = byUnit.get(u.code());
                if (e != null) {
                    registered++;
                    recognised += e.recognised() ? 1 : 0;
                }
            }
            rows.add(new CoverageRow(k, of.size(), registered, recognised));
        }
        return rows;
    }

    /** Units of an area a caller may still register (evaluable, in scope, not registered this year). */
    public List<OrgUnit> unregistered(OrgUnit area, int year) {
        java.util.Set<Long> done = new java.util.HashSet<>();
        repo.list(area.path(), year).forEach(e -> done.add(e.unitId()));
        List<String> types = new ArrayList<>();
        for (UnitKind k : UnitKind.values()) {
            types.addAll(k.typeCodes());
        }
        return units.systemUnitsOfTypes(area.path(), types).stream()
                .filter(u -> !done.contains(u.id()))
                .toList();
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
