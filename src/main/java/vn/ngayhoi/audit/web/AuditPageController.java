package vn.ngayhoi.audit.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ngayhoi.audit.AuditQuery;
import vn.ngayhoi.audit.AuditTrail;
import vn.ngayhoi.shared.Bounds;

/** Administrators browse and filter the trail. */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String browse(
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String target,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditQuery query = new AuditQuery(
                actor,
                action,
                target,
                Bounds.date("from", from),
                Bounds.date("to", to),
                Bounds.page("page", page, 0),
                PAGE_SIZE);
        long total = trail.count(query);
        model.addAttribute("entries", trail.find(query));
        model.addAttribute("total", total);
        model.addAttribute("query", query);
        model.addAttribute("actions", trail.actions());
        model.addAttribute("hasNext", (long) (query.page() + 1) * PAGE_SIZE < total);
        return "audit/trail";
    }
}
