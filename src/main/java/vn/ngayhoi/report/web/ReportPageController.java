package vn.ngayhoi.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportLists;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.report.ReportStatus;
import vn.ngayhoi.report.ReportTotals;
import vn.ngayhoi.report.ReportTotals.Area;
import vn.ngayhoi.report.internal.Entries;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.shared.web.Problems;
import vn.ngayhoi.task.ChasingLetters;

/** The report pages: the list and completeness, one report to fill in or review, totals. */
@Controller
class ReportPageController {

    private final ReportManagement reports;
    private final vn.ngayhoi.report.ReportAttachments attachments;
    private final ReportLists lists;
    private final ReportForms forms;
    private final ReportTotals totals;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final ReportSheets sheets;
    private final Problems problems;
    private final ChasingLetters letters;
    private final Clock clock;

    ReportPageController(
            ReportManagement reports,
            vn.ngayhoi.report.ReportAttachments attachments,
            ReportLists lists,
            ReportForms forms,
            ReportTotals totals,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            ReportSheets sheets,
            Problems problems,
            ChasingLetters letters,
            Clock clock) {
        this.reports = reports;
        this.attachments = attachments;
        this.lists = lists;
        this.forms = forms;
        this.totals = totals;
        this.campaigns = campaigns;
        this.units = units;
        this.sheets = sheets;
        this.problems = problems;
        this.letters = letters;
        this.clock = clock;
    }

    /** The campaign asked for, or the newest visible one. */
    private Optional<Campaign> campaign(Long id) {
        if (id != null) {
            return Optional.of(campaigns.get(id));
        }
        return campaigns.list().stream().findFirst();
    }

    /**
     * The campaign's reports in the account's area: completeness, then the reports themselves with
     * those waiting for someone first (sent and not yet reviewed, then returned to the unit),
     * filtered by status and by unit name typed with or without accents.
     */
    @GetMapping("/reports")
    String index(
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Integer missingPage,
            @RequestParam(required = false) Integer missingSize,
            Model model) {
        model.addAttribute("statusName", status == null ? "" : status.name());
        model.addAttribute(
                "statuses", Arrays.stream(ReportStatus.values()).map(Enum::name).toList());
        model.addAttribute("q", q);
        Optional<Campaign> c = campaign(campaign);
        model.addAttribute("campaigns", campaigns.list());
        if (c.isEmpty()) {
            return "report/index";
        }
        model.addAttribute("campaign", c.get());
        Optional<ReportForm> form = forms.find(c.get().id());
        model.addAttribute("form", form.orElse(null));
        if (form.isEmpty()) {
            return "report/index";
        }
        Area area = totals.area(c.get().id(), unit);
        model.addAttribute("area", area);
        model.addAttribute("keeps", forms.keeps(form.get()));
        // the counts from the roll-ups and one page of the units still owing (issue 20), with a
        // parameter of its own so that paging it keeps the page of the reports below
        int mp = ApiList.clampPage(missingPage);
        int ms = ApiList.clampSize(missingSize);
        ApiList<ReportTotals.Missing> missing = ApiList.of(lists.missing(area, ApiList.offset(mp, ms), ms), mp, ms);
        ReportTotals.Rates rates = totals.rates(area);
        model.addAttribute(
                "completeness", new ReportTotals.Completeness(area, rates.all(), rates.byType(), missing.items()));
        model.addAttribute("missingList", missing);
        int p = ApiList.clampPage(page);
        int s = ApiList.clampSize(size);
        ApiList<Report> found = ApiList.of(
                lists.byUrgency(
                        form.get(),
                        area.unit() == null ? null : area.unit().code(),
                        status,
                        q,
                        ApiList.offset(p, s),
                        s),
                p,
                s);
        model.addAttribute("reports", found.items());
        model.addAttribute("reportsPage", found);
        model.addAttribute("unitCode", area.unit() == null ? null : area.unit().code());
        var own = units.get(totals.actorUnitId());
        model.addAttribute("ownUnit", own);
        model.addAttribute("ownAssigned", forms.assigned(form.get(), own));
        model.addAttribute("today", LocalDate.now(clock));
        Map<String, String> typeNames = new LinkedHashMap<>();
        units.types().forEach(t -> typeNames.put(t.code(), t.name()));
        model.addAttribute("typeNames", typeNames);
        return "report/index";
    }

