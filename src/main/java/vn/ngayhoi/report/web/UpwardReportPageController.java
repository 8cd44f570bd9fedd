package vn.ngayhoi.report.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.report.UpwardReport;
import vn.ngayhoi.report.UpwardReport.Content;
import vn.ngayhoi.report.UpwardReport.Highlight;
import vn.ngayhoi.report.UpwardReports;
import vn.ngayhoi.report.UpwardReports.Candidate;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.Downloads;
import vn.ngayhoi.shared.web.Problems;

/** The standing office's upward Báo cáo: draft, edit, pick highlights, preview, issue. */
@Controller
class UpwardReportPageController {

    private final UpwardReports upward;
    private final CampaignManagement campaigns;
    private final Problems problems;
    private final AccessPolicy policy;

    UpwardReportPageController(
            UpwardReports upward, CampaignManagement campaigns, Problems problems, AccessPolicy policy) {
        this.upward = upward;
        this.campaigns = campaigns;
        this.problems = problems;
        this.policy = policy;
    }

    @GetMapping("/reports/upward")
    String show(@RequestParam long campaign, Model model) {
        model.addAttribute("campaign", campaigns.get(campaign));
        Optional<UpwardReport> u = upward.ofCampaign(campaign);
        if (u.isPresent()) {
            fill(model, u.get(), u.get().content());
        }
        return "report/upward";
    }

    private void fill(Model model, UpwardReport u, Content content) {
        model.addAttribute("upward", u);
        // only the committee's head signs it off (the service refuses anyone else as well)
        model.addAttribute(
                "canDecide", policy.currentActor().map(a -> a.has(Role.LEADER)).orElse(false));
        model.addAttribute("draftText", content);
        model.addAttribute("recipients", String.join("\n", content.recipients()));
        List<Long> chosen =
                content.highlights().stream().map(Highlight::reportId).toList();
        model.addAttribute("chosen", chosen);
        model.addAttribute("candidates", upward.candidates(u.id()));
    }

    @PostMapping("/reports/upward")
    String draft(@RequestParam long campaign, RedirectAttributes redirect) {
        upward.draft(campaign);
        redirect.addFlashAttribute("flash", problems.message("report.upward.drafted"));
        return "redirect:/reports/upward?campaign=" + campaign;
    }

    @PostMapping("/reports/upward/{id}")
    String edit(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "highlight", required = false) List<Long> highlight,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        UpwardReport u = upward.get(id);
        List<Highlight> highlights = new ArrayList<>();
        List<Long> picked = highlight == null ? List.of() : highlight;
        for (Candidate c : upward.candidates(id)) {
            if (picked.contains(c.reportId())) {
                highlights.add(new Highlight(c.reportId(), c.unitName(), c.text()));
            }
        }
        Content edited = new Content(
                params.get("subject"),
                params.get("opening"),
                params.get("figures"),
                highlights,
                params.get("shortcomings"),
                params.get("lessons"),
                params.get("proposals"),
                Arrays.asList(params.getOrDefault("recipients", "").split("\\R")));
        long campaign = campaignOf(u);
        try {
            if ("refresh".equals(params.get("action"))) {
                upward.refreshFigures(id, version);
                redirect.addFlashAttribute("flash", problems.message("report.upward.refreshed"));
            } else if ("submit".equals(params.get("action"))) {
                // what is on the screen is saved first, so the signer approves exactly what was typed
                UpwardReport saved = upward.edit(id, edited, version);
                upward.submit(id, saved.version());
                redirect.addFlashAttribute("flash", problems.message("report.upward.submitted"));
            } else {
                upward.edit(id, edited, version);
                redirect.addFlashAttribute("flash", problems.message("report.upward.saved"));
            }
        } catch (ValidationException e) {
            problems.show(model, e);
            model.addAttribute("campaign", campaigns.get(campaign));
            fill(model, u, edited);
            return "report/upward";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
        }
        return "redirect:/reports/upward?campaign=" + campaign;
    }

    @PostMapping("/reports/upward/{id}/approve")
    String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        UpwardReport u = upward.get(id);
        try {
            upward.approve(id, version);
            redirect.addFlashAttribute("flash", problems.message("report.upward.approved"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
        }
        return "redirect:/reports/upward?campaign=" + campaignOf(u);
    }

    @PostMapping("/reports/upward/{id}/return")
    String sendBack(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        UpwardReport u = upward.get(id);
        try {
            upward.sendBack(id, version, reason);
            redirect.addFlashAttribute("flash", problems.message("report.upward.returned"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
        }
        return "redirect:/reports/upward?campaign=" + campaignOf(u);
    }

    /** The check page: the number it will take, signer, recipients and page 1 as it will print. */
    @GetMapping("/reports/upward/{id}/issue")
    String check(@PathVariable long id, Model model, RedirectAttributes redirect) {
        UpwardReport u = upward.get(id);
        try {
            model.addAttribute("check", upward.preview(id));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
            return "redirect:/reports/upward?campaign=" + campaignOf(u);
        }
        model.addAttribute("titleKey", "report.upward.check.title");
        model.addAttribute("backHref", "/reports/upward?campaign=" + campaignOf(u));
        model.addAttribute("action", "/reports/upward/" + id + "/issue");
        // the text previewed is this version's: an edit in another tab refuses the issue
        model.addAttribute("version", u.version());
        return "register/check";
    }

    @PostMapping("/reports/upward/{id}/issue")
    String issue(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String numberLine,
            RedirectAttributes redirect) {
        UpwardReport u = upward.get(id);
        if (version == null || numberLine == null) {
            // issuing always goes through the check page
            return "redirect:/reports/upward/" + id + "/issue";
        }
        try {
            UpwardReport issued = upward.issue(id, version, numberLine);
            redirect.addFlashAttribute("flash", problems.message("report.upward.issued", issued.numberLine()));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
            if ("report.upward.numberMoved".equals(e.messageKey())) {
                return "redirect:/reports/upward/" + id + "/issue";
            }
        }
        return "redirect:/reports/upward?campaign=" + campaignOf(u);
    }

    @GetMapping("/reports/upward/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Downloads.pdf(upward.pdf(id), "bao-cao-" + id + ".pdf");
    }

    @GetMapping("/reports/upward/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return Downloads.docx(upward.docx(id), "bao-cao-" + id + ".docx");
    }

    private long campaignOf(UpwardReport u) {
        return upward.campaignOf(u);
    }
}
