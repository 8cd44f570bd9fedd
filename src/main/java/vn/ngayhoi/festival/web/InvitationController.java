package vn.ngayhoi.festival.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.Invitations;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.web.Downloads;
import vn.ngayhoi.shared.web.Problems;

/** A festival's Giấy mời: its state, issuing it, and the frozen files. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final FestivalManagement festivals;
    private final AccessPolicy policy;
    private final Problems problems;

    InvitationController(
            Invitations invitations, FestivalManagement festivals, AccessPolicy policy, Problems problems) {
        this.invitations = invitations;
        this.festivals = festivals;
        this.policy = policy;
        this.problems = problems;
    }

    @GetMapping("/festivals/{id}/invitation")
    String show(@PathVariable long id, Model model) {
        Festival festival = festivals.get(id);
        model.addAttribute("festival", festival);
        model.addAttribute("page", invitations.page(id));
        return "festival/invitation";
    }

    @PostMapping("/festivals/{id}/invitation/submit")
    String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        problems.flashStep(redirect, "festival.invitation.submitted", () -> invitations.submit(id, version));
        return "redirect:/festivals/" + id + "/invitation";
    }

    @PostMapping("/festivals/{id}/invitation/approve")
    String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        problems.flashStep(redirect, "festival.invitation.approved", () -> invitations.approve(id, version));
        return "redirect:/festivals/" + id + "/invitation";
    }

    @PostMapping("/festivals/{id}/invitation/return")
    String sendBack(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        problems.flashStep(redirect, "festival.invitation.returned", () -> invitations.sendBack(id, version, reason));
        return "redirect:/festivals/" + id + "/invitation";
    }

    /** The check page: what "Ban hành" will issue, before it does. */
    @GetMapping("/festivals/{id}/invitation/issue")
    String check(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("check", invitations.check(id));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
            return "redirect:/festivals/" + id + "/invitation";
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
            return "redirect:/festivals/" + id + "/invitation";
        }
        model.addAttribute("titleKey", "festival.invitation.check.title");
        model.addAttribute("backHref", "/festivals/" + id + "/invitation");
        model.addAttribute("action", "/festivals/" + id + "/invitation");
        return "register/check";
    }

    @PostMapping("/festivals/{id}/invitation")
    String issue(
            @PathVariable long id, @RequestParam(required = false) String numberLine, RedirectAttributes redirect) {
        if (numberLine == null || numberLine.isBlank()) {
            // issuing always goes through the check page
            return "redirect:/festivals/" + id + "/invitation/issue";
        }
        try {
            var invitation = invitations.issue(id, numberLine);
            redirect.addFlashAttribute(
                    "flash", problems.message("festival.invitation.issued", invitation.numberLine()));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
            if ("register.issue.numberMoved".equals(e.messageKey())) {
                return "redirect:/festivals/" + id + "/invitation/issue";
            }
        }
        return "redirect:/festivals/" + id + "/invitation";
    }

    @GetMapping("/festivals/{id}/invitation.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Downloads.pdf(invitations.pdf(id), "giay-moi-" + id + ".pdf");
    }

    @GetMapping("/festivals/{id}/invitation.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return Downloads.docx(invitations.docx(id), "giay-moi-" + id + ".docx");
    }
}
