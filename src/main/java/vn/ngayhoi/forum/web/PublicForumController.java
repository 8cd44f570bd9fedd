package vn.ngayhoi.forum.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.forum.PublicForum;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.Problems;

/**
 * The forum's public pages, without signing in: the form (from a festival or on its own), the
 * tracking code once, the status page behind a code, the published answers of a place.
 */
@Controller
class PublicForumController {

    /** A field people never see; a form that fills it was filled by a program. */
    static final String HONEYPOT = "website";

    private final PublicForum forum;
    private final Problems problems;

    PublicForumController(PublicForum forum, Problems problems) {
        this.forum = forum;
        this.problems = problems;
    }

    @GetMapping("/y-kien")
    String form(@RequestParam(required = false) Long festival, Model model) {
        fill(model, festival, new OpinionForm());
        return "forum/public-form";
    }

    @PostMapping("/y-kien")
    String send(
            OpinionForm form,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            @RequestParam(name = HONEYPOT, defaultValue = "") String honeypot,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!honeypot.isEmpty()) {
            // Answered like a success so the program learns nothing; nothing is stored.
            redirect.addFlashAttribute("received", new PublicForum.Received(null, null, null));
            return "redirect:/y-kien/da-gui";
        }
        try {
            PublicForum.Received received = forum.submit(form.toSubmission(), photos(photos), request.getRemoteAddr());
            redirect.addFlashAttribute("received", received);
            return "redirect:/y-kien/da-gui";
        } catch (ValidationException e) {
            problems.show(model, e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            fill(model, form.getFestivalId(), form);
            return "forum/public-form";
        }
    }

    @GetMapping("/y-kien/da-gui")
    String sent(Model model) {
        if (!model.containsAttribute("received")) {
            return "redirect:/y-kien";
        }
        return "forum/public-sent";
    }

    @GetMapping("/y-kien/tra-cuu")
    String track(
            @RequestParam(name = "ma", defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("code", code.length() > 40 ? "" : code);
        if (!code.isBlank()) {
            var status = forum.status(code, request.getRemoteAddr());
            if (status.isPresent()) {
                model.addAttribute("status", status.get());
            } else {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("notFound", true);
            }
        }
        return "forum/public-track";
    }

    @GetMapping("/y-kien/cong-khai")
    String published(
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String topic,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("topics", forum.topics());
        model.addAttribute("topic", topic);
        model.addAttribute("unit", unit.length() > 20 ? "" : unit);
        if (!unit.isBlank()) {
            var place = forum.place(unit);
            if (place.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                model.addAttribute("notFound", true);
            } else {
                model.addAttribute("place", place.get());
                model.addAttribute("answers", forum.published(place.get(), topic, 200));
            }
        }
        return "forum/public-record";
    }

    /** Suggestions for the commune box: name and district, the code as the value. */
    @GetMapping("/y-kien/don-vi")
    String communes(@RequestParam(name = "communeName", defaultValue = "") String q, Model model) {
        model.addAttribute("places", forum.communes(q, 10));
        return "forum/public-form :: places";
    }

    private void fill(Model model, Long festivalId, OpinionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("topics", forum.topics());
        forum.festival(festivalId).ifPresent(f -> {
            model.addAttribute("festival", f);
            form.setFestivalId(f.id());
        });
    }

    private static List<PublicForum.Photo> photos(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> !f.isEmpty())
                .map(f -> {
                    try {
                        return new PublicForum.Photo(f.getOriginalFilename(), f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
