package vn.ngayhoi.audit.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.audit.AuditEntry;
import vn.ngayhoi.audit.AuditQuery;
import vn.ngayhoi.audit.AuditTrail;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.web.ApiList;

/** Administrators browse and filter the trail. */
@Controller
class AuditPageController {

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
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        AuditQuery query = new AuditQuery(
                actor,
                action,
                target,
                Bounds.date("from", from),
                Bounds.date("to", to),
                // an absurd page stays a 400 naming the field here, as FormWalkIntegrationTests holds
                ApiList.page(page),
                ApiList.clampSize(size));
        long total = trail.count(query);
        List<AuditEntry> entries = trail.find(query);
        model.addAttribute("entries", entries);
        model.addAttribute("names", fullNames(entries));
        model.addAttribute("total", total);
        model.addAttribute("query", query);
        model.addAttribute("actions", trail.actions());
        model.addAttribute("entriesPage", new ApiList<>(entries, total, query.page(), query.size()));
        return "audit/trail";
    }

    /**
     * The full name of each account on the page, so a reader sees who acted and not only a login;
     * the trail keeps the username (an account may be renamed, a failed login names no account), so
     * names are looked up when shown, and an actor with no account keeps just its username.
     */
    private Map<String, String> fullNames(List<AuditEntry> entries) {
        // one statement for the page's actors, not one per row (issue 20)
        Map<String, String> found = accounts.systemFullNames(
                entries.stream().map(AuditEntry::actor).filter(a -> a != null).collect(Collectors.toSet()));
        Map<String, String> names = new HashMap<>();
        for (AuditEntry e : entries) {
            if (e.actor() != null) {
                String name = found.get(e.actor().toLowerCase(Locale.ROOT));
                names.put(e.actor(), name == null || name.isBlank() ? null : name);
            }
        }
        return names;
    }
}
