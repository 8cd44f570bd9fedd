package vn.ngayhoi.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.web.Problems;

/** The signed-in account's notices, newest first, and marking them read. */
@Controller
class NotificationPageController {

    static final int SHOWN = 50;

    private final NotificationCenter notifications;
    private final AccessPolicy policy;
    private final Problems problems;

    NotificationPageController(NotificationCenter notifications, AccessPolicy policy, Problems problems) {
        this.notifications = notifications;
        this.policy = policy;
        this.problems = problems;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        Actor actor = policy.requireActor();
        model.addAttribute("notices", notifications.latest(actor.userId(), SHOWN));
        model.addAttribute("unread", notifications.unread(actor.userId()));
        return "notification/list";
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        Actor actor = policy.requireActor();
        notifications.markAllRead(actor.userId());
        redirect.addFlashAttribute("flash", problems.message("notification.allRead"));
        return "redirect:/notifications";
    }
}
