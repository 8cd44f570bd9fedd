package vn.ngayhoi.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.report.ReportEvents.ReportSaved;
import vn.ngayhoi.report.ReportEvents.ReportStatusChanged;
import vn.ngayhoi.report.internal.Entries;
import vn.ngayhoi.report.internal.ReportPrefill;
import vn.ngayhoi.report.internal.ReportRepository;
import vn.ngayhoi.report.internal.ReportRepository.HistoryEntry;
import vn.ngayhoi.report.internal.ReportRepository.Located;
import vn.ngayhoi.report.internal.Rollups;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/**
 * Units' reports under the one access policy: a unit fills in its report, submits it (on time or
 * late by the clock), may recall it until it is accepted; the level above accepts it or returns it
 * with a reason. Entry locks some days after the deadline except for units with an exception. Every
 * status change keeps the data as it stood and moves the subtree totals in the same transaction.
 */
@Service
public class ReportManagement {

    public static final int MAX_REASON = 2000;

    private final ReportRepository reports;
    private final Rollups rollups;
    private final ReportForms forms;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final ReportPrefill prefill;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportManagement(
            ReportRepository reports,
            Rollups rollups,
            ReportForms forms,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            ReportPrefill prefill,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.reports = reports;
        this.rollups = rollups;
        this.forms = forms;
        this.campaigns = campaigns;
        this.units = units;
        this.prefill = prefill;
        this.policy = policy;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a unit typed: values by indicator code as typed, and the narrative. */
    public record Entry(Map<String, String> values, ReportData.Narrative narrative) {
        public Entry {
            values = values == null ? Map.of() : new LinkedHashMap<>(values);
        }
    }

    // ---- reads ----

    public Report get(long id) {
        return locate(id).report();
    }

    /** The reports of a campaign in scope, optionally of one unit's subtree. */
    public List<Report> list(long campaignId, String unitCode) {
        Campaign campaign = campaigns.get(campaignId);
        Optional<ReportForm> form = forms.find(campaign.id());
        if (form.isEmpty()) {
            return List.of();
        }
        String prefix = policy.currentScope().pathPrefix();
        if (unitCode != null && !unitCode.isBlank()) {
            prefix = units.getByCode(unitCode.strip(), form.get().deadline()).path();
        }
        return reports.list(form.get().id(), prefix).stream()
                .map(Located::report)
                .toList();
    }

    /**
     * One page of {@link #list}'s reports (in id order), changed after {@code since} when given: the
     * API's list, read a page at a time.
     */
    public vn.ngayhoi.shared.Slice<Report> page(
            long campaignId, String unitCode, java.time.Instant since, int page, int size) {
        Campaign campaign = campaigns.get(campaignId);
        Optional<ReportForm> form = forms.find(campaign.id());
        if (form.isEmpty()) {
            return new vn.ngayhoi.shared.Slice<>(List.of(), 0);
        }
        String prefix = policy.currentScope().pathPrefix();
        if (unitCode != null && !unitCode.isBlank()) {
            prefix = units.getByCode(unitCode.strip(), form.get().deadline()).path();
        }
        var found = reports.page(
                form.get().id(),
                prefix,
                since == null ? null : since.atOffset(java.time.ZoneOffset.UTC),
                page * size,
                size);
        return new vn.ngayhoi.shared.Slice<>(
                found.items().stream().map(Located::report).toList(), found.total());
    }

    /**
     * The unit's report of the campaign when it has been accepted, without a scope check: another
     * module cites it (a commendation's achievements) and shows it to those it lets read that.
     */
    public Optional<Report> systemAcceptedOf(long campaignId, long unitId) {
        return forms.find(campaignId)
                .flatMap(f -> reports.findByUnit(f.id(), unitId))
                .map(Located::report)
                .filter(r -> r.status() == ReportStatus.ACCEPTED);
    }

    public List<HistoryEntry> history(long id) {
        locate(id);
        return reports.history(id);
    }

    /** Whether entry is open for the report's unit today, and until when. */
    public record EntryWindow(boolean open, LocalDate openUntil, boolean byException) {}

    public EntryWindow window(Report report) {
        ReportForm form = forms.systemGet(report.formId());
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> exception = reports.lockException(form.id(), report.unitId());
        if (!today.isAfter(form.openUntil())) {
            return new EntryWindow(true, form.openUntil(), false);
        }
        if (exception.isPresent() && !today.isAfter(exception.get())) {
            return new EntryWindow(true, exception.get(), true);
        }
        return new EntryWindow(false, exception.orElse(form.openUntil()), exception.isPresent());
    }

    /** Whether the current account may accept or return this report (it is in scope and below). */
    public boolean canReview(Report report) {
        Actor actor = policy.requireActor();
        return (actor.has(Role.STANDING_OFFICE) || actor.has(Role.LEADER) || actor.has(Role.ADMIN))
                && actor.unitId() != report.unitId();
    }

    /** Whether the current account may type into this report. */
    public boolean canEdit(Report report) {
        Actor actor = policy.requireActor();
        return (actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN))
                && report.status().editable();
    }

