package vn.ngayhoi.evaluation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.commendation.WorkingDays;
import vn.ngayhoi.evaluation.EvaluationEvents.RuleSetActivated;
import vn.ngayhoi.evaluation.EvaluationEvents.RuleSetChanged;
import vn.ngayhoi.evaluation.EvaluationEvents.RuleSetCopied;
import vn.ngayhoi.evaluation.internal.RuleSetRepository;
import vn.ngayhoi.evaluation.internal.RuleSetRepository.Settings;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;

/**
 * The rule sets: which version applies to a period, and the administrator's copy, edit and
 * activation from a date. An active version is never edited, so an evaluation judged under it
 * keeps its rules; a change is a new version.
 */
@Service
public class EvaluationRules {

    private final RuleSetRepository sets;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final WorkingDays workingDays;

    EvaluationRules(
            RuleSetRepository sets, AccessPolicy policy, ApplicationEventPublisher events, WorkingDays workingDays) {
        this.sets = sets;
        this.policy = policy;
        this.events = events;
        this.workingDays = workingDays;
    }

    public List<RuleSet> all() {
        return sets.all();
    }

    /** Versions in force never change (a change is a new version), so they are read once. */
    private final java.util.Map<Long, RuleSet> active = new java.util.concurrent.ConcurrentHashMap<>();

    public RuleSet get(long id) {
        RuleSet known = active.get(id);
        if (known != null) {
            return known;
        }
        RuleSet s = sets.find(id).orElseThrow(() -> new NotFoundException("evaluation_rule_set:" + id));
        if (s.active()) {
            active.put(id, s);
        }
        return s;
    }

    /** The version in force for {@code kind}'s period ending in {@code year}. */
    public Optional<RuleSet> applicable(UnitKind kind, int year) {
        int y = Bounds.year("year", year);
        // every period ends inside its year: the newest version by year end, unless it took effect
        // after this kind's period ended, when the one in force on that end date applies
        Optional<RuleSet> newest = sets.applicable(kind, LocalDate.of(y, 12, 31));
        if (newest.isEmpty()) {
            return newest;
        }
        LocalDate end = newest.get().periodOf(y).end();
        return newest.get().effectiveFrom().isAfter(end) ? sets.applicable(kind, end) : newest;
    }

    /** The sets in force for each kind in {@code year}. */
    public List<RuleSet> applicableIn(int year) {
        return java.util.Arrays.stream(UnitKind.values())
                .map(k -> applicable(k, year))
                .flatMap(Optional::stream)
                .toList();
    }

    /** A configured last day with the set's working-day rule applied. */
    public LocalDate due(RuleSet set, String monthDay, int year) {
        LocalDate due = set.dueAfterPeriod(monthDay, year);
        if ("PREVIOUS_WORKING_DAY".equals(set.dueRoll())) {
            while (!workingDays.isWorkingDay(due)) {
                due = due.minusDays(1);
            }
        }
        return due;
    }

    public LocalDate recognitionDue(RuleSet set, int year) {
        return due(set, set.recognitionDue(), year);
    }

    public LocalDate classificationDue(RuleSet set, int year) {
        return due(set, set.classificationDue(), year);
    }

    @Transactional
    public RuleSet copy(long id) {
        return copy(id, get(id).version());
    }

    /** Copies the version the caller saw; another version (or none) is refused with 409. */
    @Transactional
    public RuleSet copy(long id, Integer version) {
        policy.requireAnyRole(Role.ADMIN);
        RuleSet from = get(id);
        if (version == null || version != from.version()) {
            throw new ConflictException("evaluation.rules.stale");
        }
        String name = from.name() + " (bản sao)";
        long copy = sets.copy(id, name.length() > 300 ? name.substring(0, 300) : name);
        events.publishEvent(new RuleSetCopied(copy, id, name));
        return get(copy);
    }

