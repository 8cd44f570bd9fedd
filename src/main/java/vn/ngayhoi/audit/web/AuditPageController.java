package vn.ngayhoi.audit.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.audit.AuditEntry;
import vn.ngayhoi.audit.AuditQuery;
import vn.ngayhoi.audit.AuditTrail;
import vn.ngayhoi.shared.Bounds;

/** Administrators browse and filter the trail. */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final AccountManagement accounts;

    AuditPageController(AuditTrail trail, AccountManagement accounts) {
        this.trail = trail;
        this.accounts = accounts;
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
        List<AuditEntry> entries = trail.find(query);
        model.addAttribute("entries", entries);
        model.addAttribute("names", fullNames(entries));
        model.addAttribute("total", total);
        model.addAttribute("query", query);
        model.addAttribute("actions", trail.actions());
        model.addAttribute("hasNext", (long) (query.page() + 1) * PAGE_SIZE < total);
        return "audit/trail";
    }

    /**
     * The full name of each account on the page, so a reader sees who acted and not only a login;
     * the trail keeps the username (an account may be renamed, a failed login names no account), so
     * names are looked up when shown, and an actor with no account keeps just its username.
     */
    private Map<String, String> fullNames(List<AuditEntry> entries) {
        Map<String, String> names = new HashMap<>();
        for (AuditEntry e : entries) {
            if (e.actor() != null && !names.containsKey(e.actor())) {
                names.put(
                        e.actor(),
                        accounts.systemFindByUsername(e.actor())
                                .map(UserView::fullName)
                                .filter(n -> !n.isBlank())
                                .orElse(null));
            }
        }
        return names;
    }
}
