package vn.ngayhoi.budget.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.budget.Estimates;
import vn.ngayhoi.budget.Gifts;
import vn.ngayhoi.shared.web.Problems;

/** A festival's gift list, the form to add a gift, "handed" per gift, and the printable list with its receipt sheet. */
@Controller
class GiftPageController {

    private final Gifts gifts;
    private final Estimates estimates;
    private final AccountManagement accounts;
    private final Problems problems;

    GiftPageController(Gifts gifts, Estimates estimates, AccountManagement accounts, Problems problems) {
        this.gifts = gifts;
        this.estimates = estimates;
        this.accounts = accounts;
        this.problems = problems;
    }

    private void fill(long festivalId, Model model) {
        Gifts.GiftList list = gifts.of(festivalId);
        model.addAttribute("list", list);
        model.addAttribute(
                "leaders",
                list.leaders().stream()
                        .map(accounts::systemFind)
                        .flatMap(java.util.Optional::stream)
                        .map(UserView.class::cast)
                        .toList());
    }

    @GetMapping("/festivals/{id}/gifts")
    String list(@PathVariable long id, Model model) {
        fill(id, model);
        return "budget/gifts";
    }

    @GetMapping("/festivals/{id}/gifts/print")
    String print(@PathVariable long id, Model model) {
        fill(id, model);
        return "budget/gifts-print";
    }

    @PostMapping("/festivals/{id}/gifts")
    String add(@PathVariable long id, @ModelAttribute Forms.GiftForm form, RedirectAttributes redirect) {
        problems.flashStep(
                redirect,
                "budget.gift.added",
                () -> gifts.add(
                        id,
                        new Gifts.NewGift(
                                form.recipient(),
                                form.recipientKind(),
                                form.category(),
                                form.kind(),
                                Forms.number(form.value()),
                                Forms.number(form.giver()))));
        return "redirect:/festivals/" + id + "/gifts";
    }

    @PostMapping("/festivals/{id}/gifts/{giftId}/handed")
    String handed(@PathVariable long id, @PathVariable long giftId, RedirectAttributes redirect) {
        problems.flashStep(redirect, "budget.gift.handed", () -> gifts.handed(giftId));
        return "redirect:/festivals/" + id + "/gifts";
    }

    /** The festival's gifts become gift lines of an estimate (one per kind and value). */
    @PostMapping("/budgets/{id}/gift-lines")
    String giftLines(@PathVariable long id, @ModelAttribute Forms.FestivalForm form, RedirectAttributes redirect) {
        problems.flashStep(redirect, "budget.line.added", () -> {
            Long f = Forms.number(form.festival());
            if (f == null || f < 0) {
                throw vn.ngayhoi.shared.ValidationException.of("festival", "budget.festival.required");
            }
            estimates.addGiftLines(id, f);
        });
        return "redirect:/budgets/" + id;
    }
}
