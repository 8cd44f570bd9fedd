package vn.ngayhoi.outreach.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.outreach.ModelRegistry;
import vn.ngayhoi.outreach.PracticeModel;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.Problems;

/**
 * Recording a model from a page: the festival's "ra mắt mô hình" step links here with the festival,
 * its unit, its date and the model's name filled in; a model's page takes the yearly review and the
 * retirement.
 */
@Controller
class ModelPageController {

    private final ModelRegistry registry;
    private final FestivalManagement festivals;
    private final Problems problems;
    private final AccessPolicy policy;
    private final Clock clock;

    ModelPageController(
            ModelRegistry registry, FestivalManagement festivals, Problems problems, AccessPolicy policy, Clock clock) {
        this.registry = registry;
        this.festivals = festivals;
        this.policy = policy;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/outreach/models/new")
    String form(@RequestParam(required = false) Long festival, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String key : new String[] {"name", "field", "unit", "launchedOn", "festival", "description", "origin"}) {
            typed.put(key, "");
        }
        if (festival != null) {
            Festival f = festivals.get(festival);
            typed.put("festival", Long.toString(f.id()));
            typed.put("unit", f.unitCode());
            typed.put("launchedOn", f.startsAt().toLocalDate().toString());
            typed.put(
                    "name", f.details().modelLaunch() == null ? "" : f.details().modelLaunch());
            model.addAttribute("festival", f);
        }
        model.addAttribute("typed", typed);
        return "outreach/model-form";
    }

    @PostMapping("/outreach/models/new")
    String register(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String field,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String launchedOn,
            @RequestParam(required = false) Long festival,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) Long origin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            LocalDate launched = launchedOn.isBlank()
                    ? null
                    : Bounds.parseDate("launchedOn", launchedOn, "outreach.date.unreadable");
            PracticeModel m = registry.register(
                    new ModelRegistry.NewPracticeModel(name, field, unit, launched, festival, description, origin));
            redirect.addFlashAttribute("flash", problems.message("outreach.model.saved", m.name()));
            return "redirect:/outreach/models/" + m.id();
        } catch (ValidationException e) {
            problems.show(model, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("name", name);
            typed.put("field", field);
            typed.put("unit", unit);
            typed.put("launchedOn", launchedOn);
            typed.put("festival", festival == null ? "" : Long.toString(festival));
            typed.put("description", description);
            typed.put("origin", origin == null ? "" : Long.toString(origin));
            model.addAttribute("typed", typed);
            return "outreach/model-form";
        }
    }

    @PostMapping("/outreach/models/{id}/review")
    String review(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Boolean effective,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, "outreach.review.saved", () -> {
            registry.review(id, year, effective, reason);
        });
    }

    @PostMapping("/outreach/models/{id}/retire")
    String retire(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, "outreach.model.retired", () -> {
            registry.retire(id, reason, version);
        });
    }

    private String act(
            long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String done,
            Runnable action) {
        return problems.stepOrShow(model, response, redirect, done, action, "/outreach/models/" + id, () -> {
            fill(model, id);
            return "outreach/model";
        });
    }

    @GetMapping("/outreach/models/{id}")
    String show(@PathVariable long id, Model model) {
        fill(model, id);
        return "outreach/model";
    }

    private void fill(Model model, long id) {
        PracticeModel m = registry.get(id);
        LocalDate today = LocalDate.now(clock);
        Actor actor = policy.requireActor();
        model.addAttribute("m", m);
        model.addAttribute("reviews", registry.reviews(id));
        model.addAttribute("replications", registry.replicationsOf(id));
        model.addAttribute("today", today);
        model.addAttribute("year", today.getYear());
        boolean working = m.stageOn(today).active();
        model.addAttribute(
                "canReview",
                working
                        && (actor.has(Role.STANDING_OFFICE)
                                || actor.has(Role.LEADER)
                                || actor.has(Role.DEPARTMENT_OFFICER)
                                || actor.has(Role.ADMIN)));
        model.addAttribute(
                "canRetire",
                m.retiredOn() == null
                        && (actor.has(Role.UNIT_OFFICER)
                                || actor.has(Role.STANDING_OFFICE)
                                || actor.has(Role.DEPARTMENT_OFFICER)
                                || actor.has(Role.ADMIN)));
    }
}
