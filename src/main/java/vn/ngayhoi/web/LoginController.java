package vn.ngayhoi.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ngayhoi.shared.web.LoginHints;

/** The Vietnamese sign-in page; lists the demo accounts only when the demo scenario is loaded. */
@Controller
class LoginController {

    private final ObjectProvider<LoginHints> hints;

    LoginController(ObjectProvider<LoginHints> hints) {
        this.hints = hints;
    }

    @GetMapping("/login")
    String login(Model model) {
        LoginHints h = hints.getIfAvailable();
        if (h != null && !h.accounts().isEmpty()) {
            model.addAttribute("demoAccounts", h.accounts());
            model.addAttribute("demoPassword", h.password());
        }
        return "login";
    }
}
