package vn.ngayhoi.outreach.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.outreach.Coverage;
import vn.ngayhoi.outreach.CoverageAssignment;
import vn.ngayhoi.outreach.CoverageItem;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.shared.web.Problems;

/** The campaign's coverage list (with the standing office's assign form) and one assignment with its items. */
@Controller
class CoveragePageController {

    private final Coverage coverage;
    private final CampaignManagement campaigns;
    private final FestivalManagement festivals;
    private final AccessPolicy policy;
    private final Problems problems;
    private final Clock clock;

    CoveragePageController(
            Coverage coverage,
            CampaignManagement campaigns,
            FestivalManagement festivals,
            AccessPolicy policy,
            Problems problems,
            Clock clock) {
        this.coverage = coverage;
        this.campaigns = campaigns;
        this.festivals = festivals;
        this.policy = policy;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/outreach/coverage")
    String list(
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        Campaign c = campaign(campaign);
        if (c == null) {
            return "outreach/no-campaign";
        }
        fillList(model, c, ApiList.clampPage(page), ApiList.clampSize(size));
        return "outreach/coverage";
    }

    /** The campaign asked for, or the newest the account sees; null when it sees none yet. */
    private Campaign campaign(Long id) {
        if (id != null) {
            return campaigns.get(id);
        }
        return campaigns.list().stream().findFirst().orElse(null);
    }

    private void fillList(Model model, Campaign c) {
        fillList(model, c, 0, ApiList.DEFAULT_SIZE);
    }

    private void fillList(Model model, Campaign c, int page, int size) {
        ApiList<CoverageAssignment> found =
                ApiList.of(coverage.page(c.id(), ApiList.offset(page, size), size), page, size);
        Map<Long, List<CoverageItem>> items = coverage.itemsOf(found.items());
        model.addAttribute("campaign", c);
        model.addAttribute("assignments", found.items());
        model.addAttribute("assignmentsPage", found);
        model.addAttribute("items", items);
        model.addAttribute("today", LocalDate.now(clock));
        boolean office = policy.requireActor().has(Role.STANDING_OFFICE)
                || policy.requireActor().has(Role.ADMIN);
        model.addAttribute("office", office);
        model.addAttribute("tasks", Coverage.TASKS);
        if (office) {
            model.addAttribute("festivals", festivals.list(c.id(), null, List.of()));
        }
    }

    @PostMapping("/outreach/coverage")
    String assign(
            @RequestParam long campaign,
            @RequestParam(required = false) Long festival,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(name = "task", required = false) List<String> tasks,
            @RequestParam(defaultValue = "") String dueDate,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Campaign c = campaigns.get(campaign);
        try {
            if (festival == null) {
                throw ValidationException.of("festival", "outreach.coverage.festival.required");
            }
            LocalDate due = dueDate.isBlank() ? null : Bounds.parseDate("dueDate", dueDate, "outreach.date.unreadable");
            CoverageAssignment a = coverage.assign(festival, unit, tasks, due);
            redirect.addFlashAttribute("flash", problems.message("outreach.coverage.assigned", a.unitName()));
            return "redirect:/outreach/coverage?campaign=" + c.id();
        } catch (ValidationException e) {
            problems.show(model, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            fillList(model, c);
            return "outreach/coverage";
        }
    }

    @GetMapping("/outreach/coverage/{id}")
    String show(@PathVariable long id, Model model) {
        fillShow(model, id);
        return "outreach/assignment";
    }

    private void fillShow(Model model, long id) {
        CoverageAssignment a = coverage.get(id);
        model.addAttribute("a", a);
        model.addAttribute("items", coverage.items(id));
        model.addAttribute("kinds", Coverage.KINDS);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canRecord", policy.canSee(policy.requireActor(), a.unitPath()));
    }

    @PostMapping("/outreach/coverage/{id}/items")
    String record(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String outlet,
            @RequestParam(defaultValue = "") String publishedOn,
            @RequestParam(defaultValue = "") String link,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            LocalDate published = publishedOn.isBlank()
                    ? null
                    : Bounds.parseDate("publishedOn", publishedOn, "outreach.date.unreadable");
            coverage.record(id, new Coverage.NewItem(kind, title, outlet, published, link));
            redirect.addFlashAttribute("flash", problems.message("outreach.coverage.recorded"));
            return "redirect:/outreach/coverage/" + id;
        } catch (ValidationException e) {
            problems.show(model, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            fillShow(model, id);
            model.addAttribute(
                    "typed",
                    Map.of("kind", kind, "title", title, "outlet", outlet, "publishedOn", publishedOn, "link", link));
            return "outreach/assignment";
        }
    }
}
