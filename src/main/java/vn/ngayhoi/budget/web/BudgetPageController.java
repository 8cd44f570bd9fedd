package vn.ngayhoi.budget.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.budget.Activity;
import vn.ngayhoi.budget.Appraisals;
import vn.ngayhoi.budget.BudgetOverview;
import vn.ngayhoi.budget.BudgetSheets;
import vn.ngayhoi.budget.Estimate;
import vn.ngayhoi.budget.Estimates;
import vn.ngayhoi.budget.FundSource;
import vn.ngayhoi.budget.LineSummary;
import vn.ngayhoi.budget.Spending;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.Downloads;
import vn.ngayhoi.shared.web.Problems;
import vn.ngayhoi.shared.web.ScriptJson;

/**
 * The budget pages: the campaign's pipeline with its chart for the standing office, the department
 * and the chairman; an estimate's lines with the appraisal and approval steps; a spending unit's
 * allocation with the payment form (a phone page) and its settlement; the spreadsheets and documents.
 */
@Controller
class BudgetPageController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Estimates estimates;
    private final Appraisals appraisals;
    private final Spending spending;
    private final BudgetOverview overview;
    private final BudgetSheets sheets;
    private final CampaignManagement campaigns;
    private final DocumentRenderer renderer;
    private final Problems problems;
    private final java.time.Clock clock;
    private final JsonMapper json;

    BudgetPageController(
            Estimates estimates,
            Appraisals appraisals,
            Spending spending,
            BudgetOverview overview,
            BudgetSheets sheets,
            CampaignManagement campaigns,
            DocumentRenderer renderer,
            Problems problems,
            java.time.Clock clock,
            JsonMapper json) {
        this.clock = clock;
        this.json = json;
        this.estimates = estimates;
        this.appraisals = appraisals;
        this.spending = spending;
        this.overview = overview;
        this.sheets = sheets;
        this.campaigns = campaigns;
        this.renderer = renderer;
        this.problems = problems;
    }

    @GetMapping("/budgets")
    String campaign(@RequestParam(required = false) Long campaign, Model model) {
        Campaign c = campaign != null
                ? campaigns.get(campaign)
                : campaigns.list().stream().findFirst().orElse(null);
        if (c == null) {
            return "budget/no-campaign";
        }
        BudgetOverview.Pipeline p = overview.of(c.id());
        model.addAttribute("campaign", c);
        model.addAttribute("pipeline", p);
        model.addAttribute(
                "allocations",
                estimates.list(c.id(), null).stream()
                        .filter(e -> !estimates.seesWhole(e))
                        .toList());
        model.addAttribute("chart", chartData(p));
        model.addAttribute("canDraft", estimates.mayDraft());
        return "budget/campaign";
    }

    /** The chart's data as JSON with "<", ">" and "&" escaped, so no name can close the script element. */
    private String chartData(BudgetOverview.Pipeline p) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("activities", p.byActivity());
        data.put("units", p.byUnit());
        return ScriptJson.of(json, data);
    }

    @PostMapping("/budgets")
    String create(@ModelAttribute Forms.EstimateForm form, RedirectAttributes redirect) {
        long[] id = new long[1];
        long campaign = form.campaign() == null ? 0 : form.campaign();
        boolean done = problems.flashStep(
                redirect,
                "budget.created",
                () -> id[0] = estimates
                        .create(campaign, form.unit(), form.title(), List.of())
                        .id());
        return done ? "redirect:/budgets/" + id[0] : "redirect:/budgets?campaign=" + campaign;
    }

    @GetMapping("/budgets/{id}")
    String estimate(@PathVariable long id, Model model) {
        Estimate e = estimates.get(id);
        if (!estimates.seesWhole(e)) {
            return "redirect:/budgets/" + id + "/spending";
        }
        model.addAttribute("estimate", e);
        model.addAttribute("can", estimates.abilities(e));
        model.addAttribute("campaign", campaigns.get(e.campaignId()));
        model.addAttribute("activities", Activity.values());
        model.addAttribute("sources", FundSource.values());
        return "budget/estimate";
    }

    @PostMapping("/budgets/{id}/lines")
    String addLine(@PathVariable long id, @ModelAttribute Forms.LineForm form, RedirectAttributes redirect) {
        problems.flashStep(redirect, "budget.line.added", () -> estimates.addLine(id, form.line()));
        return "redirect:/budgets/" + id;
    }

    @PostMapping("/budgets/{id}/lines/{lineId}/delete")
    String removeLine(@PathVariable long id, @PathVariable long lineId, RedirectAttributes redirect) {
        problems.flashStep(redirect, "budget.line.removed", () -> estimates.removeLine(id, lineId));
        return "redirect:/budgets/" + id;
    }

    @PostMapping("/budgets/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        problems.flashStep(redirect, "budget.submitted", () -> estimates.submit(id));
        return "redirect:/budgets/" + id;
    }

    @PostMapping("/budgets/{id}/appraisal")
    String appraise(@PathVariable long id, @ModelAttribute Forms.AppraisalForm form, RedirectAttributes redirect) {
        List<Appraisals.LineVerdict> verdicts = new ArrayList<>();
        List<Long> ids = form.lineId() == null ? List.of() : form.lineId();
        for (int i = 0; i < ids.size(); i++) {
            String agreed = form.agreed() != null && i < form.agreed().size()
                    ? form.agreed().get(i)
                    : null;
            String reason = form.reason() != null && i < form.reason().size()
                    ? form.reason().get(i)
                    : null;
            verdicts.add(new Appraisals.LineVerdict(ids.get(i), Forms.number(agreed), reason));
        }
        boolean forward = !"return".equals(form.decision());
        problems.flashStep(
                redirect,
                forward ? "budget.appraised" : "budget.returned",
                () -> appraisals.appraise(id, verdicts, form.note(), forward));
        return "redirect:/budgets/" + id;
    }

    @PostMapping("/budgets/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        problems.flashStep(redirect, "budget.approved.done", () -> appraisals.approve(id));
        return "redirect:/budgets/" + id;
    }

    @GetMapping("/budgets/{id}/spending")
    String spendingPage(@PathVariable long id, @RequestParam(defaultValue = "") String unit, Model model) {
        Estimate e = estimates.get(id);
        List<LineSummary> lines = spending.summary(id, unit);
        model.addAttribute("estimate", e);
        model.addAttribute("unit", unit);
        model.addAttribute("lines", lines);
        model.addAttribute(
                "payable",
                lines.stream().filter(l -> l.remaining() > 0 && !l.settled()).toList());
        model.addAttribute("payments", spending.payments(id, unit));
        model.addAttribute(
                "approved", lines.stream().mapToLong(LineSummary::approved).sum());
        model.addAttribute("spent", lines.stream().mapToLong(LineSummary::spent).sum());
        model.addAttribute(
                "units",
                lines.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                LineSummary::unitCode, LineSummary::unitName, (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute(
                "unsettled",
                lines.stream()
                        .filter(l -> !l.settled())
                        .map(LineSummary::unitCode)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("today", LocalDate.now(clock));
        return "budget/spending";
    }

    @PostMapping("/budgets/{id}/payments")
    String pay(@PathVariable long id, @ModelAttribute Forms.PaymentForm form, RedirectAttributes redirect) {
        Spending.Upload upload;
        try {
            upload = form.receipt() == null || form.receipt().isEmpty()
                    ? null
                    : new Spending.Upload(
                            form.receipt().getOriginalFilename(), form.receipt().getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.flashStep(redirect, "budget.paid", () -> {
            LocalDate date = form.date() == null || form.date().isBlank()
                    ? null
                    : Bounds.parseDate("date", form.date(), "budget.date.unreadable");
            Long line = Forms.number(form.lineId());
            spending.pay(id, new Spending.NewPayment(line, date, form.payee(), Forms.number(form.amount())), upload);
        });
        return "redirect:/budgets/" + id + "/spending";
    }

    @PostMapping("/budgets/{id}/settle")
    String settle(@PathVariable long id, @ModelAttribute Forms.UnitForm form, RedirectAttributes redirect) {
        problems.flashStep(redirect, "budget.settled", () -> spending.settle(id, form.unit()));
        return "redirect:/budgets/" + id + "/spending";
    }

    @GetMapping("/budgets/{id}/payments/{paymentId}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable long id, @PathVariable long paymentId) {
        var r = spending.receipt(id, paymentId);
        return Downloads.attachment(r.content(), r.fileName(), MediaType.parseMediaType(r.fileType()));
    }

    @GetMapping("/budgets/{id}/estimate.xlsx")
    ResponseEntity<byte[]> estimateXlsx(@PathVariable long id) {
        return Downloads.attachment(sheets.estimate(id), "du-toan-" + id + ".xlsx", XLSX);
    }

    @GetMapping("/budgets/{id}/appraisal.xlsx")
    ResponseEntity<byte[]> appraisalXlsx(@PathVariable long id) {
        return Downloads.attachment(sheets.appraisal(id), "tham-dinh-" + id + ".xlsx", XLSX);
    }

    @GetMapping("/budgets/{id}/appraisal.docx")
    ResponseEntity<byte[]> appraisalDocx(@PathVariable long id) {
        return Downloads.docx(appraisals.appraisalDocx(id), "bao-cao-tham-dinh-" + id + ".docx");
    }

    @GetMapping("/budgets/{id}/settlement.xlsx")
    ResponseEntity<byte[]> settlementXlsx(@PathVariable long id, @RequestParam(defaultValue = "") String unit) {
        return Downloads.attachment(sheets.settlement(id, unit), "quyet-toan-" + id + ".xlsx", XLSX);
    }

    @GetMapping("/budgets/{id}/settlement.pdf")
    ResponseEntity<byte[]> settlementPdf(@PathVariable long id, @RequestParam(defaultValue = "") String unit) {
        if (unit.isBlank()) {
            throw ValidationException.of("unit", "budget.unit.required");
        }
        return Downloads.pdf(renderer.pdf(spending.settlementStatement(id, unit)), "quyet-toan-" + id + ".pdf");
    }
}
