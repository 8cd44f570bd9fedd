package vn.ngayhoi.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.register.OutgoingRegister;
import vn.ngayhoi.report.ReportEvents.UpwardReportIssued;
import vn.ngayhoi.report.ReportEvents.UpwardReportSaved;
import vn.ngayhoi.report.ReportTotals.Area;
import vn.ngayhoi.report.UpwardReport.Content;
import vn.ngayhoi.report.UpwardReport.Highlight;
import vn.ngayhoi.report.internal.ReportRepository;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/**
 * The upward Báo cáo of a campaign's committee, written for the officer: the system drafts it from
 * the live totals, completeness and units' narratives; the officer edits and picks highlights; issuing
 * takes the number from the committee's register and freezes the DOCX and PDF.
 */
@Service
public class UpwardReports {

    public static final String TYPE_NAME = "BÁO CÁO";
    public static final String TYPE_ABBREVIATION = "BC";
    static final int MAX_PART = 20_000;

    private final ReportForms forms;
    private final ReportTotals totals;
    private final ReportRepository reports;
    private final CampaignManagement campaigns;
    private final PlanManagement plans;
    private final OrgUnitManagement units;
    private final DocumentIssuing issuing;
    private final OutgoingRegister register;
    private final DocumentRenderer renderer;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final UpwardReportText text;

    UpwardReports(
            ReportForms forms,
            ReportTotals totals,
            ReportRepository reports,
            CampaignManagement campaigns,
            PlanManagement plans,
            OrgUnitManagement units,
            DocumentIssuing issuing,
            OutgoingRegister register,
            DocumentRenderer renderer,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            JsonMapper json,
            Clock clock,
            UpwardReportText text) {
        this.forms = forms;
        this.totals = totals;
        this.reports = reports;
        this.campaigns = campaigns;
        this.plans = plans;
        this.units = units;
        this.issuing = issuing;
        this.register = register;
        this.renderer = renderer;
        this.policy = policy;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.text = text;
    }

    /** A unit's narrative the officer may pick from: the results part of accepted reports. */
    public record Candidate(long reportId, String unitName, String text) {}

    /** The campaign's upward report, if drafted, for its standing office (404 for others). */
    public Optional<UpwardReport> ofCampaign(long campaignId) {
        ReportForm form = forms.ofCampaign(campaignId);
        requireKeeper(form);
        return find(form.id());
    }

    public UpwardReport get(long id) {
        UpwardReport u = load(id).orElseThrow(() -> new NotFoundException("upward_report#" + id));
        requireKeeper(forms.systemGet(u.formId()));
        return u;
    }

    /** Drafts the campaign's upward report from today's figures (or returns the one drafted). */
    @Transactional
    public UpwardReport draft(long campaignId) {
        ReportForm form = forms.ofCampaign(campaignId);
        requireKeeper(form);
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        return find(form.id()).orElseGet(() -> systemDraft(form.id()));
    }