    /** Edits a draft: settings, each criterion's text, threshold and points, and the class thresholds. */
    @Transactional
    public RuleSet edit(
            long id,
            int version,
            Settings settings,
            Map<String, CriterionEdit> criteria,
            Map<String, Integer> thresholds) {
        policy.requireAnyRole(Role.ADMIN);
        RuleSet set = get(id);
        Settings clean = validate(settings);
        for (var e : criteria.entrySet()) {
            if (set.criteria().stream().noneMatch(c -> c.code().equals(e.getKey()))) {
                throw ValidationException.of("criteria", "evaluation.rules.criterion.unknown", e.getKey());
            }
            String text = Texts.clean(e.getValue().text());
            if (text == null || text.isBlank() || text.length() > 2000) {
                throw ValidationException.of("criteria", "evaluation.rules.criterion.text");
            }
            if (e.getValue().points() < 0 || e.getValue().points() > 100) {
                throw ValidationException.of("criteria", "evaluation.rules.criterion.points");
            }
        }
        for (var t : thresholds.entrySet()) {
            if (!RuleSet.CLASSES.contains(t.getKey())
                    || t.getValue() == null
                    || t.getValue() < 0
                    || t.getValue() > 1000) {
                throw ValidationException.of("thresholds", "evaluation.rules.thresholdInvalid");
            }
        }
        if (!sets.updateSettings(id, version, clean)) {
            throw new ConflictException(set.active() ? "evaluation.rules.active" : "evaluation.rules.stale");
        }
        criteria.forEach((code, c) -> sets.updateCriterion(id, code, Texts.clean(c.text()), c.threshold(), c.points()));
        thresholds.forEach((code, min) -> sets.updateThreshold(id, code, min));
        events.publishEvent(new RuleSetChanged(id, clean.name()));
        return get(id);
    }

    /** The new text, threshold and points of one criterion. */
    public record CriterionEdit(String text, BigDecimal threshold, int points) {}

    @Transactional
    public RuleSet activate(long id, int version, LocalDate from) {
        policy.requireAnyRole(Role.ADMIN);
        RuleSet set = get(id);
        if (from == null) {
            throw ValidationException.of("from", "evaluation.rules.fromRequired");
        }
        Bounds.date("from", from);
        if (!sets.activate(id, version, from)) {
            throw new ConflictException(set.active() ? "evaluation.rules.active" : "evaluation.rules.stale");
        }
        events.publishEvent(new RuleSetActivated(id, set.unitKind().name(), from));
        return get(id);
    }

    private static Settings validate(Settings s) {
        String name = required("name", s.name(), 300);
        String basis = required("legalBasis", s.legalBasis(), 500);
        for (String[] md : new String[][] {
            {"periodStart", s.periodStart()},
            {"periodEnd", s.periodEnd()},
            {"registrationFrom", s.registrationFrom()},
            {"registrationTo", s.registrationTo()},
            {"recognitionDue", s.recognitionDue()},
            {"classificationDue", s.classificationDue()}
        }) {
            try {
                RuleSet.md(md[1] == null ? "" : md[1].strip());
            } catch (DateTimeException e) {
                throw ValidationException.of(md[0], "evaluation.rules.monthDay");
            }
        }
        if (!List.of("COMMUNE", "DISTRICT", "PROVINCE").contains(s.authorityTier())) {
            throw ValidationException.of("authorityTier", "evaluation.rules.tier");
        }
        if (!List.of("NONE", "PREVIOUS_WORKING_DAY").contains(s.dueRoll())) {
            throw ValidationException.of("dueRoll", "evaluation.rules.roll");
        }
        return new Settings(
                name,
                basis,
                s.periodStart().strip(),
                s.periodEnd().strip(),
                s.registrationFrom().strip(),
                s.registrationTo().strip(),
                s.authorityTier(),
                required("authorityTitle", s.authorityTitle(), 200),
                s.recognitionDue().strip(),
                s.classificationDue().strip(),
                s.dueRoll(),
                required("registrationFiles", s.registrationFiles(), 1000),
                required("recognitionFiles", s.recognitionFiles(), 1000));
    }

    private static String required(String field, String value, int max) {
        String clean = Texts.clean(value);
        if (clean == null || clean.isBlank()) {
            throw ValidationException.of(field, "evaluation.rules.required");
        }
        if (clean.length() > max) {
            throw ValidationException.of(field, "evaluation.rules.tooLong", max);
        }
        return clean;
    }
}
