package vn.ngayhoi.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.PlanEvents.PlanCreated;
import vn.ngayhoi.plan.internal.PlanRepository;
import vn.ngayhoi.plan.internal.PlanRepository.Located;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/**
 * New plans made from existing ones: the amendment of an issued plan (a new numbered plan that
 * replaces it, ADR 0017), a lower unit's own plan under the upper plan it received, and next year's
 * plan cloned from this year's. Access as {@link PlanManagement} decides it.
 */
@Service
public class PlanDerivations {

    private final PlanManagement management;
    private final PlanRepository plans;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final vn.ngayhoi.orgunit.UnitLinks links;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanDerivations(
            PlanManagement management,
            PlanRepository plans,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            vn.ngayhoi.orgunit.UnitLinks links,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.links = links;
        this.management = management;
        this.plans = plans;
        this.campaigns = campaigns;
        this.units = units;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts the amendment of an issued plan: a new draft with the same text, its căn cứ naming the
     * plan it replaces, that goes through the same sign-off and takes a new number. The issued plan
     * itself is never edited. A second call returns the amendment already started.
     */
    @Transactional
    public Plan startAmendment(long issuedPlanId) {
        Located l = management.locate(issuedPlanId);
        management.requireEditor(l);
        Plan old = l.plan();
        if (old.status() != PlanStatus.ISSUED) {
            throw new ConflictException("plan.amend.notIssued");
        }
        if (!old.current()) {
            throw new ConflictException("plan.amend.alreadyReplaced");
        }
        plans.lock(old.id());
        java.util.Optional<Located> started = plans.inSubtree(l.unitPath(), old.campaignId()).stream()
                .filter(x -> java.util.Objects.equals(x.plan().replacesPlanId(), old.id()))
                .findFirst();
        if (started.isPresent()) {
            return started.get().plan();
        }
        PlanContent c = old.content();
        String reference = replacedReference(old);
        List<PlanContent.Citation> citations = new ArrayList<>(c.citations());
        PlanContent content = new PlanContent(
                c.parentBody(),
                c.issuingBody(),
                c.issuerAbbreviation(),
                c.place(),
                c.subject(),
                citations,
                (c.preamble() == null || c.preamble().isBlank() ? "" : c.preamble() + "\n\n") + "Kế hoạch này thay thế "
                        + reference + ".",
                c.sections(),
                c.responsibilities(),
                c.recipients(),
                c.signature(),
                c.ceremonySteps(),
                c.festivalActivities(),
                c.banner());
        long id = plans.insertAmendment(old, content);
        events.publishEvent(new PlanCreated(id, old.unitCode(), old.parentPlanId()));
        return plans.find(id).orElseThrow().plan();
    }

    /**
     * The readable difference between an amending plan and the plan it replaces, part by part: only
     * the parts that changed (see {@link PlanChanges}).
     */
    public List<PlanChanges.SectionChange> amendmentChanges(long planId) {
        Plan plan = management.get(planId);
        if (plan.replacesPlanId() == null) {
            return List.of();
        }
        return PlanChanges.between(
                plans.find(plan.replacesPlanId()).orElseThrow().plan().content(), plan.content());
    }

    /** "Kế hoạch số 01/KH-BCĐ ngày 18/7/2022", as an amendment names the plan it replaces. */
    static String replacedReference(Plan old) {
        LocalDate d = old.issuedOn();
        return "Kế hoạch " + old.numberLine().replace("Số: ", "số ") + " ngày " + d.getDayOfMonth() + "/"
                + d.getMonthValue() + "/" + d.getYear();
    }

    /**
     * A lower unit starts its own plan from an upper plan it received: its own names in the header
     * and signature, the upper plan cited in the căn cứ, the upper plan's sections as a starting point.
     */
    @Transactional
    public Plan startOwnPlan(long upperPlanId) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.ADMIN);
        Actor actor = policy.requireActor();
        Located upper = management.locate(upperPlanId);
        if (upper.plan().status() != PlanStatus.ISSUED) {
            throw ValidationException.of("form", "plan.own.upperNotIssued");
        }
        OrgUnit unit = units.get(actor.unitId());
        Scope scope = policy.scopeOf(actor);
        if (scope.contains(upper.unitPath()) || !plans.deliveredInto(upperPlanId, unit.path())) {
            throw ValidationException.of("form", "plan.own.notRecipient");
        }
        // Starting one's own plan from it is the surest sign the plan was read.
        plans.markOpened(upperPlanId, unit.path(), actor.username(), OffsetDateTime.now(clock));
        return ownPlan(upper, unit);
    }

    /** Start-up only (demo): a lower unit's plan from an issued upper plan. */
    @Transactional
    public Plan systemStartOwnPlan(long upperPlanId, long unitId) {
        OrgUnit unit = units.systemFindById(unitId).orElseThrow();
        plans.markOpened(upperPlanId, unit.path(), "system", OffsetDateTime.now(clock));
        return ownPlan(plans.find(upperPlanId).orElseThrow(), unit);
    }

    private Plan ownPlan(Located upper, OrgUnit unit) {
        long upperPlanId = upper.plan().id();
        List<Located> existing = plans.children(upperPlanId).stream()
                .filter(c -> c.plan().unitId() == unit.id())
                .toList();
        if (!existing.isEmpty()) {
            return existing.get(0).plan();
        }
        PlanContent up = upper.plan().content();
        String place = Letterheads.shortName(unit.name());
        String upperIssuer =
                units.systemFindById(upper.plan().unitId()).map(OrgUnit::name).orElse(up.issuingBody());
        String citation = "Kế hoạch " + upper.plan().numberLine().replace("Số: ", "số ") + " ngày "
                + new vn.ngayhoi.shared.Formats().date(upper.plan().issuedOn()) + " của " + upperIssuer + " về "
                + Texts.lowerFirst(up.subject());
        String preamble = "Thực hiện " + citation + ". Ban Chỉ đạo ANTT "
                + unit.name().toLowerCase().charAt(0) + unit.name().substring(1) + " ban hành Kế hoạch "
                + Texts.lowerFirst(up.subject()) + " như sau:";
        List<PlanContent.Recipient> recipients = List.of(
                new PlanContent.Recipient(
                        upperIssuer + " (để b/c)", null, "để b/c", upper.plan().unitId()),
                new PlanContent.Recipient("Lưu: VT", null, null, null));
        Letterheads.Letterhead head = Letterheads.fromName(unit);
        PlanContent content = new PlanContent(
                head.parentBody(),
                head.issuingBody(),
                head.abbreviation(),
                head.place(),
                up.subject(),
                List.of(new PlanContent.Citation(citation)),
                preamble,
                up.sections(),
                List.of(),
                recipients,
                new PlanContent.Signature(
                        head.signature().authority(),
                        head.signature().title(),
                        head.signature().secondTitle(),
                        null),
                up.ceremonySteps(),
                up.festivalActivities(),
                up.banner());
        return management.insert(upper.plan().campaignId(), unit.id(), upperPlanId, content, List.of(), null);
    }

    /**
     * Next year from last year: clones the campaign into {@code newYear} and its committee's plan as
     * a new draft, with dates and anniversary numbers moved on; numbering restarts with the year.
     */
    @Transactional
    public Plan cloneCampaign(long campaignId, int newYear) {
        return cloneCampaignAcross(campaignId, newYear).plan();
    }

    /** A cloned plan and what could not be carried to the structure valid in the new year. */
    public record Cloned(Plan plan, List<String> unmapped) {}

    /**
     * The same clone; across a reorganisation the campaign moves to the successor committee (see
     * {@link CampaignManagement#cloneAcross}) and recipients that no longer exist to the units they
     * went into; those with none keep their text without a unit and are named for the officer.
     */
    @Transactional
    public Cloned cloneCampaignAcross(long campaignId, int newYear) {
        Campaign from = campaigns.get(campaignId);
        CampaignManagement.Cloned cloned = campaigns.cloneAcross(campaignId, newYear);
        Campaign to = cloned.campaign();
        List<String> unmapped = new java.util.ArrayList<>(cloned.unmapped());
        Plan source = plans.inSubtree("/", from.id()).stream()
                .map(Located::plan)
                .filter(p -> p.unitId() == from.committeeId() && p.parentPlanId() == null)
                .findFirst()
                .orElseThrow(() -> ValidationException.of("form", "plan.clone.noPlan"));
        Function<String, String> shift = text -> shiftYear(text, from, to);
        PlanContent c = source.content();
        PlanContent copy = new PlanContent(
                c.parentBody(),
                c.issuingBody(),
                c.issuerAbbreviation(),
                c.place(),
                shift.apply(c.subject()),
                c.citations().stream()
                        .map(x -> new PlanContent.Citation(shift.apply(x.text())))
                        .toList(),
                shift.apply(c.preamble()),
                c.sections().stream()
                        .map(s -> new PlanContent.Section(
                                s.key(), shift.apply(s.heading()), s.parent(), shift.apply(s.body())))
                        .toList(),
                c.responsibilities().stream()
                        .map(r -> new PlanContent.Responsibility(
                                r.number(),
                                r.heading(),
                                r.group(),
                                r.unitCodes(),
                                r.unitNames(),
                                shift.apply(r.body()),
                                r.dueDates() == null
                                        ? List.of()
                                        : r.dueDates().stream()
                                                .map(d -> d.plusYears(newYear - from.year()))
                                                .toList(),
                                r.completedBy()))
                        .toList(),
                // Only a campaign that moved to the new structure has recipients to move with it.
                to.committeeId() == from.committeeId() ? c.recipients() : recipients(c.recipients(), to, unmapped),
                c.signature(),
                c.ceremonySteps(),
                c.festivalActivities(),
                c.banner() == null
                        ? null
                        : new PlanContent.BannerText(
                                c.banner().organiser(),
                                c.banner().title(),
                                shift.apply(c.banner().subtitle()),
                                shift.apply(c.banner().placeDate())));
        Plan plan = management.insert(
                to.id(),
                to.committeeId(),
                null,
                copy,
                source.cascadeTypes(),
                source.cascadeDue() == null ? null : source.cascadeDue().plusYears(newYear - from.year()));
        return new Cloned(plan, List.copyOf(unmapped));
    }

    /** Recipients of the new year: a unit that no longer exists becomes the one it went into. */
    private List<PlanContent.Recipient> recipients(
            List<PlanContent.Recipient> all, Campaign to, List<String> unmapped) {
        List<PlanContent.Recipient> result = new java.util.ArrayList<>();
        for (PlanContent.Recipient r : all) {
            vn.ngayhoi.orgunit.OrgUnit unit =
                    r.unitId() == null ? null : units.systemFindById(r.unitId()).orElse(null);
            if (unit == null || unit.validOn(to.windowStart())) {
                result.add(r);
                continue;
            }
            var next = links.systemSuccessors(unit.id()).stream()
                    .sorted(java.util.Comparator.comparing((vn.ngayhoi.orgunit.UnitLink l) -> !l.full()))
                    .map(vn.ngayhoi.orgunit.UnitLink::unit)
                    .findFirst();
            if (next.isEmpty()) {
                unmapped.add(unit.name());
            }
            result.add(new PlanContent.Recipient(
                    r.text(),
                    next.map(vn.ngayhoi.orgunit.OrgUnit::name).orElse(r.unitName()),
                    r.purpose(),
                    next.map(vn.ngayhoi.orgunit.OrgUnit::id).orElse(null)));
        }
        return result;
    }

    /** Moves years and anniversary numbers in a text from one campaign's year to another's. */
    static String shiftYear(String text, Campaign from, Campaign to) {
        if (text == null) {
            return null;
        }
        return text.replace(from.candYears() + " năm", to.candYears() + " năm")
                .replace(from.dayYears() + " năm", to.dayYears() + " năm")
                .replace("19/8/" + (2005) + " - 19/8/" + from.year(), "19/8/2005 - 19/8/" + to.year())
                .replaceAll("(?<![0-9])" + from.year() + "(?![0-9])", Integer.toString(to.year()));
    }
}
