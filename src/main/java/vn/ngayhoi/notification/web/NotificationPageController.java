package vn.ngayhoi.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.shared.web.Problems;

/** The signed-in account's notices, newest first, and marking them read. */
@Controller
class NotificationPageController {

    private final NotificationCenter notifications;
    private final AccessPolicy policy;
    private final Problems problems;

    NotificationPageController(NotificationCenter notifications, AccessPolicy policy, Problems problems) {
        this.notifications = notifications;
        this.policy = policy;
        this.problems = problems;
    }

    @GetMapping("/notifications")
    String list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        Actor actor = policy.requireActor();
        int p = ApiList.clampPage(page);
        int s = ApiList.clampSize(size);
        ApiList<NotificationCenter.Notice> found =
                ApiList.of(notifications.page(actor.userId(), ApiList.offset(p, s), s), p, s);
        model.addAttribute("notices", found.items());
        model.addAttribute("noticesPage", found);
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
