package vn.ngayhoi.task.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.Downloads;
import vn.ngayhoi.shared.web.Problems;
import vn.ngayhoi.task.ChasingLetters;

/**
 * The công văn đôn đốc: drafted from the task list or the report dashboard, read and signed off on
 * its page, issued from the check page (number, signer, recipients, page 1) and downloaded.
 */
@Controller
class ChasingLetterPageController {

    private final ChasingLetters letters;
    private final Problems problems;

    ChasingLetterPageController(ChasingLetters letters, Problems problems) {
        this.letters = letters;
        this.problems = problems;
    }

    @PostMapping("/tasks/letters")
    String draft(@RequestParam long campaign, RedirectAttributes redirect) {
        try {
            var letter = letters.draft(campaign);
            redirect.addFlashAttribute("flash", problems.message("task.letter.drafted"));
            return "redirect:/tasks/letters/" + letter.id();
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        }
        return "redirect:/tasks";
    }

    @GetMapping("/tasks/letters/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", letters.page(id));
        return "task/letter";
    }

    @PostMapping("/tasks/letters/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        problems.flashStep(redirect, "task.letter.submitted", () -> letters.submit(id, version));
        return "redirect:/tasks/letters/" + id;
    }

    @PostMapping("/tasks/letters/{id}/approve")
    String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        problems.flashStep(redirect, "task.letter.approved", () -> letters.approve(id, version));
        return "redirect:/tasks/letters/" + id;
    }

    @PostMapping("/tasks/letters/{id}/return")
    String sendBack(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        problems.flashStep(redirect, "task.letter.returned", () -> letters.sendBack(id, version, reason));
        return "redirect:/tasks/letters/" + id;
    }

    /** The check page: what "Ban hành" will issue, before it does. */
    @GetMapping("/tasks/letters/{id}/issue")
    String check(@PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            model.addAttribute("check", letters.check(id));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
            return "redirect:/tasks/letters/" + id;
        }
        model.addAttribute("titleKey", "task.letter.check.title");
        model.addAttribute("backHref", "/tasks/letters/" + id);
        model.addAttribute("action", "/tasks/letters/" + id + "/issue");
        return "register/check";
    }

    @PostMapping("/tasks/letters/{id}/issue")
    String issue(
            @PathVariable long id, @RequestParam(required = false) String numberLine, RedirectAttributes redirect) {
        if (numberLine == null || numberLine.isBlank()) {
            // issuing always goes through the check page
            return "redirect:/tasks/letters/" + id + "/issue";
        }
        try {
            var letter = letters.issue(id, numberLine);
            redirect.addFlashAttribute("flash", problems.message("task.letter.issued", letter.numberLine()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
            if ("register.issue.numberMoved".equals(e.messageKey())) {
                return "redirect:/tasks/letters/" + id + "/issue";
            }
        }
        return "redirect:/tasks/letters/" + id;
    }

    @GetMapping("/tasks/letters/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Downloads.pdf(letters.pdf(id), "cong-van-" + id + ".pdf");
    }

    @GetMapping("/tasks/letters/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return Downloads.docx(letters.docx(id), "cong-van-" + id + ".docx");
    }
}
