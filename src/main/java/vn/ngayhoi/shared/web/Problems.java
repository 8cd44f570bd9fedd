package vn.ngayhoi.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ngayhoi.shared.ValidationException;

/**
 * Turns a {@link ValidationException} into what a form page shows: an error summary at the top and
 * the message beside each field, in the reader's language.
 */
@Component
public class Problems {

    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    /** A resolved problem: the field (or "form") and the sentence to show. */
    public record Shown(String field, String message) {}

    public List<Shown> resolve(ValidationException e) {
        return e.problems().stream()
                .map(p -> new Shown(
                        p.field() == null ? "form" : p.field(),
                        messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale())))
                .toList();
    }

    /** Field → message, the first problem of each field; for {@code th:if="${errors.name}"}. */
    public Map<String, String> byField(List<Shown> shown) {
        Map<String, String> map = new LinkedHashMap<>();
        shown.forEach(s -> map.putIfAbsent(s.field(), s.message()));
        return map;
    }

    /** Puts the error summary and the per-field messages of a refused form on the page model. */
    public void show(Model model, ValidationException e) {
        show(model, resolve(e));
    }

    public void show(Model model, List<Shown> shown) {
        model.addAttribute("problems", shown);
        model.addAttribute("errors", byField(shown));
    }

    /** All problems as one sentence, for a flash message after a redirect. */
    public String sentence(ValidationException e) {
        return String.join(" ", resolve(e).stream().map(Shown::message).toList());
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /**
     * Runs a step of a page (submit, approve, return…) and says how it went in the next page's
     * banner: the done sentence, or why not (bad input, or a 409 saying where things stand). Whether
     * the step was done.
     */
    public boolean flashStep(
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, String doneKey, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", message(doneKey));
            return true;
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", sentence(e));
        } catch (vn.ngayhoi.shared.ConflictException e) {
            redirect.addFlashAttribute("flashError", message(e.messageKey(), e.args()));
        }
        return false;
    }

    /**
     * Runs a step of a page and, unlike {@link #flashStep}, shows a refusal on the same page rather
     * than after a redirect: done, the done sentence and {@code redirect:} {@code doneTarget}; refused,
     * the problems on the page again (400 for bad input, 409 with where things stand for a race), the
     * page filled by {@code rerender}, which answers the view's name.
     */
    public String stepOrShow(
            Model model,
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
            String doneKey,
            Runnable step,
            String doneTarget,
            java.util.function.Supplier<String> rerender) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", message(doneKey));
            return "redirect:" + doneTarget;
        } catch (ValidationException e) {
            show(model, e);
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
        } catch (vn.ngayhoi.shared.ConflictException e) {
            model.addAttribute("flashError", message(e.messageKey(), e.args()));
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_CONFLICT);
        }
        return rerender.get();
    }
}
