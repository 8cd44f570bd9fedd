package vn.ngayhoi.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.document.OfficialDocument.Block;
import vn.ngayhoi.document.OfficialDocument.Bullet;
import vn.ngayhoi.document.OfficialDocument.Heading;
import vn.ngayhoi.document.OfficialDocument.Paragraph;
import vn.ngayhoi.document.OfficialDocument.Run;
import vn.ngayhoi.document.OfficialDocument.Table;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.Letterheads;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.report.ReportForm.Indicator;
import vn.ngayhoi.report.ReportTotals.Area;
import vn.ngayhoi.report.ReportTotals.Completeness;
import vn.ngayhoi.report.ReportTotals.Totals;
import vn.ngayhoi.report.UpwardReport.Content;
import vn.ngayhoi.report.UpwardReport.Highlight;
import vn.ngayhoi.report.internal.ReportRepository;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.Texts;

/**
 * The text of the upward Báo cáo: the first draft written from the live totals, completeness and the
 * committee's plan, and the NĐ 30 document a draft or an issue is rendered from. Split from
 * {@link UpwardReports}, which keeps the report's life (edit, sign-off, issue).
 */
@Component
class UpwardReportText {

    private final ReportForms forms;
    private final ReportTotals totals;
    private final ReportRepository reports;
    private final CampaignManagement campaigns;
    private final PlanManagement plans;
    private final OrgUnitManagement units;
    private final Letterheads letterheads;

    UpwardReportText(
            ReportForms forms,
            ReportTotals totals,
            ReportRepository reports,
            CampaignManagement campaigns,
            PlanManagement plans,
            OrgUnitManagement units,
            Letterheads letterheads) {
        this.forms = forms;
        this.totals = totals;
        this.reports = reports;
        this.campaigns = campaigns;
        this.plans = plans;
        this.units = units;
        this.letterheads = letterheads;
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
                parts.add(Texts.lowerFirst(i.label()) + ": " + new Formats().number(v));
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
        // Above a province (of either structure) is the national root, whose committee is the central one.
        recipients.add(
                above == null
                        ? "Ban Chỉ đạo cấp trên (để b/c)"
                        : "NATION".equals(above.typeCode())
                                ? "Ban Chỉ đạo Trung ương (để b/c)"
                                : "Ban Chỉ đạo 138 " + Texts.lowerFirst(above.name()) + " (để b/c)");
        recipients.add("Thường trực " + committeeName(campaign));
        recipients.add("Lưu: VT");
        return new Content(subject, opening, figures.toString(), List.of(), null, null, null, recipients)
                .withFigures(taken(area, campaign, t, c));
    }

    /** The table and the late and missing units, from the same totals as the prose. */
    private UpwardReport.Figures taken(Area area, Campaign campaign, Totals now, Completeness k) {
        Table table = table(area, campaign, now);
        return new UpwardReport.Figures(
                table.header(),
                table.rows(),
                table.numeric(),
                lateUnits(area),
                k.missing().stream().map(ReportTotals.Missing::name).toList());
    }

    private List<String> lateUnits(Area area) {
        return reports.list(area.form().id(), area.pathPrefix()).stream()
                .map(ReportRepository.Located::report)
                .filter(r -> Boolean.TRUE.equals(r.late())
                        && (r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.ACCEPTED))
                .map(Report::unitName)
                .toList();
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
        // figures as taken when the draft was written or refreshed; a draft from before they were kept
        // takes them now, all from one reading
        UpwardReport.Figures f = c.figuresTaken() != null
                ? c.figuresTaken()
                : taken(area, campaign, totals.totals(area, false), totals.completeness(area));
        body.add(new Table(f.header(), f.rows(), f.numeric(), false));
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
        List<String> late = f.lateUnits();
        body.add(new Bullet(
                "-",
                List.of(Run.plain(
                        "Đơn vị gửi báo cáo muộn: " + (late.isEmpty() ? "không có" : String.join(", ", late)) + "."))));
        body.add(new Bullet(
                "-",
                List.of(Run.plain("Đơn vị chưa gửi báo cáo: "
                        + (f.missingUnits().isEmpty() ? "không có" : String.join(", ", f.missingUnits()))
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
                numberLine == null
                        ? "Số:      /" + UpwardReports.TYPE_ABBREVIATION + "-" + h.abbreviation()
                        : numberLine,
                issuedOn == null
                        ? Formats.placeDateBlank(h.place(), campaign.year())
                        : Formats.placeDate(h.place(), issuedOn),
                UpwardReports.TYPE_NAME,
                c.subject(),
                body,
                c.recipients(),
                h.signature(),
                addressees(c.recipients()),
                numberLine == null);
    }

    private Table table(Area area, Campaign campaign, Totals now) {
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

    Header header(ReportForm form) {
        Campaign campaign = campaigns.systemFind(form.campaignId()).orElseThrow();
        Letterheads.Letterhead l = letterheads.of(campaign, campaign.committeeId());
        return new Header(l.parentBody(), l.issuingBody(), l.abbreviation(), l.place(), l.signature());
    }

    /**
     * "Kính gửi:" names the level reported to: the Nơi nhận lines marked "(để b/c)", without the mark
     * (the standing office's own copy and the archive are not addressed).
     */
    static List<String> addressees(List<String> recipients) {
        return recipients.stream()
                .filter(r -> r.contains("(để b/c)"))
                .map(r -> r.replace("(để b/c)", "").strip())
                .toList();
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
}