    @PostMapping("/reports/open")
    String open(@RequestParam long campaign, @RequestParam String unit, RedirectAttributes redirect) {
        try {
            return "redirect:/reports/" + reports.open(campaign, unit).id();
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
            return "redirect:/reports?campaign=" + campaign;
        }
    }

    /** The công văn đôn đốc to every unit of the account's area that has not sent its report. */
    @PostMapping("/reports/chase")
    String chase(@RequestParam long campaign, RedirectAttributes redirect) {
        Area area = totals.area(campaign, null);
        var missing = totals.completeness(area).missing();
        if (missing.isEmpty()) {
            redirect.addFlashAttribute("flashError", problems.message("report.chase.nothingMissing"));
            return "redirect:/reports?campaign=" + campaign;
        }
        String line =
                area.form().title() + " (hạn " + new Formats().date(area.form().deadline()) + ").";
        try {
            var letter = letters.draftFor(
                    campaign,
                    "chưa gửi báo cáo kết quả",
                    missing.stream()
                            .map(m -> new ChasingLetters.Overdue(m.unitId(), m.name(), List.of(line)))
                            .toList());
            redirect.addFlashAttribute("flash", problems.message("report.chased", missing.size()));
            return "redirect:/tasks/letters/" + letter.id();
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        }
        return "redirect:/reports?campaign=" + campaign;
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, Model model) {
        Report r = reports.get(id);
        fill(model, r, displayed(r), r.data().narrative());
        return "report/show";
    }

    /** Stored values as the officer typed them: "9.800.000", not 9800000. */
    private Map<String, String> displayed(Report r) {
        ReportForm form = forms.systemGet(r.formId());
        Map<String, String> shown = new LinkedHashMap<>(r.data().values());
        form.definition()
                .indicators()
                .forEach(i -> shown.computeIfPresent(i.code(), (code, v) -> Entries.display(i, v)));
        return shown;
    }

