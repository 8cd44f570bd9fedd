package vn.ngayhoi.register.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.OutgoingRegister;
import vn.ngayhoi.register.RegisterEntry;
import vn.ngayhoi.register.RegisterSheet;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.shared.web.Problems;

/** The sổ đăng ký văn bản đi: the registers in scope, one register's year with search and filters, its XLSX. */
@Controller
class RegisterPageController {

    private final OutgoingRegister register;
    private final RegisterSheet sheet;
    private final Problems problems;
    private final AccessPolicy policy;

    RegisterPageController(OutgoingRegister register, RegisterSheet sheet, Problems problems, AccessPolicy policy) {
        this.register = register;
        this.sheet = sheet;
        this.problems = problems;
        this.policy = policy;
    }

    @GetMapping("/registers")
    String index(Model model) {
        model.addAttribute("registers", register.visibleRegisters());
        return "register/index";
    }

    @GetMapping("/registers/{unitCode}/{year}")
    String show(
            @PathVariable String unitCode,
            @PathVariable int year,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        int p = ApiList.clampPage(page);
        int s = ApiList.clampSize(size);
        ApiList<RegisterEntry> found = ApiList.of(
                register.page(
                        unitCode, year(year), RegisterApiController.filter(q, type, month), ApiList.offset(p, s), s),
                p,
                s);
        model.addAttribute("unitCode", unitCode);
        model.addAttribute("unitName", register.unitName(unitCode, year));
        model.addAttribute("year", year);
        model.addAttribute("entries", found.items());
        model.addAttribute("entriesPage", found);
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("month", month);
        model.addAttribute(
                "canRecord",
                policy.currentActor()
                        .map(a -> a.has(Role.STANDING_OFFICE)
                                || a.has(Role.UNIT_OFFICER)
                                || a.has(Role.LEADER)
                                || a.has(Role.ADMIN))
                        .orElse(false));
        model.addAttribute(
                "canWithdraw",
                policy.currentActor()
                        .map(a -> a.has(Role.STANDING_OFFICE) || a.has(Role.LEADER) || a.has(Role.ADMIN))
                        .orElse(false));
        model.addAttribute(
                "types",
                Arrays.stream(DocumentType.values()).map(DocumentType::typeName).toList());
        return "register/show";
    }

    @GetMapping({"/registers/{unitCode}/{year}.xlsx", "/api/v1/registers/{unitCode}/{year}.xlsx"})
    ResponseEntity<byte[]> xlsx(
            @PathVariable String unitCode,
            @PathVariable int year,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer month) {
        List<RegisterEntry> entries =
                register.entries(unitCode, year(year), RegisterApiController.filter(q, type, month));
        byte[] body = sheet.xlsx(register.unitName(unitCode, year), year, entries);
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("so-van-ban-di-" + unitCode + "-" + year + ".xlsx")
                                .build()
                                .toString())
                .body(body);
    }

    @PostMapping("/registers/{unitCode}/{year}/entries/{entryId}/withdraw")
    String withdraw(
            @PathVariable String unitCode,
            @PathVariable int year,
            @PathVariable long entryId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            register.withdraw(entryId, reason);
            redirect.addFlashAttribute("flash", problems.message("register.withdraw.done"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
        }
        return "redirect:/registers/" + unitCode + "/" + year;
    }

    @PostMapping("/registers/{unitCode}/{year}/entries/{entryId}/handling")
    String handling(
            @PathVariable String unitCode,
            @PathVariable int year,
            @PathVariable long entryId,
            @RequestParam(defaultValue = "") String copies,
            @RequestParam(defaultValue = "") String priority,
            RedirectAttributes redirect) {
        try {
            register.setHandling(entryId, copies, priority);
            redirect.addFlashAttribute("flash", problems.message("register.handling.done"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        }
        return "redirect:/registers/" + unitCode + "/" + year;
    }

    /** A register year the system could hold; anything else is an unknown page (404), not an error. */
    static int year(int year) {
        if (year < 1945 || year > LocalDate.now().getYear() + 50) {
            throw new NotFoundException("register year " + year);
        }
        return year;
    }
}
