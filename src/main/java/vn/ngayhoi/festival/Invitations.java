package vn.ngayhoi.festival;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.festival.internal.FestivalRepository;
import vn.ngayhoi.festival.internal.FestivalRepository.Located;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.Letterheads;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueCheck;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.register.OutgoingRegister;
import vn.ngayhoi.register.SignOff;
import vn.ngayhoi.register.SignOffs;
import vn.ngayhoi.shared.AuditableEvent;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/**
 * The Giấy mời of a registered festival: numbered from the inviting unit's register
 * ({@code Số: 03/GM-BCĐ}), frozen as issued (number line, DOCX, PDF and its SHA-256), one per
 * festival. The committee's own festival uses the committee plan's header; a unit uses its own plan's
 * header when it has one, otherwise a header made from its name.
 */
@Service
public class Invitations {

    public static final String TYPE_NAME = "GIẤY MỜI";
    public static final String TYPE_ABBREVIATION = "GM";

    private final FestivalRepository festivals;
    private final FestivalManagement management;
    private final CampaignManagement campaigns;
    private final PlanManagement plans;
    private final OrgUnitManagement units;
    private final Letterheads letterheads;
    private final DocumentIssuing issuing;
    private final OutgoingRegister register;
    private final DocumentRenderer renderer;
    private final SignOffs signOffs;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    Invitations(
            FestivalRepository festivals,
            FestivalManagement management,
            CampaignManagement campaigns,
            PlanManagement plans,
            OrgUnitManagement units,
            Letterheads letterheads,
            DocumentIssuing issuing,
            OutgoingRegister register,
            DocumentRenderer renderer,
            SignOffs signOffs,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.festivals = festivals;
        this.management = management;
        this.campaigns = campaigns;
        this.plans = plans;
        this.units = units;
        this.letterheads = letterheads;
        this.issuing = issuing;
        this.register = register;
        this.renderer = renderer;
        this.signOffs = signOffs;
        this.policy = policy;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An issued invitation as pages show it. */
    public record Invitation(
            long id,
            long festivalId,
            String numberLine,
            LocalDate issuedOn,
            String subject,
            String pdfSha256,
            long documentId) {}

    /** Issued for the audit trail. */
    public record InvitationIssued(long festivalId, String numberLine) implements AuditableEvent {
        public String action() {
            return "FESTIVAL_INVITATION_ISSUED";
        }

        public String target() {
            return "festival:" + festivalId;
        }

        public String summary() {
            return numberLine;
        }
    }

    /** The header a document takes from its issuer. */
    record Header(
            long registerUnitId,
            String parentBody,
            String issuingBody,
            String abbreviation,
            String place,
            OfficialDocument.Signature signature) {}

    /** The register source of a festival's invitation. */
    public static String source(long festivalId) {
        return "festival-invitation:" + festivalId;
    }

    /** The invitation page: the issued invitation or the draft's sign-off, and what the reader may do. */
    public record InvitationPage(Invitation invitation, SignOff signOff, boolean maySign, boolean mayDraft) {}

    /** What the invitation page shows, for an account that may see the festival (404 otherwise). */
    public InvitationPage page(long festivalId) {
        management.get(festivalId);
        Actor actor = policy.requireActor();
        Optional<Invitation> issued = find(festivalId);
        SignOff signOff = signOffs.find(source(festivalId)).orElse(null);
        boolean officer = actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN);
        return new InvitationPage(
                issued.orElse(null),
                signOff,
                signOff != null && signOffs.maySign(actor, signOff),
                officer && issued.isEmpty());
    }

    /** The unit's officers hand the drafted invitation to its signer. */
    @Transactional
    public SignOff submit(long festivalId, int expectedVersion) {
        Located l = editable(festivalId);
        IssueRequest draft = request(l, null, policy.requireActor().username());
        signOffs.open(
                source(festivalId),
                draft.registerUnitId(),
                "Giấy mời " + Texts.lowerFirst(draft.subject()),
                "/festivals/" + festivalId + "/invitation");
        return signOffs.submit(
                source(festivalId), expectedVersion, draft.layout().apply(null));
    }

