package vn.ngayhoi.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.Letterheads;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.IssueCheck;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.register.OutgoingRegister;
import vn.ngayhoi.register.SignOff;
import vn.ngayhoi.register.SignOffs;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;
import vn.ngayhoi.task.TaskEvents.ChasingLetterIssued;
import vn.ngayhoi.task.internal.ChasingLetterStore;
import vn.ngayhoi.task.internal.ChasingLetterStore.Content;
import vn.ngayhoi.task.internal.ChasingLetterStore.Recipient;
import vn.ngayhoi.task.internal.ChasingLetterStore.Row;

/**
 * The công văn đôn đốc: one letter to the units of a campaign that are late (overdue tasks, a
 * missing report), listing each unit's lines. The standing office drafts it, the committee's head
 * signs it off (ADR 0018), and it is issued from a check page: numbered from the committee's
 * register ({@code Số: 07/BCĐ}: a công văn has no type abbreviation), frozen and delivered.
 * Drafts are the issuer's business; the units it goes to see it once issued.
 */
@Service
public class ChasingLetters {

    private final TaskManagement tasks;
    private final CampaignManagement campaigns;
    private final PlanManagement plans;
    private final OrgUnitManagement units;
    private final Letterheads letterheads;
    private final DocumentIssuing issuing;
    private final OutgoingRegister register;
    private final SignOffs signOffs;
    private final DocumentRenderer renderer;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final ChasingLetterStore store;
    private final Clock clock;

    ChasingLetters(
            TaskManagement tasks,
            CampaignManagement campaigns,
            PlanManagement plans,
            OrgUnitManagement units,
            Letterheads letterheads,
            DocumentIssuing issuing,
            OutgoingRegister register,
            SignOffs signOffs,
            DocumentRenderer renderer,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            ChasingLetterStore store,
            Clock clock) {
        this.tasks = tasks;
        this.campaigns = campaigns;
        this.plans = plans;
        this.units = units;
        this.letterheads = letterheads;
        this.issuing = issuing;
        this.register = register;
        this.signOffs = signOffs;
        this.renderer = renderer;
        this.policy = policy;
        this.events = events;
        this.store = store;
        this.clock = clock;
    }

    /** A letter as lists show it; {@code numberLine} and {@code issuedOn} are null until issued. */
    public record Letter(
            long id, long campaignId, String numberLine, LocalDate issuedOn, String subject, String pdfSha256) {

        public boolean issued() {
            return numberLine != null && !numberLine.isEmpty();
        }
    }

    /** One unit the letter goes to and what it has not done, one line each. */
    public record Overdue(long unitId, String unitName, List<String> lines) {}

    /** A letter as its page shows it: what it says, where its sign-off stands, what the reader may do. */
    public record LetterPage(
            Letter letter, List<Overdue> recipients, SignOff signOff, boolean maySign, boolean mayDraft) {}

    /** The register source of a letter. */
    public static String source(long letterId) {
        return "chasing-letter:" + letterId;
    }

