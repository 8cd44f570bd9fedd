package vn.ngayhoi.festival;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.FestivalEvents.FestivalSaved;
import vn.ngayhoi.festival.internal.FestivalRepository;
import vn.ngayhoi.festival.internal.FestivalRepository.Located;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.files.Hashes;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/**
 * Festivals under the one access policy: a unit registers its own festival inside the campaign's
 * window; the standing office sees all festivals of its subtree and assigns leaders.
 */
@Service
public class FestivalManagement {

    public static final int MAX_VENUE = 500;
    public static final int MAX_COUNT = 1_000_000;

    private final FestivalRepository festivals;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final FestivalDefaults defaults;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxEvidenceBytes;

    FestivalManagement(
            FestivalRepository festivals,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            FestivalDefaults defaults,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${ngayhoi.attachments.max-size:20MB}")
                    org.springframework.util.unit.DataSize maxEvidence) {
        this.maxEvidenceBytes = maxEvidence.toBytes();
        this.festivals = festivals;
        this.campaigns = campaigns;
        this.units = units;
        this.defaults = defaults;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public Festival get(long id) {
        return locate(id).festival();
    }

    /** A festival by id without a scope check (the public forum form names the festival it serves). */
    public java.util.Optional<Festival> systemFind(long id) {
        return festivals.find(id).map(Located::festival);
    }

    private Located locate(long id) {
        Located l = festivals.find(id).orElseThrow(() -> new NotFoundException("festival#" + id));
        Actor actor = policy.requireActor();
        boolean attends = festivals.leaders(id).contains(actor.userId());
        if (!policy.scopeOf(actor).contains(l.unitPath()) && !attends) {
            throw policy.refuse(actor, "festival:" + id);
        }
        return l;
    }

    /** Festivals in scope, optionally of one campaign, one unit's subtree, some unit types. */
    public List<Festival> list(Long campaignId, String unitCode, List<String> typeCodes) {
        Scope scope = policy.currentScope();
        String unitPath = null;
        if (unitCode != null && !unitCode.isBlank()) {
            unitPath = units.getByCode(unitCode.strip(), LocalDate.now(clock)).path();
        }
        return festivals
                .list(scope.pathPrefix(), campaignId, unitPath, typeCodes == null ? List.of() : typeCodes)
                .stream()
                .map(Located::festival)
                .toList();
    }

    /**
     * One page of {@link #list}'s festivals in id order, changed after {@code since} when given: the
     * API's list, read a page at a time.
     */
    public vn.ngayhoi.shared.Slice<Festival> page(
            Long campaignId, String unitCode, java.time.Instant since, int page, int size) {
        Scope scope = policy.currentScope();
        String unitPath = null;
        if (unitCode != null && !unitCode.isBlank()) {
            unitPath = units.getByCode(unitCode.strip(), LocalDate.now(clock)).path();
        }
        var found = festivals.page(
                scope.pathPrefix(),
                campaignId,
                unitPath,
                since == null ? null : since.atOffset(java.time.ZoneOffset.UTC),
                page * size,
                size);
        return new vn.ngayhoi.shared.Slice<>(
                found.items().stream().map(Located::festival).toList(), found.total());
    }

    /** The festival a unit has for a campaign, if any (visible units only). */
    public java.util.Optional<Festival> ofUnit(long campaignId, long unitId) {
        OrgUnit unit = units.get(unitId);
        return festivals.findByUnit(campaignId, unit.id()).map(Located::festival);
    }

    /** Start-up only (demo): the festival a unit has for a campaign, without a scope check. */
    public java.util.Optional<Festival> systemOfUnit(long campaignId, long unitId) {
        return festivals.findByUnit(campaignId, unitId).map(Located::festival);
    }

    /** Registers (or plans) a unit's festival; every problem at once; nothing stored on bad input. */
    @Transactional
    public Festival create(FestivalCommand c) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.ADMIN);
        Campaign campaign = campaigns.get(c.campaignId());
        OrgUnit unit = unitOf(c.unitCode());
        String venue = FestivalChecks.check(c, campaign);
        if (festivals.findByUnit(campaign.id(), unit.id()).isPresent()) {
            throw new ConflictException("festival.exists", unit.name());
        }
        FestivalStatus status = c.register() ? FestivalStatus.REGISTERED : FestivalStatus.PLANNED;
        FestivalDetails details = c.details() == null ? defaults.defaults(campaign.id(), unit.id()) : c.details();
        long id = festivals.insert(
                campaign.id(),
                unit.id(),
                c.startsAt(),
                c.endsAt(),
                venue,
                c.pilot(),
                status,
                details,
                FestivalChecks.note(c.internalNote()),
                now());
        events.publishEvent(new FestivalSaved(id, unit.code(), status, summary(c), campaign.id(), unit.id()));
        return festivals.find(id).orElseThrow().festival();
    }

    /** Start-up only (demo). */
    @Transactional
    public Festival systemCreate(
            long campaignId,
            long unitId,
            OffsetDateTime starts,
            OffsetDateTime ends,
            String venue,
            boolean pilot,
            FestivalStatus status,
            FestivalDetails details,
            String reason) {
        long id = festivals.insert(campaignId, unitId, starts, ends, venue, pilot, status, details, null, now());
        Festival f = festivals.find(id).orElseThrow().festival();
        if (reason != null) {
            festivals.update(id, f.version(), starts, ends, venue, pilot, status, reason, details, null, now());
        }
        events.publishEvent(new FestivalSaved(id, f.unitCode(), status, venue, f.campaignId(), f.unitId()));
        return festivals.find(id).orElseThrow().festival();
    }

    /** Changes a festival's time, place and details (registering it when asked). */
    @Transactional
    public Festival update(long id, FestivalCommand c, int expectedVersion) {
        Located l = requireOwnUnit(id);
        Campaign campaign = campaigns.systemFind(l.festival().campaignId()).orElseThrow();
        String venue = FestivalChecks.check(c, campaign);
        FestivalStatus status = c.register() && l.festival().status() == FestivalStatus.PLANNED
                ? FestivalStatus.REGISTERED
                : l.festival().status();
        FestivalDetails details = c.details() == null ? l.festival().details() : c.details();
        if (!festivals.update(
                id,
                expectedVersion,
                c.startsAt(),
                c.endsAt(),
                venue,
                c.pilot(),
                status,
                l.festival().statusReason(),
                details,
                FestivalChecks.note(c.internalNote()),
                now())) {
            throw new ConflictException("festival.changedMeanwhile");
        }
        events.publishEvent(new FestivalSaved(
                id,
                l.festival().unitCode(),
                status,
                summary(c),
                l.festival().campaignId(),
                l.festival().unitId()));
        return festivals.find(id).orElseThrow().festival();
    }

    /** Postpones or cancels, with a reason. */
    @Transactional
    public Festival changeStatus(long id, FestivalStatus to, String reason) {
        Located l = requireOwnUnit(id);
        Festival f = l.festival();
        String clean = null;
        if (to == FestivalStatus.POSTPONED || to == FestivalStatus.CANCELLED) {
            clean = Texts.clean(reason);
            if (clean == null || clean.isEmpty() || clean.length() > 2000) {
                throw ValidationException.of("reason", "festival.reason.required");
            }
        } else if (to != FestivalStatus.REGISTERED) {
            throw ValidationException.of("status", "festival.status.invalid");
        }
        if (!festivals.setStatus(id, f.version(), to, clean, now())) {
            throw new ConflictException("festival.changedMeanwhile");
        }
        events.publishEvent(new FestivalSaved(id, f.unitCode(), to, reason, f.campaignId(), f.unitId()));
        return festivals.find(id).orElseThrow().festival();
    }

    /** What actually happened: attendance by group, steps held, pledges, gifts; the festival is then held. */
    @Transactional
    public Festival recordResults(
            long id,
            Map<String, Integer> attendance,
            List<Boolean> stepsHeld,
            List<FestivalDetails.Pledge> pledges,
            String gifts) {
        Located l = requireOwnUnit(id);
        Festival f = l.festival();
        if (f.startsAt().isAfter(now())) {
            FestivalChecks.checkResults(f, attendance, stepsHeld, gifts);
            throw ValidationException.of("form", "festival.results.notYet");
        }
        return record(f, attendance, stepsHeld, pledges, gifts);
    }

    /**
     * Start-up only (demo): the results of a festival as they were recorded after it, without the
     * scope check and without comparing its date with the clock (the demo is loaded on any date).
     */
    @Transactional
    public Festival systemRecordResults(
            long id,
            Map<String, Integer> attendance,
            List<Boolean> stepsHeld,
            List<FestivalDetails.Pledge> pledges,
            String gifts) {
        return record(festivals.find(id).orElseThrow().festival(), attendance, stepsHeld, pledges, gifts);
    }

    private Festival record(
            Festival f,
            Map<String, Integer> attendance,
            List<Boolean> stepsHeld,
            List<FestivalDetails.Pledge> pledges,
            String gifts) {
        long id = f.id();
        FestivalChecks.checkResults(f, attendance, stepsHeld, gifts);
        String cleanGifts = Texts.clean(gifts);
        List<FestivalDetails.Step> steps = new ArrayList<>();
        for (int i = 0; i < f.details().programme().size(); i++) {
            var s = f.details().programme().get(i);
            steps.add(new FestivalDetails.Step(
                    s.title(), s.optional(), i < stepsHeld.size() ? stepsHeld.get(i) : Boolean.FALSE));
        }
        FestivalDetails d = f.details();
        FestivalDetails updated = new FestivalDetails(
                steps,
                d.activities(),
                d.expected(),
                d.delegateGroups(),
                d.modelLaunch(),
                attendance,
                pledges,
                cleanGifts);
        if (!festivals.update(
                id,
                f.version(),
                f.startsAt(),
                f.endsAt(),
                f.venue(),
                f.pilot(),
                FestivalStatus.HELD,
                null,
                updated,
                f.internalNote(),
                now())) {
            throw new ConflictException("festival.changedMeanwhile");
        }
        events.publishEvent(new FestivalSaved(
                id,
                f.unitCode(),
                FestivalStatus.HELD,
                "tham dự " + updated.totalAttendance(),
                f.campaignId(),
                f.unitId()));
        return festivals.find(id).orElseThrow().festival();
    }

    /**
     * Results with their evidence in one transaction: every file is checked first, so a bad photo
     * leaves neither the figures nor any file stored.
     */
    @Transactional
    public Festival recordResults(
            long id,
            Map<String, Integer> attendance,
            List<Boolean> stepsHeld,
            List<FestivalDetails.Pledge> pledges,
            String gifts,
            List<Evidence> photos,
            List<Evidence> minutes) {
        for (Evidence f : concat(photos, minutes)) {
            vn.ngayhoi.shared.files.EvidenceRules.check(f.fileName(), f.content(), maxEvidenceBytes);
        }
        Festival held = recordResults(id, attendance, stepsHeld, pledges, gifts);
        addEvidence(id, "PHOTO", photos);
        addEvidence(id, "MINUTES", minutes);
        return held;
    }

    private static List<Evidence> concat(List<Evidence> a, List<Evidence> b) {
        List<Evidence> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A photo or the biên bản of a festival, checked from its bytes; stored with its SHA-256. */
    @Transactional
    public void addEvidence(long id, String kind, List<Evidence> files) {
        requireOwnUnit(id);
        if (!kind.equals("PHOTO") && !kind.equals("MINUTES")) {
            throw ValidationException.of("files", "festival.evidence.kind");
        }
        List<vn.ngayhoi.shared.files.EvidenceRules.Kind> kinds = new ArrayList<>();
        for (Evidence f : files) {
            kinds.add(vn.ngayhoi.shared.files.EvidenceRules.check(f.fileName(), f.content(), maxEvidenceBytes));
        }
        String by = policy.requireActor().username();
        for (int i = 0; i < files.size(); i++) {
            Evidence f = files.get(i);
            festivals.addAttachment(
                    id, kind, f.fileName(), kinds.get(i).mime, f.content(), Hashes.sha256(f.content()), now(), by);
        }
    }

    /** A file sent as evidence of a festival. */
    public record Evidence(String fileName, byte[] content) {}

    /** The attachments of a festival, without their bytes. */
    public List<FestivalRepository.AttachmentInfo> evidence(long id) {
        locate(id);
        return festivals.attachments(id);
    }

    /** One attachment, only for accounts that may see its festival. */
    public FestivalRepository.AttachmentFile evidenceFile(long attachmentId) {
        var file = festivals
                .attachment(attachmentId)
                .orElseThrow(() -> new NotFoundException("festival_attachment#" + attachmentId));
        locate(file.festivalId());
        return file;
    }

    private OrgUnit unitOf(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw ValidationException.of("unitCode", "festival.unit.required");
        }
        return units.getByCode(unitCode.strip(), LocalDate.now(clock));
    }

    private Located requireOwnUnit(long id) {
        Located l = locate(id);
        if (!policy.currentScope().contains(l.unitPath())) {
            throw policy.refuse(policy.requireActor(), "festival:" + id);
        }
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.ADMIN);
        return l;
    }

    private static String summary(FestivalCommand c) {
        return c.startsAt() + " – " + c.endsAt() + ", " + Texts.clean(c.venue());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
