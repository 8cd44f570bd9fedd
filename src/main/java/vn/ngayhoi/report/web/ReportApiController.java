package vn.ngayhoi.report.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportLists;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.report.ReportTotals;
import vn.ngayhoi.report.ReportTotals.Area;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.ValidationException;

/** Reports, totals and completeness in the API; paths and field names are a contract. */
@RestController
class ReportApiController {

    private final ReportManagement reports;
    private final ReportForms forms;
    private final ReportTotals totals;
    private final ReportLists lists;

    ReportApiController(ReportManagement reports, ReportForms forms, ReportTotals totals, ReportLists lists) {
        this.lists = lists;
        this.reports = reports;
        this.forms = forms;
        this.totals = totals;
    }

    record ReportItem(
            long id,
            long campaignId,
            String unitCode,
            String unitName,
            String status,
            OffsetDateTime submittedAt,
            Boolean late,
            OffsetDateTime updatedAt) {
        static ReportItem of(Report r) {
            return new ReportItem(
                    r.id(),
                    r.campaignId(),
                    r.unitCode(),
                    r.unitName(),
                    r.status().name(),
                    r.submittedAt() == null
                            ? null
                            : r.submittedAt().atZoneSameInstant(Formats.ZONE).toOffsetDateTime(),
                    r.late(),
                    r.updatedAt());
        }
    }

    record ReportDetail(
            long id,
            long campaignId,
            String unitCode,
            String unitName,
            String status,
            OffsetDateTime submittedAt,
            Boolean late,
            String returnReason,
            int version,
            Map<String, Object> values,
            ReportData.Narrative narrative) {}

    /** A draft saved through the API: values as the page would send them, by indicator code. */
    record ReportBody(Map<String, Object> values, ReportData.Narrative narrative, Integer version) {}

    record ReturnBody(String reason) {}

    record TotalsBody(String unitCode, boolean includeSubmitted, Map<String, BigDecimal> values) {}

    record MissingUnit(String code, String name, String typeCode, String status) {}

    record CompletenessBody(
            String unitCode,
            long expected,
            long received,
            long onTime,
            long late,
            long missing,
            List<MissingUnit> missingUnits,
            int page,
            int size) {}

    @GetMapping("/api/v1/reports")
    vn.ngayhoi.shared.web.ApiList<ReportItem> list(
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (campaign == null) {
            throw ValidationException.of("campaign", "report.campaign.required");
        }
        java.time.Instant since = vn.ngayhoi.shared.web.ApiList.instant("updatedSince", updatedSince);
        int p = page == null ? 0 : vn.ngayhoi.shared.Bounds.page("page", page, 0);
        int s = vn.ngayhoi.shared.web.ApiList.size(size);
        var found = reports.page(campaign, unit, since, p, s);
        return new vn.ngayhoi.shared.web.ApiList<>(
                found.items().stream().map(ReportItem::of).toList(), found.total(), p, s);
    }

    @GetMapping("/api/v1/reports/{id}")
    ReportDetail get(@PathVariable long id) {
        return detail(reports.get(id));
    }

    @PutMapping("/api/v1/reports/{id}")
    ReportDetail save(@PathVariable long id, @RequestBody ReportBody body) {
        Report r = reports.get(id);
        Report saved = reports.save(id, entry(body, r), body.version() == null ? r.version() : body.version());
        return detail(saved);
    }

    @PostMapping("/api/v1/reports/{id}/submit")
    ReportDetail submit(@PathVariable long id, @RequestBody(required = false) ReportBody body) {
        if (body == null || body.values() == null) {
            return detail(reports.submit(id, null, body == null ? null : body.version()));
        }
        return detail(reports.submit(id, entry(body, reports.get(id)), body.version()));
    }

    @PostMapping("/api/v1/reports/{id}/recall")
    ReportDetail recall(@PathVariable long id) {
        return detail(reports.recall(id));
    }

    @PostMapping("/api/v1/reports/{id}/accept")
    ReportDetail accept(@PathVariable long id) {
        return detail(reports.accept(id));
    }

    @PostMapping("/api/v1/reports/{id}/return")
    ReportDetail returnToUnit(@PathVariable long id, @RequestBody(required = false) ReturnBody body) {
        return detail(reports.returnToUnit(id, body == null ? null : body.reason()));
    }

    @GetMapping("/api/v1/campaigns/{id}/totals")
    TotalsBody totals(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean submitted) {
        Area area = totals.area(id, unit);
        return new TotalsBody(
                area.unit() == null ? null : area.unit().code(),
                submitted,
                totals.totals(area, submitted).values());
    }

    /**
     * The counts from the roll-ups, and one page of {@code missingUnits} ({@code page}, {@code size}
     * as every API list; {@code missing} is their total).
     */
    @GetMapping("/api/v1/campaigns/{id}/completeness")
    CompletenessBody completeness(
            @PathVariable long id,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int p = vn.ngayhoi.shared.web.ApiList.page(page);
        int s = vn.ngayhoi.shared.web.ApiList.size(size);
        ReportTotals.Area area = totals.area(id, unit);
        ReportTotals.Rates c = totals.rates(area);
        var missing = lists.missing(area, vn.ngayhoi.shared.web.ApiList.offset(p, s), s);
        return new CompletenessBody(
                area.unit() == null ? null : area.unit().code(),
                c.all().expected(),
                c.all().received(),
                c.all().onTime(),
                c.all().late(),
                c.all().missing(),
                missing.items().stream()
                        .map(m -> new MissingUnit(
                                m.code(),
                                m.name(),
                                m.typeCode(),
                                m.status() == null ? null : m.status().name()))
                        .toList(),
                p,
                s);
    }

    private ReportDetail detail(Report r) {
        ReportForm form = forms.systemGet(r.formId());
        Map<String, Object> values = new LinkedHashMap<>();
        form.definition().indicators().forEach(i -> {
            String v = r.data().value(i.code());
            if (v == null) {
                return;
            }
            values.put(
                    i.code(),
                    switch (i.type()) {
                        case INTEGER, MONEY, DECIMAL -> new BigDecimal(v);
                        case YES_NO -> Boolean.valueOf(v);
                        default -> v;
                    });
        });
        ReportItem item = ReportItem.of(r);
        return new ReportDetail(
                r.id(),
                r.campaignId(),
                r.unitCode(),
                r.unitName(),
                r.status().name(),
                item.submittedAt(),
                r.late(),
                r.returnReason(),
                r.version(),
                values,
                r.data().narrative());
    }

    private static Entry entry(ReportBody body, Report current) {
        Map<String, String> typed = new LinkedHashMap<>();
        if (body.values() != null) {
            // a JSON number's point is a decimal point; typed values use the Vietnamese comma
            body.values()
                    .forEach((k, v) -> typed.put(
                            k,
                            v == null
                                    ? null
                                    : v instanceof Number n ? n.toString().replace('.', ',') : String.valueOf(v)));
        }
        return new Entry(typed, body.narrative() == null ? current.data().narrative() : body.narrative());
    }
}
