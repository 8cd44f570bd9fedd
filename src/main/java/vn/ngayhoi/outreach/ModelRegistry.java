package vn.ngayhoi.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.outreach.OutreachEvents.ModelLaunched;
import vn.ngayhoi.outreach.OutreachEvents.ModelRegistered;
import vn.ngayhoi.outreach.OutreachEvents.ModelRetired;
import vn.ngayhoi.outreach.OutreachEvents.ModelReviewed;
import vn.ngayhoi.outreach.internal.ModelRepository;
import vn.ngayhoi.outreach.internal.ModelRepository.NewModel;
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
 * The registry of models and exemplars: registration (with or without a launch), launch at a
 * festival, yearly reviews, replication at other units (each replication a model of its own linked
 * to its origin) and retirement with a reason. Reads and writes are limited to the account's
 * subtree; a model outside it, or an origin or festival outside it, answers 404.
 */
@Service
public class ModelRegistry {

    /** Unit types TT 124 asks to have at least one effective model: the commune level. */
    public static final List<String> COMMUNE_TYPES = List.of("COMMUNE", "WARD", "TOWNSHIP", "SPECIAL_ZONE");

    static final int NAME_MAX = 300;
    static final int FIELD_MAX = 100;
    static final int TEXT_MAX = 4000;
    static final int REASON_MAX = 2000;

    /** A model as the API and the form send it. */
    public record NewPracticeModel(
            String name,
            String field,
            String unitCode,
            LocalDate launchedOn,
            Long festivalId,
            String description,
            Long originModelId) {}

