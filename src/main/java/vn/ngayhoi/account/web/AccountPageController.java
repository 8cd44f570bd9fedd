package vn.ngayhoi.account.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.CreateUser;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.Problems;

/** Change one's own password; administrators list, create and reset accounts. */
@Controller
class AccountPageController {

    private final AccountManagement accounts;
    private final Problems problems;

    AccountPageController(AccountManagement accounts, Problems problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw ValidationException.of("confirmPassword", "account.password.mismatch");
            }
            accounts.changeOwnPassword(currentPassword, newPassword);
            redirect.addFlashAttribute("flash", problems.message("account.password.changed"));
            return "redirect:/";
        } catch (ValidationException e) {
            problems.show(model, e);
            return "account/password";
        }
    }

    @GetMapping("/admin/users")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        int p = vn.ngayhoi.shared.web.ApiList.clampPage(page);
        int s = vn.ngayhoi.shared.web.ApiList.clampSize(size);
        var found =
                vn.ngayhoi.shared.web.ApiList.of(accounts.page(q, vn.ngayhoi.shared.web.ApiList.offset(p, s), s), p, s);
        model.addAttribute("users", found.items());
        model.addAttribute("usersPage", found);
        model.addAttribute("q", q);
        return "account/users";
    }

    @GetMapping("/admin/users/new")
    String newForm(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("form", new CreateUser("", "", "", "", "", Set.of()));
        return "account/new";
    }

    @PostMapping("/admin/users")
    String create(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String position,
            @RequestParam(defaultValue = "") String unitCode,
            @RequestParam(required = false) List<String> roles,
            Model model,
            RedirectAttributes redirect) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream()
                    .filter(r ->
                            Arrays.stream(Role.values()).anyMatch(v -> v.name().equals(r)))
                    .map(Role::valueOf)
                    .forEach(chosen::add);
        }
        CreateUser form = new CreateUser(username, password, fullName, position, unitCode, chosen);
        try {
            UserView created = accounts.create(form);
            redirect.addFlashAttribute("flash", problems.message("account.created", created.username()));
            return "redirect:/admin/users/" + created.id();
        } catch (ValidationException e) {
            problems.show(model, e);
        } catch (ConflictException e) {
            problems.show(model, List.of(new Problems.Shown("username", problems.message(e.messageKey(), e.args()))));
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("form", new CreateUser(username, "", fullName, position, unitCode, chosen));
        return "account/new";
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("user", accounts.get(id));
        return "account/user";
    }

    @PostMapping("/admin/users/{id}/password")
    String reset(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String newPassword,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, newPassword);
            redirect.addFlashAttribute("flash", problems.message("account.password.reset"));
            return "redirect:/admin/users/" + id;
        } catch (ValidationException e) {
            problems.show(model, e);
            model.addAttribute("user", accounts.get(id));
            return "account/user";
        }
    }
}