    /** Start-up only (demo). */
    @Transactional
    public UpwardReport systemDraft(long formId) {
        ReportForm form = forms.systemGet(formId);
        Campaign campaign = campaigns.systemFind(form.campaignId()).orElseThrow();
        Area area = new Area(form, forms.root(form));
        Content content = text.generated(campaign, area);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                        insert into upward_report (form_id, issuer_id, status, content, created_at, updated_at, updated_by)
                        values (?, ?, 'DRAFT', ?::jsonb, ?, ?, ?) returning id
                        """)
                .params(
                        formId,
                        campaign.committeeId(),
                        json.writeValueAsString(content),
                        now,
                        now,
                        policy.currentActor().map(Actor::username).orElse("system"))
                .query(Long.class)
                .single();
        events.publishEvent(new UpwardReportSaved(id, "dự thảo"));
        return load(id).orElseThrow();
    }

    /** Saves the officer's text; nothing stored on a problem. */
    @Transactional
    public UpwardReport edit(long id, Content edited, int expectedVersion) {
        UpwardReport u = requireDraft(id);
        // the officer edits words; the figures stay as last taken (only "Cập nhật số liệu" retakes them)
        Content clean = checked(edited).withFigures(u.content().figuresTaken());
        save(u, clean, expectedVersion, "sửa nội dung");
        return load(id).orElseThrow();
    }

    /** Writes the figures paragraph again from today's totals (the rest of the text stays). */
    @Transactional
    public UpwardReport refreshFigures(long id, int expectedVersion) {
        UpwardReport u = requireDraft(id);
        ReportForm form = forms.systemGet(u.formId());
        Campaign campaign = campaigns.systemFind(form.campaignId()).orElseThrow();
        Content fresh = text.generated(campaign, new Area(form, forms.root(form)));
        Content c = u.content();
        save(
                u,
                new Content(
                        c.subject(),
                        c.opening(),
                        fresh.figures(),
                        c.highlights(),
                        c.shortcomings(),
                        c.lessons(),
                        c.proposals(),
                        c.recipients(),
                        fresh.figuresTaken()),
                expectedVersion,
                "cập nhật số liệu");
        return load(id).orElseThrow();
    }

    /** Units' results the officer may quote: accepted reports of the territory that wrote some. */
    public List<Candidate> candidates(long id) {
        UpwardReport u = get(id);
        ReportForm form = forms.systemGet(u.formId());
        return reports.list(form.id(), forms.root(form).path()).stream()
                .map(ReportRepository.Located::report)
                .filter(r -> r.status() == ReportStatus.ACCEPTED
                        && r.data().narrative().results() != null)
                .map(r ->
                        new Candidate(r.id(), r.unitName(), r.data().narrative().results()))
                .toList();
    }

    /** The document as it would be issued today (a draft shows blanks for number and date). */
    public OfficialDocument document(long id) {
        UpwardReport u = get(id);
        return text.render(u, null, null);
    }

    public byte[] pdf(long id) {
        UpwardReport u = get(id);
        return u.issued() ? frozen(id, "pdf") : renderer.pdf(text.render(u, null, null));
    }

    public byte[] docx(long id) {
        UpwardReport u = get(id);
        return u.issued() ? frozen(id, "docx") : renderer.docx(text.render(u, null, null));
    }

    /** What "Ban hành" will issue, shown on the check page before it does. */
    public record IssuePreview(
            UpwardReport report,
            String numberLine,
            String signerTitle,
            String signerName,
            List<String> recipients,
            String firstPageText) {}

    /**
     * The check page's content: the number the report will take if issued now, its signer and
     * recipients, and the text of page 1 as the issued PDF will print it. Only an approved report.
     */
    public IssuePreview preview(long id) {
        UpwardReport u = get(id);
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        if (!"APPROVED".equals(u.status())) {
            throw new ConflictException("report.upward.notApproved");
        }
        LocalDate today = LocalDate.now(clock);
        UpwardReportText.Header h = text.header(forms.systemGet(u.formId()));
        String line = register.nextNumberLine(u.issuerId(), today, DocumentType.REPORT, h.abbreviation());
        byte[] pdf = renderer.pdf(text.render(u, line, today));
        return new IssuePreview(
                u,
                line,
                h.signature().title(),
                h.signature().signerName(),
                u.content().recipients(),
                renderer.firstPageText(pdf));
    }

    /** Start-up and tests: issues without the check page's expectations. */
    @Transactional
    public UpwardReport issue(long id) {
        return issue(id, null, null);
    }

    /**
     * Numbers the approved report from the committee's register and freezes it. With the check page's
     * {@code expectedVersion} and {@code expectedNumberLine}, it issues exactly what the page showed:
     * if the text changed or another document took that number meanwhile, nothing is issued (409) and
     * the page shows the new preview.
     */
    @Transactional
    public UpwardReport issue(long id, Integer expectedVersion, String expectedNumberLine) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        UpwardReport u = get(id);
        jdbc.sql("select id from upward_report where id = ? for update")
                .param(id)
                .query(Long.class)
                .single();
        LocalDate today = LocalDate.now(clock);
        UpwardReportText.Header h = text.header(forms.systemGet(u.formId()));
        // Read again under the lock: a concurrent issue or edit that won the lock is seen here.
        UpwardReport current = load(id).orElseThrow();
        if (current.issued()) {
            throw new ConflictException("report.upward.alreadyIssuedNow", current.numberLine());
        }
        if (!"APPROVED".equals(current.status())) {
            throw new ConflictException("report.upward.notApproved");
        }
        if (current.version() != u.version() || (expectedVersion != null && current.version() != expectedVersion)) {
            throw new ConflictException("report.upward.changedMeanwhile");
        }
        OfficialDocument.Signature signature = h.signature();
        IssuedDocument issued = issuing.issue(new IssueRequest(
                u.issuerId(),
                today,
                DocumentType.REPORT,
                h.abbreviation(),
                u.content().subject(),
                signature.signerName(),
                signature.title(),
                u.content().recipients(),
                List.of(),
                "upward-report:" + id,
                null,
                policy.requireActor().username(),
                n -> text.render(current, n.line(), today)));
        var number = issued.number();
        if (expectedNumberLine != null && !expectedNumberLine.equals(number.line())) {
            // another document took the previewed number: this transaction, number included, rolls back
            throw new ConflictException("report.upward.numberMoved", expectedNumberLine, number.line());
        }
        int changed = jdbc.sql("""
                        update upward_report set status = 'ISSUED', register_entry_id = ?, number_line = ?, issued_on = ?,
                               issued_document_id = ?, updated_at = ?, updated_by = ?, version = version + 1
                        where id = ? and version = ? and status = 'APPROVED'
                        """)
                .params(
                        number.entryId(),
                        number.line(),
                        today,
                        issued.id(),
                        OffsetDateTime.now(clock),
                        policy.requireActor().username(),
                        id,
                        u.version())
                .update();
        if (changed != 1) {
            throw new ConflictException("report.upward.changedMeanwhile");
        }
        events.publishEvent(new UpwardReportIssued(id, number.line()));
        return load(id).orElseThrow();
    }

    // ---- helpers ----

    private Content checked(Content e) {
        List<Problem> problems = new ArrayList<>();
        String subject = Texts.clean(e.subject());
        if (subject == null || subject.isEmpty() || subject.length() > 500) {
            problems.add(new Problem("subject", "report.upward.subject.invalid"));
        }
        String opening = part(e.opening(), "opening", problems);
        String figures = part(e.figures(), "figures", problems);
        if (opening == null) {
            problems.add(new Problem("opening", "report.upward.opening.required"));
        }
        List<String> recipients = e.recipients().stream()
                .map(Texts::clean)
                .filter(r -> r != null && !r.isEmpty())
                .toList();
        if (recipients.isEmpty() || recipients.stream().anyMatch(r -> r.length() > 300)) {
            problems.add(new Problem("recipients", "report.upward.recipients.invalid"));
        }
        List<Highlight> highlights = new ArrayList<>();
        for (Highlight h : e.highlights()) {
            String text = part(h.text(), "highlights", problems);
            if (text != null) {
                highlights.add(new Highlight(h.reportId(), Texts.clean(h.unitName()), text));
            }
        }
        String shortcomings = part(e.shortcomings(), "shortcomings", problems);
        String lessons = part(e.lessons(), "lessons", problems);
        String proposals = part(e.proposals(), "proposals", problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Content(subject, opening, figures, highlights, shortcomings, lessons, proposals, recipients);
    }

    private static String part(String text, String field, List<Problem> problems) {
        if (text == null) {
            return null;
        }
        String clean = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .strip();
        if (clean.length() > MAX_PART) {
            problems.add(new Problem(field, "report.upward.tooLong", MAX_PART));
        }
        return clean.isEmpty() ? null : clean;
    }

    private void save(UpwardReport u, Content c, int expectedVersion, String summary) {
        int changed = jdbc.sql("""
                        update upward_report set content = ?::jsonb, updated_at = ?, updated_by = ?, version = version + 1
                        where id = ? and version = ? and status = 'DRAFT'
                        """)
                .params(
                        json.writeValueAsString(c),
                        OffsetDateTime.now(clock),
                        policy.requireActor().username(),
                        u.id(),
                        expectedVersion)
                .update();
        if (changed != 1) {
            throw new ConflictException("report.upward.changedMeanwhile");
        }
        events.publishEvent(new UpwardReportSaved(u.id(), summary));
    }

    private UpwardReport requireDraft(long id) {
        UpwardReport u = get(id);
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        if (u.issued()) {
            throw ValidationException.of("form", "report.upward.alreadyIssued", u.numberLine());
        }
        if (!u.editable()) {
            throw new ConflictException("report.upward.stateNow." + u.status());
        }
        return u;
    }

    // ---- sign-off ----

    /** The standing office hands the report to the committee's head; edits are closed until returned. */
    @Transactional
    public UpwardReport submit(long id, int expectedVersion) {
        requireDraft(id);
        move(id, expectedVersion, List.of("DRAFT", "RETURNED"), "SUBMITTED", null, "trình duyệt");
        return load(id).orElseThrow();
    }

    /** The committee's head (chairman, {@link Role#LEADER}) approves what was submitted. */
    @Transactional
    public UpwardReport approve(long id, int expectedVersion) {
        get(id);
        policy.requireAnyRole(Role.LEADER);
        move(id, expectedVersion, List.of("SUBMITTED"), "APPROVED", null, "duyệt");
        return load(id).orElseThrow();
    }

    /** The head returns it with a reason the officers see; they edit and submit again. */
    @Transactional
    public UpwardReport sendBack(long id, int expectedVersion, String reason) {
        get(id);
        policy.requireAnyRole(Role.LEADER);
        String clean = Texts.clean(reason);
        if (clean == null || clean.isEmpty()) {
            throw ValidationException.of("reason", "report.upward.reasonRequired");
        }
        if (clean.length() > 2000) {
            throw ValidationException.of("reason", "report.upward.reasonTooLong");
        }
        move(id, expectedVersion, List.of("SUBMITTED"), "RETURNED", clean, "trả lại: " + clean);
        return load(id).orElseThrow();
    }

    /** Start-up only (demo) and tests of other modules: submitted and approved at once. */
    @Transactional
    public UpwardReport systemApprove(long id) {
        int version = load(id).orElseThrow().version();
        move(id, version, List.of("DRAFT", "RETURNED"), "SUBMITTED", null, "trình duyệt");
        move(id, version + 1, List.of("SUBMITTED"), "APPROVED", null, "duyệt");
        return load(id).orElseThrow();
    }

    /** One guarded UPDATE: of two concurrent steps one wins, the other is told where it stands (409). */
    private void move(long id, int expectedVersion, List<String> from, String to, String reason, String summary) {
        int changed = jdbc.sql("""
                        update upward_report set status = ?, return_reason = ?, updated_at = ?, updated_by = ?, version = version + 1
                        where id = ? and version = ? and status = any(?)
                        """)
                .params(
                        to,
                        reason,
                        OffsetDateTime.now(clock),
                        policy.currentActor().map(Actor::username).orElse("system"),
                        id,
                        expectedVersion,
                        from.toArray(String[]::new))
                .update();
        if (changed != 1) {
            UpwardReport now = load(id).orElseThrow();
            throw new ConflictException(
                    now.version() != expectedVersion && from.contains(now.status())
                            ? "report.upward.changedMeanwhile"
                            : "report.upward.stateNow." + now.status());
        }
        events.publishEvent(new UpwardReportSaved(id, summary));
    }

    /** The standing office (or leader, to read) of the form's territory; 404 for everyone else. */
    private void requireKeeper(ReportForm form) {
        OrgUnit root = forms.root(form);
        policy.requireVisible(root.path(), "upward_report:" + form.id());
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.LEADER, Role.ADMIN);
    }

    private Optional<UpwardReport> find(long formId) {
        return jdbc.sql("select id from upward_report where form_id = ? order by id desc limit 1")
                .param(formId)
                .query(Long.class)
                .optional()
                .flatMap(this::load);
    }

    private Optional<UpwardReport> load(long id) {
        return jdbc.sql("""
                        select u.id, u.form_id, u.issuer_id, u.status, u.content::text, u.number_line, u.issued_on,
                               d.pdf_sha256, u.version, u.return_reason
                        from upward_report u left join issued_document d on d.id = u.issued_document_id where u.id = ?
                        """)
                .param(id)
                .query((rs, i) -> new UpwardReport(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        "ISSUED".equals(rs.getString(4)),
                        json.readValue(rs.getString(5), Content.class),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8),
                        rs.getInt(9),
                        rs.getString(4),
                        rs.getString(10)))
                .optional();
    }

    private byte[] frozen(long id, String extension) {
        return register.systemFileOfSource("upward-report:" + id, extension)
                .orElseThrow(() -> new NotFoundException("upward_report#" + id))
                .bytes();
    }

    /** The campaign an upward report belongs to. */
    public long campaignOf(UpwardReport u) {
        return forms.systemGet(u.formId()).campaignId();
    }

    /** For pages: the figures of a draft's table, to preview beside the text. */
    public Map<String, BigDecimal> previewTotals(UpwardReport u) {
        ReportForm form = forms.systemGet(u.formId());
        return totals.totals(new Area(form, forms.root(form)), false).values();
    }
}
