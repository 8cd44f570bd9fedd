package vn.ngayhoi.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.register.OutgoingRegister;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;
import vn.ngayhoi.task.TaskEvents.ChasingLetterIssued;

/**
 * The công văn đôn đốc: one letter to the units of a campaign whose tasks are overdue, listing each
 * unit's overdue tasks, numbered from the committee's register ({@code Số: 07/BCĐ}: a công văn has no
 * type abbreviation), frozen as issued and delivered to those units.
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
    private final DocumentRenderer renderer;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    ChasingLetters(
            TaskManagement tasks,
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
        this.tasks = tasks;
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

    /** A letter as lists show it. */
    public record Letter(
            long id, long campaignId, String numberLine, LocalDate issuedOn, String subject, String pdfSha256) {}

    /** One unit the letter goes to and what it has not done, one line each. */
    public record Overdue(long unitId, String unitName, List<String> lines) {}

    /** The letter to units whose tasks of the campaign are overdue. */
    @Transactional
    public Letter issue(long campaignId) {
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
        return issue(campaign, "chưa hoàn thành nhiệm vụ được giao đúng hạn", recipients);
    }

    /**
     * A letter to units that have not sent what the campaign asks of them (such as their results
     * report), each with its own lines; numbered, frozen and delivered like the task letter.
     */
    @Transactional
    public Letter issueFor(long campaignId, String whatIsMissing, List<Overdue> recipients) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        Campaign campaign = campaigns.get(campaignId);
        if (recipients.isEmpty()) {
            throw ValidationException.of("form", "task.letter.nothingOverdue");
        }
        recipients.forEach(r -> units.get(r.unitId()));
        return issue(campaign, whatIsMissing, recipients);
    }

    /**
     * Start-up only (demo): the letter as the standing office issued it on {@code on}, numbered,
     * frozen and delivered like one issued from the page.
     */
    @Transactional
    public Letter systemIssueFor(long campaignId, LocalDate on, String whatIsMissing, List<Overdue> recipients) {
        Campaign campaign = campaigns.systemFind(campaignId).orElseThrow();
        return issue(
                campaign, units.systemFindById(campaign.committeeId()).orElseThrow(), on, whatIsMissing, recipients);
    }

    private Letter issue(Campaign campaign, String whatIsMissing, List<Overdue> recipients) {
        return issue(campaign, units.get(campaign.committeeId()), LocalDate.now(clock), whatIsMissing, recipients);
    }

    private Letter issue(
            Campaign campaign, OrgUnit committee, LocalDate today, String whatIsMissing, List<Overdue> recipients) {
        long campaignId = campaign.id();
        Plan plan =
                plans.systemTopPlan(campaignId).orElseThrow(() -> ValidationException.of("form", "plan.clone.noPlan"));
        PlanContent c = plan.content();
        String planNotation = plan.numberLine() == null ? "" : plan.numberLine().replace("Số: ", "số ");
        String subject = "đôn đốc thực hiện Kế hoạch " + planNotation;
        List<OfficialDocument.Block> body = new ArrayList<>();
        body.add(new OfficialDocument.Paragraph(List.of(OfficialDocument.Run.plain("Thực hiện Kế hoạch " + planNotation
                + " ngày " + new Formats().date(plan.issuedOn()) + " của " + committee.name() + " về "
                + lowerFirst(c.subject()) + ", đến ngày " + new Formats().date(today)
                + " các đơn vị sau " + whatIsMissing + ":"))));
        int n = 1;
        for (Overdue unit : recipients) {
            body.add(new OfficialDocument.Heading(2, n++ + ". " + unit.unitName()));
            for (String line : unit.lines()) {
                body.add(new OfficialDocument.Bullet("-", List.of(OfficialDocument.Run.plain(line))));
            }
        }
        body.add(
                new OfficialDocument.Paragraph(
                        List.of(
                                OfficialDocument.Run.plain(
                                        "Thường trực Ban Chỉ đạo đề nghị các đơn vị khẩn trương hoàn thành và báo cáo kết quả trên hệ thống./."))));
        List<String> recipientLines = new ArrayList<>();
        recipients.forEach(r -> recipientLines.add(r.unitName()));
        recipientLines.add("Lưu: VT");
        // The letter's id is its register source, so it is taken before the number.
        long id = jdbc.sql("""
                        insert into chasing_letter (campaign_id, issuer_id, number_line, issued_on, subject, issued_document_id)
                        values (?, ?, '', ?, ?, null) returning id
                        """)
                .params(campaignId, committee.id(), today, subject)
                .query(Long.class)
                .single();
        Letterheads.Letterhead head = letterheads.of(campaign, committee.id());
        OfficialDocument.Signature signature = head.signature();
        IssuedDocument issued = issuing.issue(new IssueRequest(
                committee.id(),
                today,
                DocumentType.OFFICIAL_LETTER,
                head.abbreviation(),
                subject,
                signature.signerName(),
                signature.title(),
                recipientLines,
                recipients.stream().map(Overdue::unitId).toList(),
                "chasing-letter:" + id,
                null,
                policy.currentActor()
                        .map(vn.ngayhoi.shared.security.Actor::username)
                        .orElse("system"),
                number -> new OfficialDocument(
                        head.parentBody(),
                        head.issuingBody(),
                        number.line(),
                        Formats.placeDate(head.place(), today),
                        null,
                        subject,
                        body,
                        recipientLines,
                        signature,
                        recipients.stream().map(Overdue::unitName).toList(),
                        false)));
        var number = issued.number();
        jdbc.sql("update chasing_letter set number_line = ?, issued_document_id = ? where id = ?")
                .params(number.line(), issued.id(), id)
                .update();
        for (Overdue r : recipients) {
            jdbc.sql(
                            "insert into chasing_letter_delivery (letter_id, recipient_unit_id, delivered_at) values (?, ?, ?)")
                    .params(id, r.unitId(), at(today))
                    .update();
        }
        events.publishEvent(new ChasingLetterIssued(id, number.line(), recipients.size()));
        return find(id).orElseThrow();
    }

    /** Letters the current account issued (its scope holds the issuer) or received. */
    public List<Letter> visible() {
        Scope scope = policy.currentScope();
        return jdbc.sql(SELECT + """
                         where i.path like ? or exists (select 1 from chasing_letter_delivery d join org_unit r on r.id = d.recipient_unit_id
                                                         where d.letter_id = l.id and r.path like ?)
                         order by l.id desc
                        """)
                .params(scope.pathPrefix() + "%", scope.pathPrefix() + "%")
                .query((rs, i) -> new Letter(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    public byte[] pdf(long id) {
        return file(id, "pdf");
    }

    public byte[] docx(long id) {
        return file(id, "docx");
    }

    private byte[] file(long id, String extension) {
        requireVisible(id);
        long documentId = jdbc.sql("select issued_document_id from chasing_letter where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        return register.systemFile(documentId, extension).bytes();
    }

    /** The units a letter went to, for the issuer. */
    public List<String> recipients(long id) {
        requireVisible(id);
        return jdbc.sql("""
                        select r.name from chasing_letter_delivery d join org_unit r on r.id = d.recipient_unit_id
                        where d.letter_id = ? order by r.code
                        """).param(id).query(String.class).list();
    }

    private void requireVisible(long id) {
        if (visible().stream().noneMatch(l -> l.id() == id)) {
            if (find(id).isEmpty()) {
                throw new NotFoundException("chasing_letter#" + id);
            }
            throw policy.refuse(policy.requireActor(), "chasing_letter:" + id);
        }
    }

    private Optional<Letter> find(long id) {
        return jdbc.sql(SELECT + " where l.id = ?")
                .param(id)
                .query((rs, i) -> new Letter(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getString(6)))
                .optional();
    }

    private static final String SELECT = """
            select l.id, l.campaign_id, l.number_line, l.issued_on, l.subject, d.pdf_sha256
            from chasing_letter l join org_unit i on i.id = l.issuer_id
            join issued_document d on d.id = l.issued_document_id
            """;

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Now, or 08:00 of the day a document was issued on when that is not today (the demo's past). */
    private OffsetDateTime at(LocalDate day) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return day.equals(LocalDate.now(clock))
                ? now
                : day.atTime(8, 0).atZone(Formats.ZONE).toOffsetDateTime();
    }
}
