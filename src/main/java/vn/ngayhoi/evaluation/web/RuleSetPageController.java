package vn.ngayhoi.evaluation.web;

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
import vn.ngayhoi.evaluation.Criterion;
import vn.ngayhoi.evaluation.EvaluationRules;
import vn.ngayhoi.evaluation.EvaluationRules.CriterionEdit;
import vn.ngayhoi.evaluation.RuleSet;
import vn.ngayhoi.evaluation.internal.RuleSetRepository.Settings;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.Problems;

/** The administrator's rule sets: read every version, copy one, edit the draft, activate it from a date. */
@Controller
class RuleSetPageController {

    private final EvaluationRules rules;
    private final Problems problems;
    private final AccessPolicy policy;

    RuleSetPageController(EvaluationRules rules, Problems problems, AccessPolicy policy) {
        this.rules = rules;
        this.problems = problems;
        this.policy = policy;
    }

    @GetMapping("/evaluation/rule-sets")
    String list(Model model) {
        model.addAttribute("sets", rules.all());
        model.addAttribute("admin", policy.requireActor().has(Role.ADMIN));
        return "evaluation/rule-sets";
    }

    @GetMapping("/evaluation/rule-sets/{id}")
    String show(@PathVariable long id, Model model) {
        RuleSet s = rules.get(id);
        model.addAttribute("s", s);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("name", s.name());
        settings.put("legalBasis", s.legalBasis());
        settings.put("periodStart", s.periodStart());
        settings.put("periodEnd", s.periodEnd());
        settings.put("registrationFrom", s.registrationFrom());
        settings.put("registrationTo", s.registrationTo());
        settings.put("authorityTier", s.authorityTier());
        settings.put("authorityTitle", s.authorityTitle());
        settings.put("recognitionDue", s.recognitionDue());
        settings.put("classificationDue", s.classificationDue());
        settings.put("dueRoll", s.dueRoll());
        settings.put("registrationFiles", s.registrationFiles());
        settings.put("recognitionFiles", s.recognitionFiles());
        model.addAttribute("settings", settings);
        model.addAttribute("admin", policy.requireActor().has(Role.ADMIN));
        return "evaluation/rule-set";
    }

    /** Copies the version the page showed; a stale or missing version is refused, so a replayed form copies nothing. */
    @PostMapping("/evaluation/rule-sets/{id}/copy")
    String copy(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        RuleSet[] copy = new RuleSet[1];
        boolean done = problems.flashStep(redirect, "evaluation.rules.copied", () -> copy[0] = rules.copy(id, version));
        return "redirect:/evaluation/rule-sets/" + (done ? copy[0].id() : id);
    }

    @PostMapping("/evaluation/rule-sets/{id}/edit")
    String edit(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        RuleSet s = rules.get(id);
        problems.flashStep(redirect, "evaluation.rules.saved", () -> {
            Map<String, CriterionEdit> criteria = new LinkedHashMap<>();
            for (Criterion c : s.criteria()) {
                criteria.put(
                        c.code(),
                        new CriterionEdit(
                                form.getOrDefault("text_" + c.code(), c.text()),
                                form.containsKey("threshold_" + c.code())
                                        ? EvaluationPageController.number(c.code(), form.get("threshold_" + c.code()))
                                        : c.threshold(),
                                form.containsKey("points_" + c.code())
                                        ? orZero(EvaluationPageController.integer(
                                                c.code(), form.get("points_" + c.code())))
                                        : c.points()));
            }
            Map<String, Integer> thresholds = new LinkedHashMap<>();
            for (String cls : RuleSet.CLASSES) {
                if (form.containsKey("min_" + cls)) {
                    thresholds.put(cls, EvaluationPageController.integer(cls, form.get("min_" + cls)));
                }
            }
            rules.edit(
                    id,
                    orZero(EvaluationPageController.integer("version", form.get("version"))),
                    new Settings(
                            form.get("name"),
                            form.get("legalBasis"),
                            form.get("periodStart"),
                            form.get("periodEnd"),
                            form.get("registrationFrom"),
                            form.get("registrationTo"),
                            form.get("authorityTier"),
                            form.get("authorityTitle"),
                            form.get("recognitionDue"),
                            form.get("classificationDue"),
                            form.get("dueRoll"),
                            form.get("registrationFiles"),
                            form.get("recognitionFiles")),
                    criteria,
                    thresholds);
        });
        return "redirect:/evaluation/rule-sets/" + id;
    }

    @PostMapping("/evaluation/rule-sets/{id}/activate")
    String activate(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "") String from,
            RedirectAttributes redirect) {
        problems.flashStep(redirect, "evaluation.rules.activated", () -> {
            LocalDate day = from.isBlank() ? null : Bounds.parseDate("from", from, "evaluation.rules.fromRequired");
            rules.activate(id, version == null ? -1 : version, day);
        });
        return "redirect:/evaluation/rule-sets/" + id;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
