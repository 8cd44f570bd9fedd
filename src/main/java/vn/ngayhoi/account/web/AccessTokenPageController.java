package vn.ngayhoi.account.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.ngayhoi.account.AccessTokens;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.Problems;

/**
 * "Mã truy cập và lịch đăng ký" under the account menu: the account's API tokens and calendar feed
 * URLs, made and revoked here. A new secret is shown on the answer to the form that made it and
 * nowhere else (it is not stored).
 */
@Controller
class AccessTokenPageController {

    private final AccessTokens tokens;
    private final CampaignManagement campaigns;
    private final Problems problems;
    private final Clock clock;
    private final AccessPolicy policy;

    AccessTokenPageController(
            AccessTokens tokens, CampaignManagement campaigns, Problems problems, Clock clock, AccessPolicy policy) {
        this.policy = policy;
        this.tokens = tokens;
        this.campaigns = campaigns;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/account/tokens")
    String page(Model model) {
        return show(model);
    }

    @PostMapping("/account/tokens")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String scope,
            @RequestParam(defaultValue = "") String expiresOn,
            Model model) {
        try {
            AccessTokens.Issued issued = tokens.createApiToken(name, endOf("expiresOn", expiresOn), scope);
            model.addAttribute("createdToken", issued.secret());
        } catch (ValidationException e) {
            problems.show(model, e);
            model.addAttribute("tokenForm", true);
        }
        return show(model);
    }

    @PostMapping("/account/calendar-feeds")
    String createFeed(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(defaultValue = "") String expiresOn,
            Model model) {
        try {
            AccessTokens.Issued issued =
                    tokens.createCalendarToken(name, endOf("feedExpiresOn", expiresOn), campaignId);
            String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/calendar/" + issued.secret() + ".ics")
                    .toUriString();
            model.addAttribute("createdFeedUrl", url);
            model.addAttribute("createdFeedWebcal", url.replaceFirst("^https?://", "webcal://"));
            model.addAttribute(
                    "createdFeedQr",
                    "data:image/svg+xml;base64,"
                            + java.util.Base64.getEncoder()
                                    .encodeToString(QrCode.svg(url).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (ValidationException e) {
            problems.show(model, e);
        }
        return show(model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        var revoked = tokens.revoke(id);
        redirect.addFlashAttribute("flash", problems.message("token.revoked", revoked.name()));
        return "redirect:/account/tokens";
    }

    private String show(Model model) {
        model.addAttribute("apiTokens", tokens.mine(AccessTokens.Kind.API));
        model.addAttribute("feeds", tokens.mine(AccessTokens.Kind.CALENDAR));
        model.addAttribute("campaigns", campaigns.list());
        // Administrators also see, and may revoke, every other account's tokens and feeds.
        if (policy.requireActor().has(Role.ADMIN)) {
            String me = policy.requireActor().username();
            model.addAttribute(
                    "othersTokens",
                    tokens.all().stream().filter(t -> !t.username().equals(me)).toList());
        }
        model.addAttribute("now", clock.instant());
        model.addAttribute("defaultExpiry", LocalDate.now(clock).plusDays(90));
        model.addAttribute("maxExpiry", LocalDate.now(clock).plusYears(1));
        return "account/tokens";
    }

    /** The end of the chosen day in Vietnam: a token "until 31/12" works all of that day. */
    private static OffsetDateTime endOf(String field, String date) {
        if (date.isBlank()) {
            return null;
        }
        LocalDate day = vn.ngayhoi.shared.Bounds.parseDate(field, date, "token.expiresAt.range");
        return day.plusDays(1).atStartOfDay(Formats.ZONE).minusSeconds(1).toOffsetDateTime();
    }
}
