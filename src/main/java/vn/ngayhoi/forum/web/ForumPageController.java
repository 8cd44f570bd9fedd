package vn.ngayhoi.forum.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.forum.Forum;
import vn.ngayhoi.forum.ForumFigures;
import vn.ngayhoi.forum.ForumTopics;
import vn.ngayhoi.forum.Opinion;
import vn.ngayhoi.forum.OpinionStatus;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.shared.web.Problems;

/** The forum for staff: the list with its figures, one opinion and what can be done with it, the session intake. */
@Controller
class ForumPageController {

    private final Forum forum;
    private final ForumTopics topics;
    private final ForumFigures figures;
    private final FestivalManagement festivals;
    private final AccessPolicy policy;
    private final Problems problems;
    private final Clock clock;

    ForumPageController(
            Forum forum,
            ForumTopics topics,
            ForumFigures figures,
            FestivalManagement festivals,
            AccessPolicy policy,
            Problems problems,
            Clock clock) {
        this.forum = forum;
        this.topics = topics;
        this.figures = figures;
        this.festivals = festivals;
        this.policy = policy;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/forum")
    String list(
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String topic,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            HttpServletResponse response,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        int y = year == null ? today.getYear() : year;
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        model.addAttribute("topic", topic);
        model.addAttribute("year", y);
        model.addAttribute("today", today);
        model.addAttribute("topics", forum.topics());
        model.addAttribute("statuses", OpinionStatus.values());
        Actor actor = policy.requireActor();
        model.addAttribute("office", actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN));
        try {
            int p = ApiList.clampPage(page);
            int s = ApiList.clampSize(size);
            ApiList<Opinion> found = ApiList.of(forum.page(unit, status, topic, false, ApiList.offset(p, s), s), p, s);
            model.addAttribute("opinions", found.items());
            model.addAttribute("opinionsPage", found);
            model.addAttribute("figures", figures.of(unit.matches("[0-9A-Za-z_-]{1,20}") ? unit : null, y, today));
        } catch (ValidationException e) {
            problems.show(model, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("opinions", List.of());
            model.addAttribute("opinionsPage", ApiList.all(List.of()));
        }
        return "forum/list";
    }

    @GetMapping("/forum/{id}")
    String show(@PathVariable long id, Model model) {
        fill(model, forum.get(id));
        return "forum/show";
    }

    @GetMapping("/forum/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        var photo = forum.photos(id).stream()
                .filter(p -> p.id() == photoId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("photo#" + photoId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(photo.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(photo.content());
    }

    @PostMapping("/forum/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam int version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, "forum.answered", () -> forum.answer(id, text, version));
    }

    @PostMapping("/forum/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam int version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, "forum.approved", () -> forum.approve(id, version));
    }

    @PostMapping("/forum/{id}/route")
    String route(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String unitCode,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam int version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, "forum.routed", () -> forum.route(id, unitCode, reason, version));
    }

    @PostMapping("/forum/{id}/publish")
    String publish(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String question,
            @RequestParam int version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, "forum.published", () -> forum.publish(id, question, version));
    }

    @PostMapping("/forum/{id}/hide")
    String hide(
            @PathVariable long id,
            @RequestParam(required = false) Forum.HideReason reason,
            @RequestParam(defaultValue = "") String note,
            @RequestParam int version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, "forum.hidden", () -> forum.hide(id, reason, note, version));
    }

    @GetMapping("/forum/topics")
    String topics(Model model) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        model.addAttribute("rows", topics.all());
        return "forum/topics";
    }

    @PostMapping("/forum/topics")
    String addTopic(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        try {
            topics.add(name);
            redirect.addFlashAttribute("flash", problems.message("forum.topic.added"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        }
        return "redirect:/forum/topics";
    }

    @PostMapping("/forum/topics/{code}")
    String switchTopic(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
        topics.setActive(code, active);
        redirect.addFlashAttribute("flash", problems.message("forum.topic.saved"));
        return "redirect:/forum/topics";
    }

    @GetMapping("/forum/intake")
    String intake(@RequestParam long festival, Model model) {
        model.addAttribute("festival", festivals.get(festival));
        model.addAttribute("topics", forum.topics());
        model.addAttribute("rows", 5);
        return "forum/intake";
    }

    @PostMapping("/forum/intake")
    String record(
            @RequestParam long festival,
            @RequestParam(name = "speaker", required = false) List<String> speakers,
            @RequestParam(name = "topic", required = false) List<String> topics,
            @RequestParam(name = "text", required = false) List<String> texts,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<Forum.Spoken> spoken = new ArrayList<>();
        int n = texts == null ? 0 : Math.min(texts.size(), 50);
        for (int i = 0; i < n; i++) {
            spoken.add(new Forum.Spoken(at(speakers, i), at(topics, i), texts.get(i)));
        }
        try {
            List<Long> ids = forum.recordAtForum(festival, spoken);
            redirect.addFlashAttribute("flash", problems.message("forum.intake.saved", ids.size()));
            return "redirect:/forum?status=RECEIVED";
        } catch (ValidationException e) {
            problems.show(model, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("festival", festivals.get(festival));
            model.addAttribute("topics", forum.topics());
            model.addAttribute("rows", Math.max(5, n));
            model.addAttribute("speakers", speakers);
            model.addAttribute("chosen", topics);
            model.addAttribute("texts", texts);
            return "forum/intake";
        }
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() ? values.get(i) : null;
    }

    private String act(
            long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String done,
            java.util.function.Supplier<Opinion> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", problems.message(done));
            return "redirect:/forum/" + id;
        } catch (ValidationException e) {
            problems.show(model, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (ConflictException e) {
            model.addAttribute("flashError", problems.message(e.messageKey(), e.args()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        fill(model, forum.get(id));
        return "forum/show";
    }

    private void fill(Model model, Opinion o) {
        Actor actor = policy.requireActor();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("o", o);
        model.addAttribute("photos", forum.photos(o.id()));
        model.addAttribute("overdue", o.overdueOn(today));
        boolean answers = actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE) || actor.has(Role.LEADER);
        model.addAttribute("canAnswer", answers && o.status().open());
        model.addAttribute("canApprove", actor.has(Role.LEADER) && o.status() == OpinionStatus.PENDING_APPROVAL);
        model.addAttribute("canRoute", actor.has(Role.STANDING_OFFICE) && o.status() == OpinionStatus.RECEIVED);
        boolean moderates = actor.has(Role.STANDING_OFFICE) || actor.has(Role.LEADER);
        model.addAttribute("canPublish", moderates && o.status() == OpinionStatus.ANSWERED);
        model.addAttribute("canHide", moderates && o.status() != OpinionStatus.HIDDEN);
        model.addAttribute("hideReasons", Forum.HideReason.values());
        model.addAttribute("answerDays", forum.answerDays());
    }
}