    // ---- the unit's side ----

    /**
     * The unit's report of the campaign, made as a draft on first opening with the figures festival
     * records already hold; the unit must be one the form assigns.
     */
    @Transactional
    public Report open(long campaignId, String unitCode) {
        Campaign campaign = campaigns.get(campaignId);
        ReportForm form =
                forms.find(campaign.id()).orElseThrow(() -> new NotFoundException("report_form:" + campaignId));
        OrgUnit unit = units.getByCode(unitCode.strip(), form.deadline());
        Optional<Located> existing = reports.findByUnit(form.id(), unit.id());
        if (existing.isPresent()) {
            return existing.get().report();
        }
        if (!forms.assigned(form, unit)) {
            throw ValidationException.of("unit", "report.unit.notAssigned", unit.name());
        }
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.ADMIN);
        long id = reports.insert(form.id(), unit.id(), prefill.of(form, unit), actorName(), now());
        return reports.find(id).orElseThrow().report();
    }

    /** Start-up only (demo, benchmark): the unit's report without a scope check. */
    @Transactional
    public Report systemOpen(long formId, long unitId) {
        ReportForm form = forms.systemGet(formId);
        OrgUnit unit = units.systemFindById(unitId).orElseThrow();
        long id = reports.insert(form.id(), unit.id(), prefill.of(form, unit), "system", now());
        return reports.find(id).orElseThrow().report();
    }

    /**
     * Start-up only (demo, benchmark): records a unit's report as it stood, sent at {@code submittedAt}
     * and then accepted or returned by {@code reviewer} at {@code decidedAt}; goes through the same
     * checks, history and totals as the pages.
     */
    @Transactional
    public Report systemRecord(
            long formId,
            long unitId,
            Entry entry,
            OffsetDateTime submittedAt,
            ReportStatus outcome,
            String reason,
            String unitUser,
            String reviewer,
            OffsetDateTime decidedAt) {
        ReportForm form = forms.systemGet(formId);
        Report draft = systemOpen(formId, unitId);
        String path = units.systemFindById(unitId).orElseThrow().path();
        ReportData data = checked(draft, entry, true);
        reports.updateData(draft.id(), draft.version(), data, unitUser, submittedAt);
        boolean late = submittedAt.atZoneSameInstant(Formats.ZONE).toLocalDate().isAfter(form.onTimeUntil());
        reports.markSubmitted(draft.id(), draft.version() + 1, late, unitUser, submittedAt);
        reports.replaceValues(draft.id(), Entries.numbers(form.definition(), data.values()));
        rollups.apply(formId, draft.id(), path, 0, 1);
        reports.addHistory(draft.id(), "SUBMITTED", data, null, late, unitUser, submittedAt);
        // The same events as the pages, so what follows from them (tasks completed, notices, the
        // audit trail) is as true in the demo as in use.
        events.publishEvent(new ReportStatusChanged(
                draft.id(),
                unitId,
                draft.unitCode(),
                "SUBMITTED",
                late ? "nộp muộn" : "nộp đúng hạn",
                draft.campaignId()));
        if (outcome == ReportStatus.ACCEPTED || outcome == ReportStatus.RETURNED) {
            boolean accepted = outcome == ReportStatus.ACCEPTED;
            reports.markDecided(draft.id(), draft.version() + 2, outcome, reason, reviewer, decidedAt);
            rollups.apply(formId, draft.id(), path, accepted ? 1 : 0, accepted ? 0 : -1);
            reports.addHistory(draft.id(), outcome.name(), data, reason, late, reviewer, decidedAt);
            events.publishEvent(new ReportStatusChanged(
                    draft.id(),
                    unitId,
                    draft.unitCode(),
                    outcome.name(),
                    reason == null ? "" : reason,
                    draft.campaignId()));
        }
        return reports.find(draft.id()).orElseThrow().report();
    }

    /** Saves a draft: types and ranges are checked, nothing stored on a problem. */
    @Transactional
    public Report save(long id, Entry entry, int expectedVersion) {
        Located l = requireEditable(id);
        ReportData data = checked(l.report(), entry, false);
        if (!reports.updateData(id, expectedVersion, data, actorName(), now())) {
            throw new ConflictException("report.changedMeanwhile");
        }
        events.publishEvent(
                new ReportSaved(id, l.report().unitCode(), data.values().size() + " chỉ tiêu"));
        return reports.find(id).orElseThrow().report();
    }

    /**
     * Submits the report, with what was typed when given (the page) or as stored (the API). Every
     * required value, rule and the narrative's results are checked first; late is decided by the clock,
     * except that a report first sent on time and returned stays on time.
     */
    @Transactional
    public Report submit(long id, Entry entry, Integer expectedVersion) {
        Located l = requireEditable(id);
        Report r = l.report();
        ReportData data =
                checked(r, entry == null ? new Entry(r.data().values(), r.data().narrative()) : entry, true);
        int version = expectedVersion == null ? r.version() : expectedVersion;
        OffsetDateTime at = now();
        if (!reports.updateData(id, version, data, actorName(), at)) {
            throw new ConflictException("report.changedMeanwhile");
        }
        ReportForm form = forms.systemGet(r.formId());
        boolean sentOnTimeBefore = reports.history(id).stream()
                .anyMatch(h -> "SUBMITTED".equals(h.action()) && Boolean.FALSE.equals(h.late()));
        boolean late = LocalDate.now(clock).isAfter(form.onTimeUntil()) && !sentOnTimeBefore;
        if (!reports.markSubmitted(id, version + 1, late, actorName(), at)) {
            throw new ConflictException("report.changedMeanwhile");
        }
        reports.replaceValues(id, Entries.numbers(form.definition(), data.values()));
        rollups.apply(form.id(), id, l.unitPath(), 0, 1);
        reports.addHistory(id, "SUBMITTED", data, null, late, actorName(), at);
        events.publishEvent(new ReportStatusChanged(
                id, r.unitId(), r.unitCode(), "SUBMITTED", late ? "nộp muộn" : "nộp đúng hạn", r.campaignId()));
        return reports.find(id).orElseThrow().report();
    }

    /** Takes a submission back to draft, until the level above has accepted it. */
    @Transactional
    public Report recall(long id) {
        Located l = locate(id);
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.ADMIN);
        Report r = l.report();
        if (r.status() != ReportStatus.SUBMITTED) {
            // Accepted meanwhile, or already recalled (a second tab, a resent form): a state to
            // explain (409), not bad input.
            throw new ConflictException(
                    r.status() == ReportStatus.ACCEPTED ? "report.recall.accepted" : "report.recall.notSubmitted");
        }
        requireOpen(r);
        OffsetDateTime at = now();
        rollups.apply(r.formId(), id, l.unitPath(), 0, -1);
        if (!reports.markRecalled(id, r.version(), actorName(), at)) {
            throw new ConflictException("report.changedMeanwhile");
        }
        reports.addHistory(id, "RECALLED", r.data(), null, r.late(), actorName(), at);
        events.publishEvent(new ReportStatusChanged(id, r.unitId(), r.unitCode(), "RECALLED", "", r.campaignId()));
        return reports.find(id).orElseThrow().report();
    }

    // ---- the level above ----

    @Transactional
    public Report accept(long id) {
        Located l = requireReviewable(id);
        Report r = l.report();
        OffsetDateTime at = now();
        if (!reports.markDecided(id, r.version(), ReportStatus.ACCEPTED, null, actorName(), at)) {
            throw new ConflictException("report.changedMeanwhile");
        }
        rollups.apply(r.formId(), id, l.unitPath(), 1, 0);
        reports.addHistory(id, "ACCEPTED", r.data(), null, r.late(), actorName(), at);
        events.publishEvent(new ReportStatusChanged(id, r.unitId(), r.unitCode(), "ACCEPTED", "", r.campaignId()));
        return reports.find(id).orElseThrow().report();
    }

    /** Sends the report back with a reason the unit reads; its values leave the totals. */
    @Transactional
    public Report returnToUnit(long id, String reason) {
        String clean = Texts.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw ValidationException.of("reason", "report.return.reasonRequired");
        }
        if (clean.length() > MAX_REASON) {
            throw ValidationException.of("reason", "report.return.reasonTooLong", MAX_REASON);
        }
        Located l = requireReviewable(id);
        Report r = l.report();
        OffsetDateTime at = now();
        if (!reports.markDecided(id, r.version(), ReportStatus.RETURNED, clean, actorName(), at)) {
            throw new ConflictException("report.changedMeanwhile");
        }
        rollups.apply(r.formId(), id, l.unitPath(), 0, -1);
        reports.addHistory(id, "RETURNED", r.data(), clean, r.late(), actorName(), at);
        events.publishEvent(new ReportStatusChanged(id, r.unitId(), r.unitCode(), "RETURNED", clean, r.campaignId()));
        return reports.find(id).orElseThrow().report();
    }

    // ---- helpers ----

    private Located locate(long id) {
        Located l = reports.find(id).orElseThrow(() -> new NotFoundException("report#" + id));
        policy.requireVisible(l.unitPath(), "report:" + id);
        return l;
    }

    /** The report for a change by its unit: in scope, its own unit, and still editable. */
    Located requireEditable(long id) {
        Located l = locate(id);
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.ADMIN);
        Report r = l.report();
        if (!r.status().editable()) {
            // Already submitted or accepted (a resent form, a second tab): the request was fine when
            // the page was drawn, the report has moved on since. 409, not 400.
            throw new ConflictException("report.notEditable." + r.status().name());
        }
        requireOpen(r);
        return l;
    }

    private void requireOpen(Report r) {
        EntryWindow w = window(r);
        if (!w.open()) {
            throw ValidationException.of("form", "report.locked", new Formats().date(w.openUntil()));
        }
    }

    private Located requireReviewable(long id) {
        Located l = locate(id);
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.LEADER, Role.ADMIN);
        Report r = l.report();
        if (policy.requireActor().unitId() == r.unitId()) {
            throw ValidationException.of("form", "report.review.ownUnit");
        }
        if (r.status() != ReportStatus.SUBMITTED) {
            // Already accepted or returned (by this reviewer twice, or by a colleague), or recalled
            // meanwhile: 409 saying what happened.
            throw new ConflictException(
                    switch (r.status()) {
                        case ACCEPTED -> "report.review.alreadyAccepted";
                        case RETURNED -> "report.review.alreadyReturned";
                        default -> "report.review.notSubmitted";
                    });
        }
        return l;
    }

    private ReportData checked(Report r, Entry entry, boolean submitting) {
        ReportForm form = forms.systemGet(r.formId());
        Entries.Checked checked = Entries.check(form.definition(), entry.values(), submitting);
        List<Problem> problems = new ArrayList<>(checked.problems());
        ReportData.Narrative narrative = Entries.narrative(entry.narrative(), submitting, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // a prefilled value stays marked only while it is what the system filled in
        Set<String> prefilled = new HashSet<>();
        for (String code : r.data().prefilled()) {
            String was = r.data().value(code);
            if (was != null && was.equals(checked.values().get(code))) {
                prefilled.add(code);
            }
        }
        return new ReportData(checked.values(), narrative, prefilled);
    }

    private String actorName() {
        return policy.currentActor().map(Actor::username).orElse("system");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