    private void fill(Model model, Report r, Map<String, String> typed, ReportData.Narrative narrative) {
        ReportForm form = forms.systemGet(r.formId());
        model.addAttribute("report", r);
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaigns.get(r.campaignId()));
        model.addAttribute("typed", typed);
        Map<String, String> parts = new LinkedHashMap<>();
        ReportData.Narrative n = narrative == null ? ReportData.Narrative.EMPTY : narrative;
        parts.put("results", n.results());
        parts.put("shortcomings", n.shortcomings());
        parts.put("lessons", n.lessons());
        parts.put("proposals", n.proposals());
        model.addAttribute("narrative", parts);
        ReportManagement.EntryWindow window = reports.window(r);
        model.addAttribute("window", window);
        model.addAttribute("canEdit", reports.canEdit(r) && window.open());
        model.addAttribute("canReview", reports.canReview(r));
        model.addAttribute("history", reports.history(r.id()));
        model.addAttribute("attachments", attachments.attachments(r.id()));
        model.addAttribute("breakdown", totals.breakdown(r).orElse(null));
    }

    @PostMapping("/reports/{id}")
    String save(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam int version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("v_")) {
                typed.put(k.substring(2), v);
            }
        });
        ReportData.Narrative narrative = new ReportData.Narrative(
                params.get("n_results"),
                params.get("n_shortcomings"),
                params.get("n_lessons"),
                params.get("n_proposals"));
        Entry entry = new Entry(typed, narrative);
        try {
            if ("submit".equals(action)) {
                Report r = reports.submit(id, entry, version);
                redirect.addFlashAttribute(
                        "flash",
                        problems.message(
                                Boolean.TRUE.equals(r.late()) ? "report.submitted.late" : "report.submitted.onTime"));
            } else {
                reports.save(id, entry, version);
                redirect.addFlashAttribute("flash", problems.message("report.saved"));
            }
            return "redirect:/reports/" + id;
        } catch (ValidationException e) {
            problems.show(model, e);
            fill(model, reports.get(id), typed, narrative);
            return "report/show";
        } catch (ConflictException e) {
            return conflict(id, e, model, response);
        }
    }

    @PostMapping("/reports/{id}/recall")
    String recall(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, response, redirect, () -> reports.recall(id), "report.recalled");
    }

    @PostMapping("/reports/{id}/accept")
    String accept(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, response, redirect, () -> reports.accept(id), "report.accepted");
    }

    @PostMapping("/reports/{id}/return")
    String returnToUnit(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response) {
        try {
            reports.returnToUnit(id, reason);
            return "redirect:/reports/" + id + "?returned";
        } catch (ValidationException e) {
            problems.show(model, e);
            Report r = reports.get(id);
            fill(model, r, displayed(r), r.data().narrative());
            model.addAttribute("openReturn", true);
            return "report/show";
        } catch (ConflictException e) {
            return conflict(id, e, model, response);
        }
    }

    @PostMapping("/reports/{id}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam("file") MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws java.io.IOException {
        try {
            attachments.attach(id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flash", problems.message("report.attached", file.getOriginalFilename()));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            return conflict(id, e, model, response);
        }
        return "redirect:/reports/" + id;
    }

    @GetMapping("/reports/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        vn.ngayhoi.report.ReportAttachments.AttachmentFile f = attachments.attachment(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(f.content());
    }

    private String act(
            long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Runnable action,
            String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", problems.message(doneKey));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            return conflict(id, e, model, response);
        }
        return "redirect:/reports/" + id;
    }

    /**
     * The report as it stands now, with why the action was refused, answered 409: it was already done
     * (a resent form, a second tab) or changed meanwhile. A redirect would read as a second success.
     */
    private String conflict(long id, ConflictException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("flashError", problems.message(e.messageKey(), e.args()));
        Report r = reports.get(id);
        fill(model, r, displayed(r), r.data().narrative());
        return "report/show";
    }

    @GetMapping("/reports/totals")
    String totals(
            @RequestParam long campaign,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean submitted,
            Model model) {
        Area area = totals.area(campaign, unit);
        model.addAttribute("campaign", campaigns.get(campaign));
        model.addAttribute("area", area);
        model.addAttribute("form", area.form());
        model.addAttribute("submitted", submitted);
        model.addAttribute("totals", totals.totals(area, submitted));
        var previous = totals.previousYearDetail(area, submitted);
        model.addAttribute("previous", previous.map(p -> p.totals()).orElse(null));
        model.addAttribute(
                "previousDetail", previous.filter(p -> p.acrossMerge()).orElse(null));
        model.addAttribute(
                "previousCounted",
                previous.map(p -> p.counted().stream()
                                .map(c -> c.share() == null || c.share().compareTo(java.math.BigDecimal.ONE) == 0
                                        ? c.unit().name()
                                        : problems.message(
                                                "report.previous.share",
                                                c.unit().name(),
                                                new Formats().number(c.share().movePointRight(2))))
                                .collect(java.util.stream.Collectors.joining(", ")))
                        .orElse(""));
        List<ReportTotals.Row> rows = totals.drillDown(area, submitted);
        model.addAttribute("rows", rows);
        model.addAttribute("previousRows", totals.previousYearOfRows(area, rows, submitted));
        model.addAttribute(
                "parent",
                // Above a province is only the national root, which province accounts do not reach.
                area.unit() == null
                                || area.unit().parentCode() == null
                                || area.unit().level() <= 1
                        ? null
                        : area.unit().parentCode());
        return "report/totals";
    }

    @GetMapping("/reports/totals.xlsx")
    ResponseEntity<byte[]> totalsXlsx(
            @RequestParam long campaign,
            @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "false") boolean submitted) {
        Area area = totals.area(campaign, unit);
        return xlsx(sheets.totals(area, submitted), "tong-hop-bao-cao.xlsx");
    }

    @GetMapping("/reports/completeness.xlsx")
    ResponseEntity<byte[]> completenessXlsx(@RequestParam long campaign, @RequestParam(required = false) String unit) {
        Area area = totals.area(campaign, unit);
        return xlsx(sheets.completeness(area), "tinh-hinh-nop-bao-cao.xlsx");
    }

    static ResponseEntity<byte[]> xlsx(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
