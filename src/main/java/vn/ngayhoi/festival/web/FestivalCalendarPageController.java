package vn.ngayhoi.festival.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalCalendar;
import vn.ngayhoi.festival.FestivalCalendar.Entry;
import vn.ngayhoi.festival.FestivalCalendar.LeaderChoice;
import vn.ngayhoi.festival.FestivalClashes.Leader;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.SystemDate;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.Problems;

/** The festival calendar (month or list), leader assignment with clash warnings, a leader's own schedule. */
@Controller
class FestivalCalendarPageController {

    private final FestivalCalendar calendar;
    private final FestivalManagement festivals;
    private final vn.ngayhoi.festival.FestivalLeaders leaders;
    private final CampaignManagement campaigns;
    private final SystemDate systemDate;
    private final AccessPolicy policy;
    private final Problems problems;

    FestivalCalendarPageController(
            FestivalCalendar calendar,
            FestivalManagement festivals,
            vn.ngayhoi.festival.FestivalLeaders leaders,
            CampaignManagement campaigns,
            SystemDate systemDate,
            AccessPolicy policy,
            Problems problems) {
        this.calendar = calendar;
        this.festivals = festivals;
        this.leaders = leaders;
        this.campaigns = campaigns;
        this.systemDate = systemDate;
        this.policy = policy;
        this.problems = problems;
    }

    @GetMapping("/festivals/calendar")
    String calendar(
            @RequestParam(required = false) Long campaign,
            @RequestParam(defaultValue = "month") String view,
            @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(required = false) Integer level,
            Model model) {
        List<Campaign> visible = campaigns.list();
        // Boxed on purpose: a territory without a campaign has none, and a ternary of long and null
        // unboxed that null (500 for every such account).
        Long campaignId = null;
        if (campaign != null) {
            campaignId = campaigns.get(campaign).id();
        } else if (!visible.isEmpty()) {
            campaignId = visible.get(0).id();
        }
        Integer tier = level != null && (level == 3 || level == 4) ? level : null;
        List<Entry> entries = calendar.entries(campaignId, type.isBlank() ? null : type, tier);
        YearMonth shown = parseMonth(month, entries);
        boolean list = "list".equals(view);
        model.addAttribute("campaigns", visible);
        model.addAttribute("campaign", campaignId);
        model.addAttribute("view", list ? "list" : "month");
        model.addAttribute("type", type);
        model.addAttribute("level", tier);
        model.addAttribute("types", calendar.filterTypes());
        model.addAttribute("entries", entries);
        model.addAttribute("clashCount", entries.stream().filter(Entry::clashed).count());
        model.addAttribute("month", shown);
        model.addAttribute("monthLabel", String.format("%02d/%d", shown.getMonthValue(), shown.getYear()));
        model.addAttribute("previous", shown.minusMonths(1).toString());
        model.addAttribute("next", shown.plusMonths(1).toString());
        model.addAttribute("weeks", FestivalCalendar.month(shown, entries));
        model.addAttribute("groups", FestivalCalendar.byDate(entries));
        model.addAttribute("today", systemDate.today());
        model.addAttribute("office", office());
        return "festival/calendar";
    }

    /** The month asked for; else the one of today when it has festivals; else that of the first festival. */
    private YearMonth parseMonth(String month, List<Entry> entries) {
        if (month != null && !month.isBlank()) {
            try {
                return Bounds.month("month", YearMonth.parse(month.strip()));
            } catch (DateTimeParseException e) {
                // fall through to the default
            }
        }
        YearMonth now = YearMonth.from(systemDate.today());
        if (entries.isEmpty()
                || entries.stream().anyMatch(e -> YearMonth.from(e.date()).equals(now))) {
            return now;
        }
        return entries.stream()
                .map(e -> YearMonth.from(e.date()))
                .filter(m -> !m.isBefore(now))
                .findFirst()
                .orElse(YearMonth.from(entries.get(0).date()));
    }

    @GetMapping("/festivals/schedule")
    String schedule(Model model) {
        model.addAttribute("entries", calendar.mySchedule());
        model.addAttribute("today", systemDate.today());
        return "festival/schedule";
    }

    @GetMapping("/festivals/{id}/leaders")
    String leaders(@PathVariable long id, Model model) {
        model.addAttribute("assignment", calendar.assignment(id));
        return "festival/leaders";
    }

    @PostMapping("/festivals/{id}/leaders")
    String assign(@PathVariable long id, @RequestParam(required = false) Long userId, RedirectAttributes redirect) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        if (userId == null) {
            redirect.addFlashAttribute("flashError", problems.message("festival.leader.choose"));
            return "redirect:/festivals/" + id + "/leaders";
        }
        try {
            var user = calendar.leaderAccount(userId);
            leaders.assignLeader(id, user.id(), user.username());
            Festival festival = festivals.get(id);
            LeaderChoice after = calendar.choice(festival, new Leader(user.id(), user.fullName()));
            redirect.addFlashAttribute("flash", problems.message("festival.leader.assigned", user.fullName()));
            if (after.unseenClashes() > 0 && after.clashesWith().isEmpty()) {
                redirect.addFlashAttribute(
                        "flashError", problems.message("festival.leader.clashAfterUnseen", user.fullName()));
            } else if (after.clashed()) {
                Festival other = after.clashesWith().get(0);
                redirect.addFlashAttribute(
                        "flashError",
                        problems.message(
                                "festival.leader.clashAfter",
                                user.fullName(),
                                other.unitName(),
                                new Formats().dateTime(other.startsAt())));
            }
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        }
        return "redirect:/festivals/" + id + "/leaders";
    }

    @PostMapping("/festivals/{id}/leaders/{userId}/remove")
    String remove(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        leaders.removeLeader(id, userId);
        redirect.addFlashAttribute("flash", problems.message("festival.leader.removed"));
        return "redirect:/festivals/" + id + "/leaders";
    }

    private boolean office() {
        var actor = policy.requireActor();
        return actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN);
    }
}
