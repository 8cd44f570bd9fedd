package vn.ngayhoi.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.CampaignTerritories;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.PlanEvents.PlanChanged;
import vn.ngayhoi.plan.PlanEvents.PlanCreated;
import vn.ngayhoi.plan.PlanEvents.PlanEdited;
import vn.ngayhoi.plan.PlanEvents.PlanIssued;
import vn.ngayhoi.plan.internal.PlanDocuments;
import vn.ngayhoi.plan.internal.PlanRepository;
import vn.ngayhoi.plan.internal.PlanRepository.Located;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.register.OutgoingRegister;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/**
 * Plans through their life. A plan is visible to accounts whose scope holds its unit and to the
 * units it was delivered to; anything else is a 404. Only a {@link Role#LEADER} approves or returns.
 */
@Service
public class PlanManagement {

    public static final int MAX_SECTION_LENGTH = 20_000;

    private final PlanRepository plans;
    private final PlanDocuments documents;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final CampaignTerritories territories;
    private final DocumentIssuing issuing;
    private final OutgoingRegister register;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    private final vn.ngayhoi.plan.internal.DistrictLevelCheck districtLevel;

    PlanManagement(
            PlanRepository plans,
            PlanDocuments documents,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            CampaignTerritories territories,
            DocumentIssuing issuing,
            OutgoingRegister register,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock,
            vn.ngayhoi.plan.internal.DistrictLevelCheck districtLevel) {
        this.districtLevel = districtLevel;
        this.plans = plans;
        this.documents = documents;
        this.campaigns = campaigns;
        this.units = units;
        this.territories = territories;
        this.issuing = issuing;
        this.register = register;
        this.policy = policy;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- reading ----

    public Plan get(long id) {
        return locate(id).plan();
    }

    /** The committee's own (top) plan of a campaign, if any; not scoped. */
    public java.util.Optional<Plan> systemTopPlan(long campaignId) {
        Campaign c = campaigns.systemFind(campaignId).orElseThrow();
        return plans.inSubtree("/", campaignId).stream()
                .map(Located::plan)
                .filter(p -> p.unitId() == c.committeeId() && p.parentPlanId() == null && inForce(p))
                .findFirst();
    }

    /** For other modules reacting to plan events: the plan without a scope check. */
    public java.util.Optional<Plan> systemGet(long id) {
        return plans.find(id).map(Located::plan);
    }

    /** Reads a plan and, when it reached the reader's unit as a recipient, records that it was opened. */
    @Transactional
    public Plan open(long id) {
        Located located = locate(id);
        Actor actor = policy.requireActor();
        Scope scope = policy.scopeOf(actor);
        if (!scope.contains(located.unitPath()) && located.plan().status() == PlanStatus.ISSUED) {
            plans.markOpened(id, scope.pathPrefix(), actor.username(), now());
        }
        return located.plan();
    }

    Located locate(long id) {
        Located located = plans.find(id).orElseThrow(() -> new NotFoundException("plan#" + id));
        Actor actor = policy.requireActor();
        Scope scope = policy.scopeOf(actor);
        boolean mine = scope.contains(located.unitPath());
        boolean received = located.plan().status() == PlanStatus.ISSUED && plans.deliveredInto(id, scope.pathPrefix());
        if (!mine && !received) {
            throw policy.refuse(actor, "plan:" + id);
        }
        return located;
    }

    /**
     * A unit's own plan of a campaign, without a scope check: for callers that have already checked
     * the unit (a Giấy mời takes its header from it) and for the demo at start-up.
     */
    public java.util.Optional<Plan> systemPlanOfUnit(long campaignId, long unitId) {
        OrgUnit unit = units.systemFindById(unitId).orElseThrow();
        return plans.inSubtree(unit.path(), campaignId).stream()
                .map(Located::plan)
                .filter(p -> p.unitId() == unitId && inForce(p))
                .findFirst();
    }

    /** Plans of units in the current scope (optionally of one campaign). */
    public List<Plan> list(Long campaignId) {
        return plans.inSubtree(policy.currentScope().pathPrefix(), campaignId).stream()
                .map(Located::plan)
                .toList();
    }

    /** Plans of one unit's subtree (a unit outside the scope answers 404), or of the whole scope without a code. */
    public List<Plan> list(Long campaignId, String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return list(campaignId);
        }
        OrgUnit unit = units.getByCode(unitCode.strip(), LocalDate.now(clock));
        return plans.inSubtree(unit.path(), campaignId).stream()
                .map(Located::plan)
                .toList();
    }

