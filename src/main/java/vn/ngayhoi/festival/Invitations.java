package vn.ngayhoi.festival;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
import vn.ngayhoi.document.OfficialDocument.Bullet;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.festival.internal.FestivalRepository;
import vn.ngayhoi.festival.internal.FestivalRepository.Located;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.Letterheads;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.register.OutgoingRegister;
import vn.ngayhoi.shared.AuditableEvent;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.NotFoundException;
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

    /** Issues the invitation of a registered festival in scope; a second call returns the first one. */
    @Transactional
    public Invitation issue(long festivalId) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.ADMIN);
        Actor actor = policy.requireActor();
        Located l = festivals.find(festivalId).orElseThrow(() -> new NotFoundException("festival#" + festivalId));
        if (!policy.scopeOf(actor).contains(l.unitPath())) {
            throw policy.refuse(actor, "festival:" + festivalId);
        }
        // One issue at a time per festival: the second waits here and then finds the first.
        jdbc.sql("select id from festival where id = ? for update")
                .param(festivalId)
                .query(Long.class)
                .single();
        return issue(l, LocalDate.now(clock), actor.username());
    }

    /**
     * Start-up only (demo): the invitation as it was issued on {@code on} by {@code by}, through the
     * same register, rendering and freezing as the page.
     */
    @Transactional
    public Invitation systemIssue(long festivalId, LocalDate on, String by) {
        Located l = festivals.find(festivalId).orElseThrow(() -> new NotFoundException("festival#" + festivalId));
        return issue(l, on, by);
    }

    private Invitation issue(Located l, LocalDate today, String by) {
        long festivalId = l.festival().id();
        Optional<Invitation> existing = find(festivalId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Festival f = l.festival();
        if (f.status() != FestivalStatus.REGISTERED) {
            throw ValidationException.of("form", "festival.invitation.notRegistered");
        }
        Campaign campaign = campaigns.systemFind(f.campaignId()).orElseThrow();
        OrgUnit unit = units.systemFindById(f.unitId()).orElseThrow();
        Header header = header(campaign, unit);
        String subject = subject(campaign.year(), f.unitName());
        List<String> recipients = List.of("Như thành phần mời", "Lưu: VT");
        List<Block> body = body(f, campaign.year());
        IssuedDocument issued = issuing.issue(new IssueRequest(
                header.registerUnitId(),
                today,
                DocumentType.INVITATION,
                header.abbreviation(),
                subject,
                header.signature().signerName(),
                header.signature().title(),
                recipients,
                List.of(),
                "festival-invitation:" + festivalId,
                null,
                by,
                number -> new OfficialDocument(
                        header.parentBody(),
                        header.issuingBody(),
                        number.line(),
                        Formats.placeDate(header.place(), today),
                        TYPE_NAME,
                        subject,
                        body,
                        recipients,
                        header.signature())));
        var number = issued.number();
        jdbc.sql("""
                        insert into festival_invitation (festival_id, issuer_id, register_entry_id, number_line, issued_on,
                                                         subject, issued_document_id, issued_by, issued_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        festivalId,
                        header.registerUnitId(),
                        number.entryId(),
                        number.line(),
                        today,
                        subject,
                        issued.id(),
                        by,
                        at(today))
                .update();
        events.publishEvent(new InvitationIssued(festivalId, number.line()));
        return find(festivalId).orElseThrow();
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

    private byte[] file(long festivalId, String extension) {
        management.get(festivalId);
        return find(festivalId)
                .map(i -> register.systemFile(i.documentId(), extension).bytes())
                .orElseThrow(() -> new NotFoundException("festival_invitation:" + festivalId));
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

    static String subject(int year, String unitName) {
        return "Dự “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm " + year + " tại " + unitName;
    }

    /** "07 giờ 30 phút, ngày 15/8/2022". */
    static String time(OffsetDateTime at) {
        ZonedDateTime t = at.atZoneSameInstant(Formats.ZONE);
        return String.format(
                "%02d giờ %02d phút, ngày %d/%d/%d",
                t.getHour(), t.getMinute(), t.getDayOfMonth(), t.getMonthValue(), t.getYear());
    }

    private static List<Block> body(Festival f, int year) {
        List<Block> body = new ArrayList<>();
        body.add(paragraph("Trân trọng kính mời:"));
        List<String> groups = f.details().delegateGroups().stream()
                .filter(g -> g != null && !g.isBlank())
                .toList();
        if (groups.isEmpty()) {
            body.add(new Bullet("-", List.of(Run.plain("Đại biểu và Nhân dân trên địa bàn."))));
        }
        for (int i = 0; i < groups.size(); i++) {
            body.add(new Bullet("-", List.of(Run.plain(groups.get(i) + (i == groups.size() - 1 ? "." : ";")))));
        }
        body.add(paragraph("Đến dự “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm " + year + " tại " + f.unitName()
                + (f.pilot() ? " (điểm chỉ đạo)." : ".")));
        body.add(labelled("Thời gian: ", time(f.startsAt()) + "."));
        body.add(labelled("Địa điểm: ", f.venue() + "."));
        List<String> steps = f.details().programme().stream()
                .map(FestivalDetails.Step::title)
                .filter(t -> t != null && !t.isBlank())
                .toList();
        List<String> activities = f.details().activities().stream()
                .filter(a -> a != null && !a.isBlank())
                .toList();
        if (!steps.isEmpty() || !activities.isEmpty()) {
            body.add(labelled("Chương trình:", ""));
            if (!steps.isEmpty()) {
                body.add(new Bullet("-", List.of(Run.plain("Phần lễ: " + String.join("; ", steps) + "."))));
            }
            if (!activities.isEmpty()) {
                body.add(new Bullet("-", List.of(Run.plain("Phần hội: " + String.join("; ", activities) + "."))));
            }
        }
        body.add(paragraph("Rất mong các đồng chí đến dự đúng thời gian./."));
        return body;
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(List.of(Run.plain(text)));
    }

    private static Paragraph labelled(String label, String text) {
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(label, true, false));
        if (!text.isEmpty()) {
            runs.add(Run.plain(text));
        }
        return new Paragraph(runs);
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
