package vn.ngayhoi.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.evaluation.EvaluationEvents.EvaluationRegistered;
import vn.ngayhoi.evaluation.internal.EvaluationRepository;
import vn.ngayhoi.evaluation.internal.EvaluationSpeakers;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;

/**
 * Registration for the standard in the rule set's window (quarter I): the evaluation row, the
 * Bản đăng ký issued through the one issuing service, and the level above's live coverage of the
 * units under it registered and recognised.
 */
@Service
public class Registrations {

    private static final vn.ngayhoi.shared.Formats FMT = new vn.ngayhoi.shared.Formats();

    private final EvaluationRepository repo;
    private final EvaluationRules rules;
    private final Evaluations evaluations;
    private final EvaluationSpeakers speakers;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final DocumentIssuing issuing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registrations(
            EvaluationRepository repo,
            EvaluationRules rules,
            Evaluations evaluations,
            EvaluationSpeakers speakers,
            OrgUnitManagement units,
            AccessPolicy policy,
            DocumentIssuing issuing,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repo = repo;
        this.rules = rules;
        this.evaluations = evaluations;
        this.speakers = speakers;
        this.units = units;
        this.policy = policy;
        this.issuing = issuing;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a unit for a year in the rule set's window and issues its Bản đăng ký. */
    @Transactional
    public Evaluation register(String unitCode, Integer year, String resolutionRef, String planRef) {
        policy.requireAnyRole(Evaluations.OFFICERS);
        Actor actor = policy.requireActor();
        if (year == null) {
            throw ValidationException.of("year", "evaluation.year.required");
        }
        OrgUnit unit = evaluations.area(unitCode);
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
        String resolution = Evaluations.text("resolutionRef", resolutionRef, 500);
        String plan = Evaluations.text("planRef", planRef, 500);
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
}
