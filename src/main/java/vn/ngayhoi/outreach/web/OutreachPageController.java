package vn.ngayhoi.outreach.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.outreach.ModelLists;
import vn.ngayhoi.outreach.ModelRegistry;
import vn.ngayhoi.outreach.ModelStage;
import vn.ngayhoi.outreach.PracticeModel;
import vn.ngayhoi.outreach.PropagandaChannel;
import vn.ngayhoi.outreach.PropagandaLog;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.shared.web.Problems;

/**
 * The outreach pages: the phone page where a unit logs an activity (channel, count, photo; the rest
 * folded away), the standing office's table by channel and unit where every figure links to its
 * entries, and the models list with status badges and the units still without an effective model.
 */
@Controller
class OutreachPageController {

    private final PropagandaLog log;
    private final vn.ngayhoi.outreach.Slogans slogans;
    private final ModelRegistry registry;
    private final ModelLists lists;
    private final CampaignManagement campaigns;
    private final Problems problems;
    private final Clock clock;

    OutreachPageController(
            PropagandaLog log,
            vn.ngayhoi.outreach.Slogans slogans,
            ModelRegistry registry,
            ModelLists lists,
            CampaignManagement campaigns,
            Problems problems,
            Clock clock) {
        this.log = log;
        this.slogans = slogans;
        this.registry = registry;
        this.lists = lists;
        this.campaigns = campaigns;
        this.problems = problems;
        this.clock = clock;
    }

    /** The campaign asked for, or the newest the account sees; null when it sees none yet. */
    private Campaign campaign(Long id) {
        if (id != null) {
            return campaigns.get(id);
        }
        return campaigns.list().stream().findFirst().orElse(null);
    }

    @GetMapping("/outreach/propaganda")
    String log(
            @RequestParam(required = false) Long campaign,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        Campaign c = campaign(campaign);
        if (c == null) {
            return "outreach/no-campaign";
        }
        fillLog(model, c, unit, channel, ApiList.clampPage(page), ApiList.clampSize(size));
        return "outreach/log";
    }

    private void fillLog(Model model, Campaign c, String unit, String channel) {
        fillLog(model, c, unit, channel, 0, ApiList.DEFAULT_SIZE);
    }

    private void fillLog(Model model, Campaign c, String unit, String channel, int page, int size) {
        model.addAttribute("campaign", c);
        model.addAttribute("unit", unit);
        model.addAttribute("channel", channel);
        model.addAttribute("channels", PropagandaChannel.values());
        PropagandaLog.Page found = log.newest(c.id(), unit, channel, ApiList.offset(page, size), size);
        model.addAttribute("entries", found.items());
        model.addAttribute("entriesPage", new ApiList<>(found.items(), found.total(), page, size));
        model.addAttribute("slogans", slogans.of(c.id()));
        if (!model.containsAttribute("today")) {
            model.addAttribute("today", LocalDate.now(clock));
        }
    }

    /** One form, one tap: channel, count and a photo; the date defaults to today. */
    @PostMapping("/outreach/propaganda")
    String record(
            @RequestParam long campaign,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String count,
            @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String reach,
            @RequestParam(defaultValue = "") String link,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) MultipartFile photo,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        Campaign c = campaigns.get(campaign);
        try {
            LocalDate day =
                    date.isBlank() ? LocalDate.now(clock) : Bounds.parseDate("date", date, "outreach.date.unreadable");
            var entry = log.log(
                    c.id(),
                    unit,
                    new PropagandaLog.Activity(
                            channel, day, number("count", count, true), number("reach", reach, false), link, note),
                    photo == null || photo.isEmpty()
                            ? null
                            : new PropagandaLog.Upload(photo.getOriginalFilename(), photo.getBytes()));
            redirect.addFlashAttribute(
                    "flash",
                    problems.message(
                            "outreach.log.saved",
                            problems.message(entry.channel().messageKey()),
                            entry.count()));
            return "redirect:/outreach/propaganda?campaign=" + c.id();
        } catch (ValidationException e) {
            problems.show(model, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("typedChannel", channel);
            model.addAttribute("typedCount", count);
            model.addAttribute("typedDate", date);
            model.addAttribute("typedReach", reach);
            model.addAttribute("typedLink", link);
            model.addAttribute("typedNote", note);
            fillLog(model, c, unit, "");
            return "outreach/log";
        }
    }

    /** The slogans the unit displayed: a box per slogan and where it hangs. */
    @PostMapping("/outreach/slogans")
    String tick(
            @RequestParam long campaign,
            @RequestParam(name = "slogan", required = false) java.util.List<Integer> ticked,
            @RequestParam java.util.Map<String, String> all,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Campaign c = campaigns.get(campaign);
        java.util.Map<Integer, String> places = new java.util.LinkedHashMap<>();
        for (Integer i : ticked == null ? java.util.List.<Integer>of() : ticked) {
            places.put(i, all.getOrDefault("place" + i, ""));
        }
        try {
            slogans.tick(c.id(), places);
            redirect.addFlashAttribute("flash", problems.message("outreach.slogans.saved", places.size()));
            return "redirect:/outreach/propaganda?campaign=" + c.id();
        } catch (ValidationException e) {
            problems.show(model, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            fillLog(model, c, "", "");
            return "outreach/log";
        }
    }

    private static Integer number(String field, String text, boolean required) {
        String t = text.strip().replace(".", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw ValidationException.of(
                    field, "count".equals(field) ? "outreach.count.range" : "outreach.reach.range", 1_000_000);
        }
    }

    @GetMapping("/outreach/propaganda/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        var p = log.photo(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(p.type()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(p.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(p.content());
    }

    /** The standing office's table: units by channel for the subtree, every figure a link to its entries. */
    @GetMapping("/outreach/summary")
    String summary(
            @RequestParam(required = false) Long campaign, @RequestParam(defaultValue = "") String unit, Model model) {
        Campaign c = campaign(campaign);
        if (c == null) {
            return "outreach/no-campaign";
        }
        model.addAttribute("campaign", c);
        model.addAttribute("unit", unit);
        model.addAttribute("channels", PropagandaChannel.values());
        model.addAttribute("totals", log.summary(c.id(), unit));
        model.addAttribute("rows", log.byUnit(c.id(), unit));
        return "outreach/summary";
    }

    @GetMapping("/outreach/models")
    String models(
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        model.addAttribute("stages", ModelStage.values());
        int p = ApiList.clampPage(page);
        int s = ApiList.clampSize(size);
        ApiList<PracticeModel> found = ApiList.of(lists.page(unit, status, ApiList.offset(p, s), s), p, s);
        model.addAttribute("models", found.items());
        model.addAttribute("modelsPage", found);
        model.addAttribute("without", registry.unitsWithoutEffectiveModel(unit));
        model.addAttribute("today", LocalDate.now(clock));
        return "outreach/models";
    }
}