    /** The signer approves the invitation as drafted. */
    @Transactional
    public SignOff approve(long festivalId, int expectedVersion) {
        management.get(festivalId);
        return signOffs.approve(source(festivalId), expectedVersion);
    }

    /** The signer returns it with a reason. */
    @Transactional
    public SignOff sendBack(long festivalId, int expectedVersion, String reason) {
        management.get(festivalId);
        return signOffs.sendBack(source(festivalId), expectedVersion, reason);
    }

    /** The check page: the number the invitation will take if issued now, its signer, page 1. */
    public IssueCheck check(long festivalId) {
        Located l = editable(festivalId);
        IssueRequest request =
                request(l, LocalDate.now(clock), policy.requireActor().username());
        signOffs.requireApprovedAsShown(
                source(festivalId), request(l, null, "").layout().apply(null));
        return issuing.check(request);
    }

    /**
     * Issues the approved invitation exactly as the check page showed it; a second call (a double
     * click, another tab) finds the first and returns it.
     */
    @Transactional
    public Invitation issue(long festivalId, String expectedNumberLine) {
        Located l = editable(festivalId);
        // One issue at a time per festival: the second waits here and then finds the first.
        jdbc.sql("select id from festival where id = ? for update")
                .param(festivalId)
                .query(Long.class)
                .single();
        Optional<Invitation> existing = find(festivalId);
        if (existing.isPresent()) {
            return existing.get();
        }
        signOffs.requireApprovedAsShown(
                source(festivalId), request(l, null, "").layout().apply(null));
        return issue(l, LocalDate.now(clock), policy.requireActor().username(), expectedNumberLine);
    }

    /**
     * Start-up only (demo): the invitation as its unit drafted it, its signer approved it and it was
     * issued on {@code on} by {@code by}, through the same sign-off, register and freezing as the page.
     */
    @Transactional
    public Invitation systemIssue(long festivalId, LocalDate on, String by) {
        Located l = festivals.find(festivalId).orElseThrow(() -> new NotFoundException("festival#" + festivalId));
        IssueRequest draft = request(l, null, by);
        signOffs.open(
                source(festivalId),
                draft.registerUnitId(),
                "Giấy mời " + Texts.lowerFirst(draft.subject()),
                "/festivals/" + festivalId + "/invitation");
        signOffs.systemApprove(source(festivalId), draft.layout().apply(null));
        return issue(l, on, by, null);
    }

