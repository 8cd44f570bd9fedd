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
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Bullet;
import vn.ngayhoi.document.OfficialDocument.Heading;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.OfficialDocument.Table;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.register.DocumentNumber;
import vn.ngayhoi.register.DocumentRegister;
import vn.ngayhoi.report.ReportEvents.UpwardReportIssued;
import vn.ngayhoi.report.ReportEvents.UpwardReportSaved;
import vn.ngayhoi.report.ReportForm.Indicator;
import vn.ngayhoi.report.ReportTotals.Area;
import vn.ngayhoi.report.ReportTotals.Completeness;
import vn.ngayhoi.report.ReportTotals.Totals;
import vn.ngayhoi.report.UpwardReport.Content;
import vn.ngayhoi.report.UpwardReport.Highlight;
import vn.ngayhoi.report.internal.ReportRepository;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.files.Hashes;
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
    private final DocumentRegister register;
    private final DocumentRenderer renderer;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    UpwardReports(
            ReportForms forms,
            ReportTotals totals,
            ReportRepository reports,
            CampaignManagement campaigns,
            PlanManagement plans,
            OrgUnitManagement units,
            DocumentRegister register,
            DocumentRenderer renderer,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            JsonMapper json,
            Clock clock) {
        this.forms = forms;
        this.totals = totals;
        this.reports = reports;
        this.campaigns = campaigns;
        this.plans = plans;
        this.units = units;
        this.register = register;
        this.renderer = renderer;
        this.policy = policy;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
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
        Content content = generated(campaign, area);
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
        Content clean = checked(edited);
        save(u, clean, expectedVersion, "sửa nội dung");
        return load(id).orElseThrow();
    }

    /** Writes the figures paragraph again from today's totals (the rest of the text stays). */
    @Transactional
    public UpwardReport refreshFigures(long id, int expectedVersion) {
        UpwardReport u = requireDraft(id);
        ReportForm form = forms.systemGet(u.formId());
        Campaign campaign = campaigns.systemFind(form.campaignId()).orElseThrow();
        Content fresh = generated(campaign, new Area(form, forms.root(form)));
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
                        c.recipients()),
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
        return render(u, null, null);
    }

    public byte[] pdf(long id) {
        UpwardReport u = get(id);
        return u.issued() ? frozen(id, "pdf") : renderer.pdf(render(u, null, null));
    }

    public byte[] docx(long id) {
        UpwardReport u = get(id);
        return u.issued() ? frozen(id, "docx") : renderer.docx(render(u, null, null));
    }

    /** Numbers the report from the committee's register and freezes what was issued. */
    @Transactional
    public UpwardReport issue(long id) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        UpwardReport u = requireDraft(id);
        jdbc.sql("select id from upward_report where id = ? for update")
                .param(id)
                .query(Long.class)
                .single();
        LocalDate today = LocalDate.now(clock);
        Header h = header(forms.systemGet(u.formId()));
        DocumentNumber number = register.take(
                u.issuerId(),
                today,
                "Báo cáo",
                TYPE_ABBREVIATION,
                h.abbreviation(),
                u.content().subject(),
                "upward-report:" + id);
        OfficialDocument doc = render(u, number.line(), today);
        byte[] docx = renderer.docx(doc);
        byte[] pdf = renderer.pdf(doc);
        int changed = jdbc.sql("""
                        update upward_report set status = 'ISSUED', register_entry_id = ?, number_line = ?, issued_on = ?,
                               docx = ?, pdf = ?, pdf_sha256 = ?, updated_at = ?, updated_by = ?, version = version + 1
                        where id = ? and version = ? and status = 'DRAFT'
                        """)
                .params(
                        number.entryId(),
                        number.line(),
                        today,
                        docx,
                        pdf,
                        Hashes.sha256(pdf),
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

    // ---- the text ----

    /** The first draft: subject, opening from the committee's plan, figures in prose, closing parts. */
    Content generated(Campaign campaign, Area area) {
        Totals t = totals.totals(area, false);
        Completeness c = totals.completeness(area);
        Optional<Plan> plan = plans.systemTopPlan(campaign.id());
        String subject = "Kết quả tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm " + campaign.year();
        String planRef = plan.filter(p -> p.numberLine() != null)
                .map(p -> "Kế hoạch " + p.numberLine().replace("Số: ", "số ") + " ngày "
                        + new Formats().date(p.issuedOn()) + " của " + committeeName(campaign))
                .orElse("kế hoạch của " + committeeName(campaign));
        String opening = "Thực hiện " + planRef + " về tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm "
                + campaign.year() + ", trên cơ sở báo cáo của các đơn vị, " + committeeName(campaign)
                + " báo cáo kết quả như sau:";
        StringBuilder figures = new StringBuilder();
        figures.append("Có ")
                .append(n(c.all().received()))
                .append("/")
                .append(n(c.all().expected()))
                .append(" đơn vị gửi báo cáo (")
                .append(n(c.all().onTime()))
                .append(" đúng hạn, ")
                .append(n(c.all().late()))
                .append(" muộn), ")
                .append(n(c.all().accepted()))
                .append(" báo cáo đã được tiếp nhận.");
        List<String> parts = new ArrayList<>();
        for (Indicator i : area.form().definition().numericIndicators()) {
            BigDecimal v = t.values().get(i.code());
            if (v != null && v.signum() > 0 && i.type() != ReportForm.IndicatorType.YES_NO) {
                parts.add(lowerFirst(i.label()) + ": " + new Formats().number(v));
            }
        }
        if (!parts.isEmpty()) {
            figures.append(" Theo các báo cáo đã tiếp nhận: ")
                    .append(String.join("; ", parts))
                    .append(".");
        }
        List<String> recipients = new ArrayList<>();
        OrgUnit territory = area.unit();
        OrgUnit above = territory == null || territory.parentId() == null
                ? null
                : units.systemFindById(territory.parentId()).orElse(null);
        recipients.add(
                above == null
                        ? "Ban Chỉ đạo cấp trên (để b/c)"
                        : "Ban Chỉ đạo 138 " + lowerFirst(above.name()) + " (để b/c)");
        recipients.add("Thường trực " + committeeName(campaign));
        recipients.add("Lưu: VT");
        return new Content(subject, opening, figures.toString(), List.of(), null, null, null, recipients);
    }

    OfficialDocument render(UpwardReport u, String numberLine, LocalDate issuedOn) {
        ReportForm form = forms.systemGet(u.formId());
        Campaign campaign = campaigns.systemFind(form.campaignId()).orElseThrow();
        Area area = new Area(form, forms.root(form));
        Header h = header(form);
        Content c = u.content();
        List<Block> body = new ArrayList<>();
        body.add(paragraph(c.opening()));
        body.add(new Heading(1, "I. KẾT QUẢ THỰC HIỆN"));
        body.add(new Heading(2, "1. Số liệu tổng hợp"));
        body.add(paragraph(c.figures()));
        body.add(table(area, campaign));
        if (!c.highlights().isEmpty()) {
            body.add(new Heading(2, "2. Một số kết quả nổi bật"));
            for (Highlight hl : c.highlights()) {
                body.add(new Bullet("-", List.of(new Run(hl.unitName() + ": ", true, false), Run.plain(hl.text()))));
            }
        }
        body.add(new Heading(1, "II. TỒN TẠI, HẠN CHẾ"));
        if (c.shortcomings() != null) {
            body.add(paragraph(c.shortcomings()));
        }
        Completeness k = totals.completeness(area);
        List<String> late = reports.list(form.id(), area.pathPrefix()).stream()
                .map(ReportRepository.Located::report)
                .filter(r -> Boolean.TRUE.equals(r.late())
                        && (r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.ACCEPTED))
                .map(Report::unitName)
                .toList();
        body.add(new Bullet(
                "-",
                List.of(Run.plain(
                        "Đơn vị gửi báo cáo muộn: " + (late.isEmpty() ? "không có" : String.join(", ", late)) + "."))));
        body.add(new Bullet(
                "-",
                List.of(Run.plain("Đơn vị chưa gửi báo cáo: "
                        + (k.missing().isEmpty()
                                ? "không có"
                                : String.join(
                                        ", ",
                                        k.missing().stream()
                                                .map(ReportTotals.Missing::name)
                                                .toList()))
                        + "."))));
        if (c.lessons() != null) {
            body.add(new Heading(1, "III. BÀI HỌC KINH NGHIỆM"));
            body.add(paragraph(c.lessons()));
        }
        if (c.proposals() != null) {
            body.add(new Heading(1, c.lessons() == null ? "III. ĐỀ XUẤT, KIẾN NGHỊ" : "IV. ĐỀ XUẤT, KIẾN NGHỊ"));
            body.add(paragraph(c.proposals()));
        }
        body.add(paragraph("Trên đây là báo cáo kết quả tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm "
                + campaign.year() + " của " + committeeName(campaign) + "./."));
        return new OfficialDocument(
                h.parentBody(),
                h.issuingBody(),
                numberLine == null ? "Số:      /" + TYPE_ABBREVIATION + "-" + h.abbreviation() : numberLine,
                issuedOn == null
                        ? Formats.placeDateBlank(h.place(), campaign.year())
                        : Formats.placeDate(h.place(), issuedOn),
                TYPE_NAME,
                c.subject(),
                body,
                c.recipients(),
                h.signature());
    }

    private Table table(Area area, Campaign campaign) {
        Totals now = totals.totals(area, false);
        Optional<Totals> before = totals.previousYear(area, false);
        List<String> header = new ArrayList<>(List.of("STT", "Chỉ tiêu", "Năm " + campaign.year()));
        before.ifPresent(b -> header.add("Năm " + (campaign.year() - 1)));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Indicator i : area.form().definition().numericIndicators()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(n++));
            row.add(i.type() == ReportForm.IndicatorType.YES_NO ? i.label() + " (số đơn vị)" : i.label());
            row.add(new Formats().number(now.values().get(i.code())));
            before.ifPresent(b -> row.add(new Formats().number(b.values().get(i.code()))));
            rows.add(row);
        }
        List<Boolean> numeric = new ArrayList<>(List.of(true, false, true));
        before.ifPresent(b -> numeric.add(true));
        return new Table(header, rows, numeric, false);
    }

    /** The header a committee's documents carry, from its issued plan. */
    record Header(
            String parentBody,
            String issuingBody,
            String abbreviation,
            String place,
            OfficialDocument.Signature signature) {}

    private Header header(ReportForm form) {
        Campaign campaign = campaigns.systemFind(form.campaignId()).orElseThrow();
        Optional<Plan> plan = plans.systemTopPlan(campaign.id());
        if (plan.isPresent()) {
            PlanContent c = plan.get().content();
            return new Header(
                    c.parentBody(), c.issuingBody(), c.abbreviationOrDefault(), c.place(), c.officialSignature());
        }
        OrgUnit committee = units.systemFindById(campaign.committeeId()).orElseThrow();
        return new Header(
                null,
                committee.name().toUpperCase(java.util.Locale.ROOT),
                "BCĐ",
                committee.name(),
                new OfficialDocument.Signature("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", null, null));
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
        return u;
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
                        select id, form_id, issuer_id, status, content::text, number_line, issued_on, pdf_sha256, version
                        from upward_report where id = ?
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
                        rs.getInt(9)))
                .optional();
    }

    private byte[] frozen(long id, String column) {
        String sql = "pdf".equals(column)
                ? "select pdf from upward_report where id = ?"
                : "select docx from upward_report where id = ?";
        return jdbc.sql(sql).param(id).query(byte[].class).single();
    }

    private String committeeName(Campaign campaign) {
        return units.systemFindById(campaign.committeeId()).orElseThrow().name();
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(List.of(Run.plain(text == null ? "" : text)));
    }

    private static String n(long value) {
        return new Formats().number(value);
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
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
