package vn.ngayhoi.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.outreach.OutreachEvents.CoverageAssigned;
import vn.ngayhoi.outreach.OutreachEvents.CoverageItemRecorded;
import vn.ngayhoi.outreach.internal.CoverageRepository;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/**
 * Media coverage: the standing office assigns a unit (Trung tâm VHTT) to film, photograph or write
 * about a festival by a date; the assignee records what it produced. An assignment is visible to
 * accounts whose subtree holds the festival's unit or the assignee.
 */
@Service
public class Coverage {

    /** What an assignment may ask for. */
    public static final List<String> TASKS = List.of("FILM", "PHOTO", "WRITE");
    /** What an item may be. */
    public static final List<String> KINDS = List.of("VIDEO", "PHOTO", "ARTICLE");

    /** An item as the API and the form send it. */
    public record NewItem(String kind, String title, String outlet, LocalDate publishedOn, String link) {}

    private final CoverageRepository coverage;
    private final CampaignManagement campaigns;
    private final FestivalManagement festivals;
    private final UnitPicker picker;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Coverage(
            CoverageRepository coverage,
            CampaignManagement campaigns,
            FestivalManagement festivals,
            UnitPicker picker,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.coverage = coverage;
        this.campaigns = campaigns;
        this.festivals = festivals;
        this.picker = picker;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** The campaign's assignments the account may see, by id. */
    public List<CoverageAssignment> list(long campaignId) {
        campaigns.get(campaignId);
        return coverage.list(campaignId, policy.currentScope().pathPrefix());
    }

    /** One page of {@link #list} (by id) and how many there are: the API reads only its page (issue 20). */
    public vn.ngayhoi.shared.Slice<CoverageAssignment> page(long campaignId, long offset, int limit) {
        campaigns.get(campaignId);
        return coverage.page(campaignId, policy.currentScope().pathPrefix(), offset, limit);
    }

    /**
     * The items of a page's assignments (read in scope by {@link #page}), grouped by assignment, in
     * one statement rather than one per assignment.
     */
    public java.util.Map<Long, List<CoverageItem>> itemsOf(List<CoverageAssignment> shown) {
        java.util.Map<Long, List<CoverageItem>> by = new java.util.LinkedHashMap<>();
        shown.forEach(a -> by.put(a.id(), new java.util.ArrayList<>()));
        coverage.itemsOf(shown.stream().map(CoverageAssignment::id).toList())
                .forEach(i -> by.get(i.assignmentId()).add(i));
        return by;
    }

    public CoverageAssignment get(long id) {
        CoverageAssignment a = coverage.find(id).orElseThrow(() -> new NotFoundException("coverage#" + id));
        Actor actor = policy.requireActor();
        if (!policy.canSee(actor, a.unitPath()) && !policy.canSee(actor, a.festivalUnitPath())) {
            throw policy.refuse(actor, "coverage:" + id);
        }
        return a;
    }

    public List<CoverageItem> items(long assignmentId) {
        get(assignmentId);
        return coverage.items(assignmentId);
    }

    /** Assignments of a festival the account may see, each with its items, for the festival's page. */
    public List<CoverageAssignment> ofFestival(long festivalId) {
        festivals.get(festivalId);
        return coverage.ofFestival(festivalId);
    }

    /** The items of each assignment of a festival the account may see, by assignment id. */
    public java.util.Map<Long, List<CoverageItem>> itemsOfFestival(long festivalId) {
        festivals.get(festivalId);
        java.util.Map<Long, List<CoverageItem>> byAssignment = new java.util.LinkedHashMap<>();
        for (CoverageAssignment a : coverage.ofFestival(festivalId)) {
            byAssignment.put(a.id(), coverage.items(a.id()));
        }
        return byAssignment;
    }

    /** Assigns {@code unitCode} to cover a festival; only the standing office assigns. */
    @Transactional
    public CoverageAssignment assign(long festivalId, String unitCode, List<String> tasks, LocalDate due) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        Festival f = festivals.get(festivalId);
        List<Problem> problems = new ArrayList<>();
        OrgUnit unit = null;
        try {
            unit = picker.pick("unitCode", unitCode, LocalDate.now(clock));
            policy.requireVisible(unit.path(), "org_unit:" + unit.code());
        } catch (ValidationException e) {
            problems.addAll(e.problems());
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String t : tasks == null ? List.<String>of() : tasks) {
            String code = t == null ? "" : t.strip().toUpperCase(Locale.ROOT);
            if (!TASKS.contains(code)) {
                problems.add(new Problem("tasks", "outreach.coverage.task.invalid", t));
            } else {
                wanted.add(code);
            }
        }
        if (wanted.isEmpty()) {
            problems.add(new Problem("tasks", "outreach.coverage.task.required"));
        }
        if (due == null) {
            problems.add(new Problem("dueDate", "outreach.coverage.due.required"));
        } else {
            Bounds.date("dueDate", due);
            if (due.isBefore(f.startsAt().toLocalDate())) {
                problems.add(new Problem("dueDate", "outreach.coverage.due.beforeFestival"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = coverage.insert(
                f.campaignId(),
                f.id(),
                unit.id(),
                String.join(",", wanted),
                due,
                policy.requireActor().username(),
                OffsetDateTime.now(clock));
        events.publishEvent(new CoverageAssigned(id, f.id(), unit.id(), unit.code(), due.toString()));
        return coverage.find(id).orElseThrow();
    }

    /** Start-up only (demo). */
    @Transactional
    public long systemAssign(Festival f, OrgUnit unit, List<String> tasks, LocalDate due, String by) {
        long id = coverage.insert(
                f.campaignId(), f.id(), unit.id(), String.join(",", tasks), due, by, OffsetDateTime.now(clock));
        events.publishEvent(new CoverageAssigned(id, f.id(), unit.id(), unit.code(), due.toString()));
        return id;
    }

    /** The assignee records an item it produced; accounts above it may record it for it. */
    @Transactional
    public CoverageItem record(long assignmentId, NewItem item) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.DEPARTMENT_OFFICER, Role.STANDING_OFFICE, Role.ADMIN);
        CoverageAssignment a = get(assignmentId);
        policy.requireVisible(a.unitPath(), "coverage:" + assignmentId);
        return doRecord(a, item, policy.requireActor().username(), true);
    }

    /** Start-up only (demo). */
    @Transactional
    public CoverageItem systemRecord(long assignmentId, NewItem item, String by) {
        // the demo loads at start-up, when the test clock may stand before the item's date
        return doRecord(coverage.find(assignmentId).orElseThrow(), item, by, false);
    }

    private CoverageItem doRecord(CoverageAssignment a, NewItem item, String by, boolean notAfterToday) {
        List<Problem> problems = new ArrayList<>();
        String kind = item.kind() == null ? "" : item.kind().strip().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            problems.add(new Problem("kind", "outreach.coverage.kind.invalid"));
        }
        String title = Texts.clean(item.title());
        if (title == null || title.isEmpty() || title.length() > 300) {
            problems.add(new Problem("title", "outreach.coverage.title.required", 300));
        }
        String outlet = Texts.clean(item.outlet());
        if (outlet != null && outlet.length() > 200) {
            problems.add(new Problem("outlet", "outreach.coverage.outlet.tooLong", 200));
        }
        if (item.publishedOn() != null) {
            Bounds.date("publishedOn", item.publishedOn());
            if (notAfterToday && item.publishedOn().isAfter(LocalDate.now(clock))) {
                problems.add(new Problem("publishedOn", "outreach.date.future"));
            }
        }
        String link = PropagandaLog.link(item.link(), "link", problems);
        if (link == null && problems.stream().noneMatch(p -> "link".equals(p.field()))) {
            problems.add(new Problem("link", "outreach.coverage.link.required"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = coverage.addItem(
                a.id(),
                kind,
                title,
                outlet == null || outlet.isEmpty() ? null : outlet,
                item.publishedOn(),
                link,
                by,
                OffsetDateTime.now(clock));
        events.publishEvent(new CoverageItemRecorded(a.id(), id, kind, link));
        return coverage.items(a.id()).stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow();
    }
}