    /** A registered festival whose unit is in the account's scope, for its officers. */
    private Located editable(long festivalId) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.ADMIN);
        Actor actor = policy.requireActor();
        Located l = festivals.find(festivalId).orElseThrow(() -> new NotFoundException("festival#" + festivalId));
        if (!policy.scopeOf(actor).contains(l.unitPath())) {
            throw policy.refuse(actor, "festival:" + festivalId);
        }
        if (l.festival().status() != FestivalStatus.REGISTERED
                && find(festivalId).isEmpty()) {
            throw ValidationException.of("form", "festival.invitation.notRegistered");
        }
        return l;
    }

    private Invitation issue(Located l, LocalDate today, String by, String expectedNumberLine) {
        long festivalId = l.festival().id();
        IssueRequest request = request(l, today, by);
        IssuedDocument issued = issuing.issue(request, expectedNumberLine);
        var number = issued.number();
        jdbc.sql("""
                        insert into festival_invitation (festival_id, issuer_id, register_entry_id, number_line, issued_on,
                                                         subject, issued_document_id, issued_by, issued_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        festivalId,
                        request.registerUnitId(),
                        number.entryId(),
                        number.line(),
                        today,
                        request.subject(),
                        issued.id(),
                        by,
                        at(today))
                .update();
        events.publishEvent(new InvitationIssued(festivalId, number.line()));
        return find(festivalId).orElseThrow();
    }

    /** The request that issues the invitation on {@code on}; with {@code on} null it lays out the draft. */
    private IssueRequest request(Located l, LocalDate on, String by) {
        Festival f = l.festival();
        if (f.status() != FestivalStatus.REGISTERED) {
            throw ValidationException.of("form", "festival.invitation.notRegistered");
        }
        Campaign campaign = campaigns.systemFind(f.campaignId()).orElseThrow();
        OrgUnit unit = units.systemFindById(f.unitId()).orElseThrow();
        Header header = header(campaign, unit);
        String subject = InvitationText.subject(campaign.year(), f.unitName());
        List<String> recipients = List.of("Như thành phần mời", "Lưu: VT");
        List<Block> body = InvitationText.body(f, campaign.year());
        return new IssueRequest(
                header.registerUnitId(),
                on == null ? LocalDate.EPOCH : on,
                DocumentType.INVITATION,
                header.abbreviation(),
                subject,
                header.signature().signerName(),
                header.signature().title(),
                recipients,
                List.of(),
                source(f.id()),
                null,
                by,
                number -> new OfficialDocument(
                        header.parentBody(),
                        header.issuingBody(),
                        number == null ? DocumentType.INVITATION.draftNumberLine(header.abbreviation()) : number.line(),
                        number == null
                                ? Formats.placeDateBlank(header.place(), campaign.year())
                                : Formats.placeDate(header.place(), on),
                        TYPE_NAME,
                        subject,
                        body,
                        recipients,
                        header.signature(),
                        List.of(),
                        number == null));
    }

    /** The festival's invitation, if issued, for an account that may see the festival (404 otherwise). */
    public Optional<Invitation> of(long festivalId) {
        management.get(festivalId);
        return find(festivalId);
    }

    public byte[] pdf(long festivalId) {
        return file(festivalId, "pdf");
    }

    public byte[] docx(long festivalId) {
        return file(festivalId, "docx");
    }

    /**
     * The issued invitation's frozen file; before issue, the draft ("DỰ THẢO", blanks) to whoever may
     * see the festival: the signer reads what he approves.
     */
    private byte[] file(long festivalId, String extension) {
        management.get(festivalId);
        Optional<Invitation> issued = find(festivalId);
        if (issued.isPresent()) {
            return register.systemFile(issued.get().documentId(), extension).bytes();
        }
        Located l = festivals.find(festivalId).orElseThrow(() -> new NotFoundException("festival#" + festivalId));
        if (l.festival().status() != FestivalStatus.REGISTERED) {
            throw new NotFoundException("festival_invitation:" + festivalId);
        }
        OfficialDocument draft = request(l, null, "").layout().apply(null);
        return "pdf".equals(extension) ? renderer.pdf(draft) : renderer.docx(draft);
    }

    private Optional<Invitation> find(long festivalId) {
        return jdbc.sql("""
                        select i.id, i.festival_id, i.number_line, i.issued_on, i.subject, d.pdf_sha256, d.id
                        from festival_invitation i join issued_document d on d.id = i.issued_document_id
                        where i.festival_id = ?
                        """)
                .param(festivalId)
                .query((rs, i) -> new Invitation(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7)))
                .optional();
    }

    /** The header of the festival's unit under the campaign, by the one letterhead rule. */
    Header header(Campaign campaign, OrgUnit unit) {
        Letterheads.Letterhead l = letterheads.of(campaign, unit.id());
        return new Header(
                l.registerUnitId(), l.parentBody(), l.issuingBody(), l.abbreviation(), l.place(), l.signature());
    }

    static String shortName(String name) {
        return Letterheads.shortName(name);
    }

    /** Now, or 08:00 of the day a document was issued on when that is not today (the demo's past). */
    private OffsetDateTime at(LocalDate day) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return day.equals(LocalDate.now(clock))
                ? now
                : day.atTime(8, 0).atZone(Formats.ZONE).toOffsetDateTime();
    }
}