    /** Drafts the letter to the units whose tasks of the campaign are overdue today. */
    @Transactional
    public Letter draft(long campaignId) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        Campaign campaign = campaigns.get(campaignId);
        LocalDate today = LocalDate.now(clock);
        List<Task> overdue = tasks.list(campaignId, null, "OVERDUE");
        if (overdue.isEmpty()) {
            throw ValidationException.of("form", "task.letter.nothingOverdue");
        }
        Map<Long, List<Task>> byUnit = new LinkedHashMap<>();
        overdue.forEach(
                t -> byUnit.computeIfAbsent(t.unitId(), k -> new ArrayList<>()).add(t));
        List<Overdue> recipients = byUnit.values().stream()
                .map(list -> new Overdue(
                        list.get(0).unitId(),
                        list.get(0).unitName(),
                        list.stream()
                                .map(t -> t.title() + " (hạn " + new Formats().date(t.dueDate()) + ", quá hạn "
                                        + (-t.daysLeft(today)) + " ngày).")
                                .toList()))
                .toList();
        return draft(campaign, today, "chưa hoàn thành nhiệm vụ được giao đúng hạn", recipients);
    }

    /**
     * Drafts a letter to units that have not sent what the campaign asks of them (such as their
     * results report), each with its own lines; signed off and issued like the task letter.
     */
    @Transactional
    public Letter draftFor(long campaignId, String whatIsMissing, List<Overdue> recipients) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        Campaign campaign = campaigns.get(campaignId);
        if (recipients.isEmpty()) {
            throw ValidationException.of("form", "task.letter.nothingOverdue");
        }
        recipients.forEach(r -> units.get(r.unitId()));
        return draft(campaign, LocalDate.now(clock), whatIsMissing, recipients);
    }

    /**
     * Start-up only (demo): the letter as the standing office drafted it, the head signed it and the
     * office issued it on {@code on}, through the same sign-off, register and delivery as the pages.
     */
    @Transactional
    public Letter systemIssueFor(long campaignId, LocalDate on, String whatIsMissing, List<Overdue> recipients) {
        Campaign campaign = campaigns.systemFind(campaignId).orElseThrow();
        Letter draft = draft(campaign, on, whatIsMissing, recipients);
        Row row = store.find(draft.id()).orElseThrow();
        signOffs.systemApprove(source(row.id()), layout(row, null, "system"));
        return issue(row, on, null, "system");
    }

    private Letter draft(Campaign campaign, LocalDate asOf, String whatIsMissing, List<Overdue> recipients) {
        Plan plan = plans.systemTopPlan(campaign.id())
                .filter(p -> p.numberLine() != null)
                .orElseThrow(() -> ValidationException.of("form", "plan.clone.noPlan"));
        String subject = ChasingLetterText.subject(plan);
        Content content = new Content(
                asOf,
                whatIsMissing,
                recipients.stream()
                        .map(r -> new Recipient(r.unitId(), r.unitName(), List.copyOf(r.lines())))
                        .toList());
        long id = store.insertDraft(campaign.id(), campaign.committeeId(), subject, content, by());
        signOffs.open(source(id), campaign.committeeId(), "Công văn " + subject, "/tasks/letters/" + id);
        return letterOf(store.find(id).orElseThrow());
    }

    /** The letter's page, for its issuer's scope (drafts included) or a unit it was issued to. */
    public LetterPage page(long id) {
        Row row = visibleRow(id);
        SignOff signOff = signOffs.find(source(id)).orElse(null);
        Actor actor = policy.requireActor();
        boolean issuerSide = policy.scopeOf(actor)
                .contains(units.systemFindById(row.issuerId()).orElseThrow().path());
        return new LetterPage(
                letterOf(row),
                row.content() == null
                        ? List.of()
                        : row.content().recipients().stream()
                                .map(r -> new Overdue(r.unitId(), r.unitName(), r.lines()))
                                .toList(),
                signOff,
                signOff != null && signOffs.maySign(actor, signOff),
                issuerSide && (actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN)));
    }

    /** The standing office hands the draft to the committee's head. */
    @Transactional
    public SignOff submit(long id, int expectedVersion) {
        Row row = issuerRow(id);
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        return signOffs.submit(source(id), expectedVersion, layout(row, null, by()));
    }

    /** The committee's head approves the letter as drafted. */
    @Transactional
    public SignOff approve(long id, int expectedVersion) {
        issuerRow(id);
        return signOffs.approve(source(id), expectedVersion);
    }

    /** The committee's head returns the draft with a reason. */
    @Transactional
    public SignOff sendBack(long id, int expectedVersion, String reason) {
        issuerRow(id);
        return signOffs.sendBack(source(id), expectedVersion, reason);
    }

    /** The check page: the number the letter will take if issued now, its signer, recipients, page 1. */
    public IssueCheck check(long id) {
        Row row = issuerRow(id);
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        requireIssuable(row);
        return issuing.check(request(row, LocalDate.now(clock), by()));
    }

    /**
     * Issues the approved letter exactly as the check page showed it ({@code expectedNumberLine}):
     * when another document took that number, nothing is issued (409) and the page shows the new one.
     */
    @Transactional
    public Letter issue(long id, String expectedNumberLine) {
        issuerRow(id);
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        // One issue at a time per letter: the second waits here and then finds the first.
        store.lock(id);
        Row row = store.find(id).orElseThrow();
        if (row.issued()) {
            throw new ConflictException("task.letter.alreadyIssued", row.numberLine());
        }
        requireIssuable(row);
        return issue(row, LocalDate.now(clock), expectedNumberLine, by());
    }

    private void requireIssuable(Row row) {
        if (row.issued()) {
            throw new ConflictException("task.letter.alreadyIssued", row.numberLine());
        }
        signOffs.requireApprovedAsShown(source(row.id()), layout(row, null, by()));
    }

    private Letter issue(Row row, LocalDate on, String expectedNumberLine, String by) {
        IssuedDocument issued = issuing.issue(request(row, on, by), expectedNumberLine);
        var number = issued.number();
        store.markIssued(row.id(), number.line(), on, issued.id());
        for (Recipient r : row.content().recipients()) {
            store.deliver(row.id(), r.unitId(), at(on));
        }
        events.publishEvent(new ChasingLetterIssued(
                row.id(), number.line(), row.content().recipients().size()));
        return letterOf(store.find(row.id()).orElseThrow());
    }

    /** Letters in the account's scope: issued or drafted by a unit in it, or issued to one in it. */
    public List<Letter> visible() {
        Scope scope = policy.currentScope();
        return store.visible(scope.pathPrefix(), scope.pathPrefix()).stream()
                .map(ChasingLetters::letterOf)
                .toList();
    }

    /** The issued letter's frozen PDF, or the draft's ("DỰ THẢO", blanks for number and date). */
    public byte[] pdf(long id) {
        Row row = visibleRow(id);
        return row.issued()
                ? register.systemFile(row.issuedDocumentId(), "pdf").bytes()
                : renderer.pdf(layout(row, null, by()));
    }

    public byte[] docx(long id) {
        Row row = visibleRow(id);
        return row.issued()
                ? register.systemFile(row.issuedDocumentId(), "docx").bytes()
                : renderer.docx(layout(row, null, by()));
    }

    /** The units an issued letter went to. */
    public List<String> recipients(long id) {
        visibleRow(id);
        return store.recipientNames(id);
    }

    private IssueRequest request(Row row, LocalDate on, String by) {
        Campaign campaign = campaigns.systemFind(row.campaignId()).orElseThrow();
        Plan plan = plans.systemTopPlan(campaign.id()).orElseThrow();
        OrgUnit committee = units.systemFindById(row.issuerId()).orElseThrow();
        return ChasingLetterText.request(
                row.id(),
                plan,
                committee.name(),
                letterheads.of(campaign, committee.id()),
                row.subject(),
                row.content(),
                on,
                by);
    }

    /** The draft as printed: no number, no date. */
    private OfficialDocument layout(Row row, LocalDate on, String by) {
        return request(row, on, by).layout().apply(null);
    }

    /** A letter the account may read: its issuer in scope, or issued to a unit in scope. 404 otherwise. */
    private Row visibleRow(long id) {
        Row row = store.find(id).orElseThrow(() -> new NotFoundException("chasing_letter#" + id));
        if (visible().stream().noneMatch(l -> l.id() == id)) {
            throw policy.refuse(policy.requireActor(), "chasing_letter:" + id);
        }
        return row;
    }

    /** A letter whose issuer is in the account's scope: only that side drafts, signs and issues. */
    private Row issuerRow(long id) {
        Row row = visibleRow(id);
        Actor actor = policy.requireActor();
        OrgUnit issuer = units.systemFindById(row.issuerId()).orElseThrow();
        if (!policy.scopeOf(actor).contains(issuer.path()) || row.content() == null) {
            throw policy.refuse(actor, "chasing_letter:" + id);
        }
        return row;
    }

    private static Letter letterOf(Row r) {
        return new Letter(
                r.id(), r.campaignId(), r.issued() ? r.numberLine() : null, r.issuedOn(), r.subject(), r.pdfSha256());
    }

    private String by() {
        return policy.currentActor().map(Actor::username).orElse("system");
    }

    /** Now, or 08:00 of the day a document was issued on when that is not today (the demo's past). */
    private OffsetDateTime at(LocalDate day) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return day.equals(LocalDate.now(clock))
                ? now
                : day.atTime(8, 0).atZone(Formats.ZONE).toOffsetDateTime();
    }
}
