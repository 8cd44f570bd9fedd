package vn.ngayhoi.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/** The layout's navigation, by role, on every page. */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

    private final AccessPolicy policy;

    Navigation(AccessPolicy policy) {
        this.policy = policy;
    }

    /** A link in the main menu; {@code labelKey} is a message key. */
    record NavItem(String labelKey, String href, boolean active) {}

    @ModelAttribute("actor")
    Actor actor() {
        return policy.currentActor().orElse(null);
    }

    @ModelAttribute("nav")
    List<NavItem> nav(HttpServletRequest request) {
        var actor = policy.currentActor();
        if (actor.isEmpty()) {
            return List.of();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<NavItem> items = new ArrayList<>();
        add(items, path, "nav.home", "/");
        add(items, path, "nav.tasks", "/tasks");
        add(items, path, "nav.festivals", "/festivals");
        add(items, path, "nav.plans", "/plans");
        add(items, path, "nav.reports", "/reports");
        add(items, path, "nav.forum", "/forum");
        add(items, path, "nav.commendations", "/commendations");
        add(items, path, "nav.outreach", "/outreach/propaganda");
        add(items, path, "nav.evaluation", "/evaluation");
        add(items, path, "nav.budget", "/budgets");
        add(items, path, "nav.registers", "/registers");
        add(items, path, "nav.units", "/org-units");
        if (actor.get().has(Role.ADMIN)) {
            add(items, path, "nav.users", "/admin/users");
            add(items, path, "nav.import", "/admin/org-units/import");
            add(items, path, "nav.audit", "/admin/audit");
            add(items, path, "nav.holidays", "/admin/holidays");
        }
        add(items, path, "nav.notifications", "/notifications");
        add(items, path, "nav.password", "/account/password");
        add(items, path, "nav.tokens", "/account/tokens");
        return items;
    }

    private static void add(List<NavItem> items, String path, String key, String href) {
        boolean active = href.equals("/") ? path.equals("/") : path.startsWith(href);
        items.add(new NavItem(key, href, active));
    }
}