    /** Issued plans delivered to units in the current scope, from other units. */
    public List<Plan> inbox() {
        Scope scope = policy.currentScope();
        return plans.inbox(scope.pathPrefix()).stream()
                .filter(l -> !scope.contains(l.unitPath()))
                .map(Located::plan)
                .toList();
    }

    public List<PlanRepository.Delivery> deliveries(long planId) {
        Located l = locate(planId);
        requireOwn(l);
        return plans.deliveries(planId);
    }

    public boolean isOwn(Plan plan) {
        return plans.find(plan.id())
                .map(l -> policy.currentScope().contains(l.unitPath()))
                .orElse(false);
    }

    /**
     * The lower units that must issue their own plan under this one: every unit of the required types
     * in the issuer's territory, with the state of its plan.
     */
    public List<CascadeRow> cascade(long planId) {
        Located l = locate(planId);
        requireOwn(l);
        Plan plan = l.plan();
        if (plan.cascadeTypes().isEmpty()) {
            return List.of();
        }
        String territory = territoryPath(plan.unitId());
        Map<Long, Plan> childPlans = plans.children(planId).stream()
                .map(Located::plan)
                .collect(Collectors.toMap(Plan::unitId, Function.identity(), (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select id, code, name from org_unit where path like ? and type_code = any(?)
                        order by code
                        """)
                .params(territory + "%", plan.cascadeTypes().toArray(String[]::new))
                .query((rs, n) -> {
                    long unitId = rs.getLong(1);
                    Plan child = childPlans.get(unitId);
                    String state = child == null
                            ? "NOT_STARTED"
                            : child.status() == PlanStatus.ISSUED ? "ISSUED" : "IN_PROGRESS";
                    boolean late =
                            plan.cascadeDue() != null && !"ISSUED".equals(state) && today.isAfter(plan.cascadeDue());
                    boolean lateIssued = child != null
                            && child.issuedOn() != null
                            && plan.cascadeDue() != null
                            && child.issuedOn().isAfter(plan.cascadeDue());
                    return new CascadeRow(
                            unitId,
                            rs.getString(2),
                            rs.getString(3),
                            state,
                            child == null ? null : child.id(),
                            child == null ? null : child.issuedOn(),
                            late || lateIssued);
                })
                .list();
    }

    // ---- changing ----

    /** A new top plan of a campaign's committee (the standing office drafts it). */
    @Transactional
    public Plan create(long campaignId, PlanContent content, List<String> cascadeTypes, LocalDate cascadeDue) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        Campaign campaign = campaigns.get(campaignId);
        units.get(campaign.committeeId());
        return insert(campaign.id(), campaign.committeeId(), null, content, cascadeTypes, cascadeDue);
    }

    /** Start-up only (demo). */
    @Transactional
    public Plan systemCreate(
            long campaignId,
            long unitId,
            Long parentId,
            PlanContent content,
            List<String> cascadeTypes,
            LocalDate cascadeDue) {
        return insert(campaignId, unitId, parentId, content, cascadeTypes, cascadeDue);
    }

    Plan insert(
            long campaignId,
            long unitId,
            Long parentId,
            PlanContent content,
            List<String> cascadeTypes,
            LocalDate cascadeDue) {
        long id = plans.insert(
                campaignId,
                unitId,
                parentId,
                content,
                cascadeTypes == null ? List.of() : cascadeTypes,
                cascadeDue,
                now());
        OrgUnit unit = units.systemFindById(unitId).orElseThrow();
        events.publishEvent(new PlanCreated(id, unit.code(), parentId));
        return plans.find(id).orElseThrow().plan();
    }

    /** Saves edited sections (and subject) of a draft or returned plan. */
    @Transactional
    public Plan edit(long id, String subject, List<String> sectionBodies, int expectedVersion) {
        return edit(id, new PlanEdit(subject, sectionBodies, null, null, null, null), expectedVersion);
    }

    /**
     * What the plan page edits: subject, section bodies, each responsibility's heading and duties,
     * the Nơi nhận lines and the signer. Null parts stay as they are.
     */
    public record PlanEdit(
            String subject,
            List<String> sectionBodies,
            List<String> responsibilityHeadings,
            List<String> responsibilityBodies,
            String recipientLines,
            PlanContent.Signature signature) {}

    /** Saves an edited draft or returned plan; every text is NFC and bounded; a stale version is a 409. */
    @Transactional
    public Plan edit(long id, PlanEdit edit, int expectedVersion) {
        Located l = locate(id);
        requireEditor(l);
        Plan plan = l.plan();
        if (!plan.status().editable()) {
            // Submitted or further since the page was drawn: the plan moved on, the input is not at fault.
            throw new ConflictException("plan.notEditable");
        }
        PlanContent c = plan.content();
        List<PlanContent.Section> sections = new ArrayList<>();
        for (int i = 0; i < c.sections().size(); i++) {
            PlanContent.Section s = c.sections().get(i);
            String body = PlanInput.bounded(PlanInput.pick(edit.sectionBodies(), i, s.body()), "section" + i);
            sections.add(new PlanContent.Section(s.key(), s.heading(), s.parent(), body));
        }
        List<PlanContent.Responsibility> duties = new ArrayList<>();
        for (int i = 0; i < c.responsibilities().size(); i++) {
            PlanContent.Responsibility r = c.responsibilities().get(i);
            String heading = Texts.clean(PlanInput.pick(edit.responsibilityHeadings(), i, r.heading()));
            if (heading == null || heading.isEmpty() || heading.length() > 300) {
                throw ValidationException.of("responsibility" + i, "plan.responsibility.heading");
            }
            String body =
                    PlanInput.bounded(PlanInput.pick(edit.responsibilityBodies(), i, r.body()), "responsibility" + i);
            duties.add(new PlanContent.Responsibility(
                    r.number(), heading, r.group(), r.unitCodes(), r.unitNames(), body, r.dueDates(), r.completedBy()));
        }
        List<PlanContent.Recipient> recipients = edit.recipientLines() == null
                ? c.recipients()
                : PlanInput.recipients(edit.recipientLines(), c.recipients());
        PlanContent.Signature signature =
                edit.signature() == null ? c.signature() : PlanInput.signature(edit.signature());
        String cleanSubject = Texts.clean(edit.subject() == null ? c.subject() : edit.subject());
        if (cleanSubject == null || cleanSubject.isEmpty() || cleanSubject.length() > 500) {
            throw ValidationException.of("subject", "plan.subject.invalid");
        }
        PlanContent content = new PlanContent(
                c.parentBody(),
                c.issuingBody(),
                c.issuerAbbreviation(),
                c.place(),
                cleanSubject,
                c.citations(),
                c.preamble(),
                sections,
                duties,
                recipients,
                signature,
                c.ceremonySteps(),
                c.festivalActivities(),
                c.banner());
        if (!plans.updateContent(id, content, expectedVersion, now())) {
            throw new ConflictException("plan.changedMeanwhile");
        }
        events.publishEvent(new PlanEdited(id, expectedVersion + 1));
        return plans.find(id).orElseThrow().plan();
    }

    @Transactional
    public Plan submit(long id) {
        Located l = locate(id);
        requireEditor(l);
        PlanStatus from = l.plan().status();
        if (!from.editable()) {
            throw new ConflictException(stateNow(from));
        }
        return move(id, from, PlanStatus.SUBMITTED, null);
    }

    @Transactional
    public Plan approve(long id) {
        Located l = locate(id);
        requireLeader(l);
        return move(id, PlanStatus.SUBMITTED, PlanStatus.APPROVED, null);
    }

    /** Start-up only (demo): submits and approves a draft. */
    @Transactional
    public Plan systemApprove(long id) {
        move(id, PlanStatus.DRAFT, PlanStatus.SUBMITTED, null);
        return move(id, PlanStatus.SUBMITTED, PlanStatus.APPROVED, null);
    }

    /** Returns a submitted plan to its authors; the reason is mandatory and shown to them. */
    @Transactional
    public Plan sendBack(long id, String reason) {
        Located l = locate(id);
        requireLeader(l);
        String clean = Texts.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw ValidationException.of("reason", "plan.return.reasonRequired");
        }
        if (clean.length() > 2000) {
            throw ValidationException.of("reason", "plan.return.reasonTooLong");
        }
        return move(id, PlanStatus.SUBMITTED, PlanStatus.RETURNED, clean);
    }

    /** The message for a step refused because the plan now stands at {@code status}. */
    private static String stateNow(PlanStatus status) {
        return "plan.stateNow." + status.name();
    }

    /**
     * Moves the plan only if it still stands at {@code from} (one guarded UPDATE, so of two concurrent
     * moves one wins). When it does not, the step was already taken or the plan moved on meanwhile:
     * 409 saying where it stands now, never a 400 as if the request were malformed.
     */
    private Plan move(long id, PlanStatus from, PlanStatus to, String reason) {
        if (!plans.transition(id, from, to, reason, now())) {
            throw new ConflictException(
                    plans.find(id).map(l -> stateNow(l.plan().status())).orElse("plan.transition.invalid"));
        }
        events.publishEvent(new PlanChanged(id, from, to, reason));
        return plans.find(id).orElseThrow().plan();
    }

    /**
     * Issues an approved plan: takes the next number of the issuer's register (inside this
     * transaction, so concurrent issues neither share nor skip a number), freezes the rendering with
     * its SHA-256, and delivers the plan to its recipients and to the lower units that must follow it.
     */
    @Transactional
    public Plan issue(long id) {
        return issue(id, null);
    }

    /**
     * Issues the plan as the check page showed it: when {@code expectedNumberLine} is given and another
     * document took that number meanwhile, nothing is issued (409, the number rolls back) and the page
     * is shown again with the number it would take now.
     */
    @Transactional
    public Plan issue(long id, String expectedNumberLine) {
        Located l = locate(id);
        requireOwn(l);
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.UNIT_OFFICER, Role.LEADER, Role.ADMIN);
        Plan issued = doIssue(l, LocalDate.now(clock));
        if (expectedNumberLine != null && !expectedNumberLine.equals(issued.numberLine())) {
            throw new ConflictException("plan.issue.numberMoved", expectedNumberLine, issued.numberLine());
        }
        return issued;
    }

    /** What the check page shows before "Ban hành": the number it would take today and page 1 as printed. */
    public record IssuePreview(String numberLine, String firstPageText) {}

    public IssuePreview issuePreview(long id) {
        Located l = locate(id);
        requireOwn(l);
        Plan plan = l.plan();
        LocalDate today = LocalDate.now(clock);
        String line = register.nextNumberLine(
                plan.unitId(), today, DocumentType.PLAN, plan.content().abbreviationOrDefault());
        int year = campaigns.systemFind(plan.campaignId()).orElseThrow().year();
        byte[] pdf = documents.pdf(documents.document(withNumber(plan, line, today), year));
        return new IssuePreview(line, documents.firstPageText(pdf));
    }

    /** Start-up only (demo): the name of the person who signs a lower unit's plan. */
    @Transactional
    public Plan systemSign(long id, String signerName) {
        Plan plan = plans.find(id).orElseThrow().plan();
        PlanContent.Signature s = plan.content().signature();
        PlanContent signed = plan.content()
                .withSignature(new PlanContent.Signature(s.authority(), s.title(), s.secondTitle(), signerName));
        if (!plans.updateContent(id, signed, plan.version(), now())) {
            throw new ConflictException("plan.changedMeanwhile");
        }
        return plans.find(id).orElseThrow().plan();
    }

    /** Start-up only (demo): issues on a given day. */
    @Transactional
    public Plan systemIssue(long id, LocalDate on) {
        return doIssue(plans.find(id).orElseThrow(), on);
    }

    private Plan doIssue(Located l, LocalDate on) {
        // A double click or a second tab waits here for the first issue and then finds the plan issued.
        plans.lock(l.plan().id());
        Plan plan = plans.find(l.plan().id()).orElseThrow().plan();
        if (plan.status() == PlanStatus.ISSUED) {
            throw new ConflictException(stateNow(PlanStatus.ISSUED));
        }
        if (plan.status() != PlanStatus.APPROVED) {
            throw new ConflictException("plan.issue.notApproved");
        }
        // NĐ 30: an issued document carries its signer's title and name; a plan without them would
        // be numbered and frozen unsigned.
        PlanContent.Signature signer = plan.content().signature();
        if (signer == null
                || signer.signerName() == null
                || signer.signerName().isBlank()
                || signer.title() == null
                || signer.title().isBlank()) {
            throw ValidationException.of("signerName", "plan.issue.signerRequired");
        }
        districtLevel.check(plan.unitId(), plan.content());
        Set<Long> recipients = new LinkedHashSet<>();
        for (PlanContent.Recipient r : plan.content().recipients()) {
            if (r.unitId() != null) {
                recipients.add(r.unitId());
            }
        }
        Set<Long> cascade = new LinkedHashSet<>();
        if (!plan.cascadeTypes().isEmpty()) {
            cascade.addAll(jdbc.sql("select id from org_unit where path like ? and type_code = any(?)")
                    .params(
                            territoryPath(plan.unitId()) + "%",
                            plan.cascadeTypes().toArray(String[]::new))
                    .query(Long.class)
                    .list());
        }
        Set<Long> all = new LinkedHashSet<>(recipients);
        all.addAll(cascade);
        Plan replaced = null;
        if (plan.replacesPlanId() != null) {
            // whoever received the plan it replaces receives this one
            replaced = plans.find(plan.replacesPlanId()).orElseThrow().plan();
            plans.deliveredUnitIds(replaced.id()).forEach(u -> all.add(u[0]));
        }
        int year = campaigns.systemFind(plan.campaignId()).orElseThrow().year();
        IssuedDocument issued = issuing.issue(new IssueRequest(
                plan.unitId(),
                on,
                DocumentType.PLAN,
                plan.content().abbreviationOrDefault(),
                plan.content().subject(),
                signer.signerName(),
                signer.title(),
                plan.content().recipients().stream()
                        .map(PlanContent.Recipient::text)
                        .toList(),
                all,
                "plan:" + plan.id(),
                replaced == null ? null : plans.outgoingId(replaced.id()),
                policy.currentActor().map(Actor::username).orElse("system"),
                number -> documents.document(withNumber(plan, number.line(), on), year)));
        String line = issued.number().line();
        if (!plans.markIssued(plan.id(), line, on, issued.number().entryId(), now())) {
            throw new ConflictException(stateNow(PlanStatus.ISSUED));
        }
        plans.saveVersion(plan.id(), line, plan.content(), issued.id());
        for (PlanContent.Recipient r : plan.content().recipients()) {
            if (r.unitId() != null) {
                plans.deliver(plan.id(), r.unitId(), r.purpose(), now());
            }
        }
        cascade.forEach(unitId -> plans.deliver(plan.id(), unitId, "để thực hiện", now()));
        if (replaced != null) {
            if (!plans.markReplaced(replaced.id(), plan.id())) {
                throw new ConflictException("plan.amend.alreadyReplaced");
            }
            for (Long unitId : all) {
                plans.deliver(plan.id(), unitId, "thay thế kế hoạch đã gửi", now());
            }
        }
        events.publishEvent(new PlanIssued(plan.id(), plan.campaignId(), plan.unitId(), line, on, List.copyOf(all)));
        return plans.find(plan.id()).orElseThrow().plan();
    }

    /**
     * The plan that stands for its unit: not replaced, and not an amendment still being drafted (until
     * it is issued the plan it amends stays in force).
     */
    private static boolean inForce(Plan p) {
        return p.current() && (p.replacesPlanId() == null || p.status() == PlanStatus.ISSUED);
    }

    /** The plan as it reads once numbered: what the issued files are rendered from. */
    static Plan withNumber(Plan p, String numberLine, LocalDate issuedOn) {
        return new Plan(
                p.id(),
                p.campaignId(),
                p.unitId(),
                p.unitCode(),
                p.unitName(),
                p.parentPlanId(),
                PlanStatus.ISSUED,
                p.content(),
                p.returnReason(),
                numberLine,
                issuedOn,
                p.cascadeTypes(),
                p.cascadeDue(),
                p.version(),
                p.replacesPlanId(),
                p.replacedByPlanId(),
                p.updatedAt());
    }

    // ---- rules ----

    private void requireOwn(Located l) {
        if (!policy.currentScope().contains(l.unitPath())) {
            throw policy.refuse(policy.requireActor(), "plan:" + l.plan().id());
        }
    }

    void requireEditor(Located l) {
        requireOwn(l);
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.UNIT_OFFICER, Role.ADMIN);
    }

    private void requireLeader(Located l) {
        requireOwn(l);
        policy.requireAnyRole(Role.LEADER);
    }

    /** The territory a unit's plan covers, by the one rule (a committee's parent; a territorial unit itself). */
    private String territoryPath(long unitId) {
        return territories.ofUnit(unitId).path();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