    private final ModelRepository models;
    private final UnitPicker picker;
    private final OrgUnitManagement units;
    private final FestivalManagement festivals;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModelRegistry(
            ModelRepository models,
            UnitPicker picker,
            OrgUnitManagement units,
            FestivalManagement festivals,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.models = models;
        this.picker = picker;
        this.units = units;
        this.festivals = festivals;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public PracticeModel get(long id) {
        PracticeModel m = models.find(id).orElseThrow(() -> new NotFoundException("model#" + id));
        policy.requireVisible(m.unitPath(), "model:" + id);
        return m;
    }

    public List<ModelReview> reviews(long id) {
        get(id);
        return models.reviews(id);
    }

    /** Replications of a model that the account may see. */
    public List<PracticeModel> replicationsOf(long id) {
        get(id);
        String prefix = policy.currentScope().pathPrefix();
        return models.list(prefix).stream()
                .filter(m -> m.originModelId() != null && m.originModelId() == id)
                .toList();
    }

    /** Models launched at a festival the account may see, for its pages. */
    public List<PracticeModel> launchedAt(long festivalId) {
        festivals.get(festivalId);
        return models.ofFestival(festivalId);
    }

    /** Registers a model (launched when a launch date is given); a replication names its origin. */
    @Transactional
    public PracticeModel register(NewPracticeModel m) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.DEPARTMENT_OFFICER, Role.ADMIN);
        Actor actor = policy.requireActor();
        List<Problem> problems = new ArrayList<>();
        String name = Texts.clean(m.name());
        if (name == null || name.isEmpty() || name.length() > NAME_MAX) {
            problems.add(new Problem("name", "outreach.model.name.required", NAME_MAX));
        }
        String field = Texts.clean(m.field());
        if (field == null || field.isEmpty() || field.length() > FIELD_MAX) {
            problems.add(new Problem("field", "outreach.model.field.required", FIELD_MAX));
        }
        String description = Texts.clean(m.description());
        if (description != null && description.length() > TEXT_MAX) {
            problems.add(new Problem("description", "outreach.model.description.tooLong", TEXT_MAX));
        }
        OrgUnit unit = null;
        if (m.unitCode() == null || m.unitCode().isBlank()) {
            unit = units.systemFindById(actor.unitId()).orElseThrow();
        } else {
            try {
                unit = picker.filter("unitCode", m.unitCode(), today());
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        }
        if (unit != null) {
            policy.requireVisible(unit.path(), "org_unit:" + unit.code());
        }
        if (m.launchedOn() != null) {
            Bounds.date("launchedOn", m.launchedOn());
        }
        if (m.festivalId() != null) {
            Festival f = festivals.get(m.festivalId());
            if (unit != null && f.unitId() != unit.id()) {
                problems.add(new Problem("festivalId", "outreach.model.festival.otherUnit", f.unitName()));
            }
            if (m.launchedOn() == null) {
                problems.add(new Problem("launchedOn", "outreach.model.launchedOn.withFestival"));
            }
        }
        if (m.originModelId() != null) {
            PracticeModel origin = get(m.originModelId());
            if (unit != null && origin.unitId() == unit.id()) {
                problems.add(new Problem("originModelId", "outreach.model.origin.sameUnit"));
            }
            OrgUnit at = unit;
            if (at != null
                    && models.list(at.path()).stream()
                            .anyMatch(x ->
                                    x.unitId() == at.id() && m.originModelId().equals(x.originModelId()))) {
                problems.add(new Problem("originModelId", "outreach.model.origin.already", origin.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id;
        try {
            id = models.insert(new NewModel(
                    name,
                    field,
                    unit.id(),
                    m.launchedOn(),
                    m.festivalId(),
                    description == null || description.isEmpty() ? null : description,
                    m.originModelId(),
                    actor.username(),
                    OffsetDateTime.now(clock)));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("outreach.model.origin.race");
        }
        events.publishEvent(new ModelRegistered(
                id,
                m.launchedOn() == null ? 0 : m.launchedOn().getYear(),
                unit.path(),
                unit.code(),
                name,
                m.originModelId()));
        return models.find(id).orElseThrow();
    }

    /** Start-up only (demo): a model registered as its unit would, without a scope check. */
    @Transactional
    public long systemRegister(
            OrgUnit unit,
            String name,
            String field,
            LocalDate launchedOn,
            Long festivalId,
            String description,
            Long originId) {
        long id = models.insert(new NewModel(
                name,
                field,
                unit.id(),
                launchedOn,
                festivalId,
                description,
                originId,
                "system",
                OffsetDateTime.now(clock)));
        events.publishEvent(new ModelRegistered(
                id, launchedOn == null ? 0 : launchedOn.getYear(), unit.path(), unit.code(), name, originId));
        return id;
    }

    /**
     * The yearly review (hiệu quả / chưa hiệu quả) with the reviewer's reason; one per model and year,
     * only of a launched model and not for a year before its launch or after this one.
     */
    @Transactional
    public ModelReview review(long id, Integer year, Boolean effective, String reason) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.LEADER, Role.DEPARTMENT_OFFICER, Role.ADMIN);
        PracticeModel m = get(id);
        return doReview(m, year, effective, reason, policy.requireActor().username());
    }

    /** Start-up only (demo). */
    @Transactional
    public ModelReview systemReview(long id, int year, boolean effective, String reason, String by) {
        return doReview(models.find(id).orElseThrow(), year, effective, reason, by);
    }

    private ModelReview doReview(PracticeModel m, Integer year, Boolean effective, String reason, String by) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = today();
        if (year == null) {
            problems.add(new Problem("year", "outreach.review.year.required"));
        } else if (m.launchedOn() == null || year < m.launchedOn().getYear() || year > today.getYear()) {
            problems.add(new Problem(
                    "year",
                    "outreach.review.year.range",
                    m.launchedOn() == null ? today.getYear() : m.launchedOn().getYear(),
                    today.getYear()));
        }
        if (effective == null) {
            problems.add(new Problem("effective", "outreach.review.effective.required"));
        }
        String why = Texts.clean(reason);
        if (why == null || why.isEmpty() || why.length() > REASON_MAX) {
            problems.add(new Problem("reason", "outreach.review.reason.required", REASON_MAX));
        }
        if (m.launchedOn() == null || m.launchedOn().isAfter(today)) {
            problems.add(new Problem("form", "outreach.review.notLaunched"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (!models.addReview(m.id(), year, effective, why, by, OffsetDateTime.now(clock))) {
            throw new ConflictException("outreach.review.exists", year);
        }
        events.publishEvent(new ModelReviewed(m.id(), year, effective, why));
        return models.reviews(m.id()).stream()
                .filter(r -> r.year() == year)
                .findFirst()
                .orElseThrow();
    }

    /** Launches a registered model on a date, optionally at a festival of its unit. */
    @Transactional
    public PracticeModel launch(long id, LocalDate on, Long festivalId, int expectedVersion) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.DEPARTMENT_OFFICER, Role.ADMIN);
        PracticeModel m = get(id);
        if (on == null) {
            throw ValidationException.of("launchedOn", "outreach.model.launchedOn.required");
        }
        Bounds.date("launchedOn", on);
        if (festivalId != null) {
            Festival f = festivals.get(festivalId);
            if (f.unitId() != m.unitId()) {
                throw ValidationException.of("festivalId", "outreach.model.festival.otherUnit", f.unitName());
            }
        }
        if (m.launchedOn() != null) {
            throw new ConflictException("outreach.model.alreadyLaunched");
        }
        if (!models.launch(id, expectedVersion, on, festivalId)) {
            throw new ConflictException("outreach.model.changedMeanwhile");
        }
        events.publishEvent(new ModelLaunched(id, m.unitPath(), on.toString(), festivalId));
        return models.find(id).orElseThrow();
    }

    /** Retires a model with a reason; a retired model no longer counts as working or effective. */
    @Transactional
    public PracticeModel retire(long id, String reason, Integer expectedVersion) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.DEPARTMENT_OFFICER, Role.ADMIN);
        PracticeModel m = get(id);
        String why = Texts.clean(reason);
        if (why == null || why.isEmpty() || why.length() > REASON_MAX) {
            throw ValidationException.of("reason", "outreach.model.retire.reason", REASON_MAX);
        }
        if (m.retiredOn() != null) {
            throw new ConflictException("outreach.model.alreadyRetired");
        }
        int version = expectedVersion == null ? m.version() : expectedVersion;
        if (!models.retire(id, version, today(), why)) {
            throw new ConflictException("outreach.model.changedMeanwhile");
        }
        events.publishEvent(new ModelRetired(id, m.unitPath(), why));
        return models.find(id).orElseThrow();
    }

    /**
     * The commune-level units of the subtree (the account's, or the named unit's) with no effective
     * model today in their own subtree: what TT 124 asks each commune to have.
     */
    public List<OrgUnit> unitsWithoutEffectiveModel(String unit) {
        String prefix = policy.currentScope().pathPrefix();
        if (unit != null && !unit.isBlank()) {
            OrgUnit u = picker.filter("unit", unit, today());
            policy.requireVisible(u.path(), "org_unit:" + u.code());
            prefix = u.path();
        }
        LocalDate today = today();
        Set<String> effectivePaths = models.list(prefix).stream()
                .filter(m -> m.effectiveOn(today))
                .map(PracticeModel::unitPath)
                .collect(Collectors.toSet());
        return units.systemUnitsOfTypes(prefix, COMMUNE_TYPES).stream()
                .filter(u -> u.validOn(today))
                .filter(u -> effectivePaths.stream().noneMatch(p -> p.startsWith(u.path())))
                .sorted(java.util.Comparator.comparing(OrgUnit::path))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
