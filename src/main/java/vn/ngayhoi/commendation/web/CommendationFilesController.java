package vn.ngayhoi.commendation.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.commendation.CommendationDecisions;
import vn.ngayhoi.commendation.WorkingDays;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.Problems;

/** The certificates of a decision as one PDF, and the administrator's page of days off. */
@Controller
class CommendationFilesController {

    private final CommendationDecisions decisions;
    private final vn.ngayhoi.commendation.CommendationHistory history;
    private final WorkingDays workingDays;
    private final AccessPolicy policy;
    private final Problems problems;
    private final java.time.Clock clock;

    CommendationFilesController(
            CommendationDecisions decisions,
            vn.ngayhoi.commendation.CommendationHistory history,
            WorkingDays workingDays,
            AccessPolicy policy,
            Problems problems,
            java.time.Clock clock) {
        this.decisions = decisions;
        this.history = history;
        this.workingDays = workingDays;
        this.policy = policy;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/commendations/{id}/certificates.pdf")
    ResponseEntity<byte[]> certificates(@PathVariable long id) {
        byte[] pdf = decisions.certificates(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("giay-khen-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/commendations/{id}.xlsx")
    ResponseEntity<byte[]> sheet(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("khen-thuong-" + id + ".xlsx")
                                .build()
                                .toString())
                .body(history.xlsx(id));
    }

    @GetMapping("/commendations/history")
    String history(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("at", at);
        if (!unit.isBlank()) {
            model.addAttribute(
                    "awards",
                    history.ofUnit(unit, at).stream()
                            .filter(a -> q.isBlank() || vn.ngayhoi.shared.Texts.containsFolded(a.name(), q))
                            .toList());
        } else {
            model.addAttribute("awards", q.isBlank() ? java.util.List.of() : history.search(q));
        }
        return "commendation/history";
    }

    @GetMapping("/admin/holidays")
    String holidays(@RequestParam(required = false) Integer year, Model model) {
        policy.requireAnyRole(Role.ADMIN);
        int y = year == null ? LocalDate.now(clock).getYear() : Bounds.year("year", year);
        model.addAttribute("year", y);
        model.addAttribute("days", workingDays.daysOfYear(y));
        return "commendation/holidays";
    }

    @PostMapping("/admin/holidays")
    String putHoliday(
            @RequestParam(required = false) LocalDate day,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean working,
            RedirectAttributes redirect) {
        try {
            workingDays.put(day, working, name);
            redirect.addFlashAttribute("flash", problems.message("commendation.saved"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        }
        return "redirect:/admin/holidays" + (day == null ? "" : "?year=" + day.getYear());
    }

    @PostMapping("/admin/holidays/delete")
    String deleteHoliday(@RequestParam(required = false) LocalDate day, RedirectAttributes redirect) {
        policy.requireAnyRole(Role.ADMIN);
        if (day == null) {
            redirect.addFlashAttribute("flashError", problems.message("commendation.holiday.day"));
            return "redirect:/admin/holidays";
        }
        workingDays.remove(Bounds.date("day", day));
        redirect.addFlashAttribute("flash", problems.message("commendation.saved"));
        return "redirect:/admin/holidays?year=" + day.getYear();
    }
}
