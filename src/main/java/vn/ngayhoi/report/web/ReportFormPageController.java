package vn.ngayhoi.report.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportForm.Comparison;
import vn.ngayhoi.report.ReportForm.Indicator;
import vn.ngayhoi.report.ReportForm.IndicatorType;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportForms.Settings;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.Problems;

/** The standing office's page for the form: deadlines, who reports, indicators, rules, lock exceptions. */
@Controller
class ReportFormPageController {

    private final ReportForms forms;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final Problems problems;

    ReportFormPageController(
            ReportForms forms, CampaignManagement campaigns, OrgUnitManagement units, Problems problems) {
        this.forms = forms;
        this.campaigns = campaigns;
        this.units = units;
        this.problems = problems;
    }

    @GetMapping("/reports/form")
    String show(@RequestParam long campaign, Model model) {
        model.addAttribute("campaign", campaigns.get(campaign));
        Optional<ReportForm> form = forms.find(campaign);
        model.addAttribute("form", form.orElse(null));
        model.addAttribute("types", units.types());
        model.addAttribute("indicatorTypes", IndicatorType.values());
        model.addAttribute("comparisons", Comparison.values());
        form.ifPresent(f -> {
            model.addAttribute("keeps", forms.keeps(f));
            model.addAttribute("exceptions", forms.lockExceptions(f.id()));
            model.addAttribute("root", forms.root(f));
        });
        return "report/form";
    }

    @PostMapping("/reports/form/default")
    String defineDefault(@RequestParam long campaign, RedirectAttributes redirect) {
        return act(campaign, redirect, () -> forms.defineDefault(campaign));
    }

    @PostMapping("/reports/form/{id}/settings")
    String settings(
            @PathVariable long id,
            @RequestParam String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(defaultValue = "0") int graceDays,
            @RequestParam(defaultValue = "0") int lockAfterDays,
            @RequestParam(required = false) String[] types,
            @RequestParam int version,
            RedirectAttributes redirect) {
        long campaign = forms.systemGet(id).campaignId();
        return act(
                campaign,
                redirect,
                () -> forms.updateSettings(
                        id,
                        new Settings(
                                title,
                                Bounds.date("deadline", deadline),
                                graceDays,
                                lockAfterDays,
                                types == null ? List.of() : Arrays.asList(types)),
                        version));
    }

    @PostMapping("/reports/form/{id}/root")
    String root(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam int version,
            RedirectAttributes redirect) {
        long campaign = forms.systemGet(id).campaignId();
        return act(campaign, redirect, () -> forms.assignSubtree(id, unit, version));
    }

    @PostMapping("/reports/form/{id}/indicators")
    String addIndicator(
            @PathVariable long id,
            @RequestParam String section,
            @RequestParam String code,
            @RequestParam String label,
            @RequestParam(required = false) IndicatorType type,
            @RequestParam(defaultValue = "false") boolean required,
            @RequestParam(required = false) BigDecimal min,
            @RequestParam(required = false) BigDecimal max,
            @RequestParam(defaultValue = "") String choices,
            @RequestParam int version,
            RedirectAttributes redirect) {
        long campaign = forms.systemGet(id).campaignId();
        return act(
                campaign,
                redirect,
                () -> forms.addIndicator(
                        id,
                        section,
                        new Indicator(code, label, type, required, min, max, Arrays.asList(choices.split("\\R")), null),
                        version));
    }

    @PostMapping("/reports/form/{id}/indicators/{code}/remove")
    String removeIndicator(
            @PathVariable long id, @PathVariable String code, @RequestParam int version, RedirectAttributes redirect) {
        long campaign = forms.systemGet(id).campaignId();
        return act(campaign, redirect, () -> forms.removeIndicator(id, code, version));
    }

    @PostMapping("/reports/form/{id}/rules")
    String addRule(
            @PathVariable long id,
            @RequestParam String left,
            @RequestParam(required = false) Comparison comparison,
            @RequestParam String right,
            @RequestParam int version,
            RedirectAttributes redirect) {
        long campaign = forms.systemGet(id).campaignId();
        return act(campaign, redirect, () -> forms.addRule(id, new ReportForm.Rule(left, comparison, right), version));
    }

    @PostMapping("/reports/form/{id}/exceptions")
    String grant(
            @PathVariable long id,
            @RequestParam String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        long campaign = forms.systemGet(id).campaignId();
        return act(campaign, redirect, () -> forms.grantLockException(id, unit, Bounds.date("until", until), reason));
    }

    private String act(long campaign, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", problems.message("report.form.saved"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
        }
        return "redirect:/reports/form?campaign=" + campaign;
    }
}
