package vn.ngayhoi.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
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
import vn.ngayhoi.evaluation.Criterion;
import vn.ngayhoi.evaluation.Evaluation;
import vn.ngayhoi.evaluation.EvaluationHistory;
import vn.ngayhoi.evaluation.EvaluationLists;
import vn.ngayhoi.evaluation.Evaluations;
import vn.ngayhoi.evaluation.Evaluations.AnswerInput;
import vn.ngayhoi.evaluation.RecognitionDecisions;
import vn.ngayhoi.evaluation.Registrations;
import vn.ngayhoi.evaluation.RuleSet;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.shared.web.Problems;

/**
 * The evaluation pages: a year's registrations and coverage for the caller's area with the units
 * still to register, one unit's self-assessment with the system's suggestions beside each
 * criterion, the authority's decision, and the Quyết định công nhận of the year.
 */
@Controller
class EvaluationPageController {

    private final Evaluations evaluations;
    private final EvaluationLists lists;
    private final RecognitionDecisions decisions;
    private final Registrations registrations;
    private final Problems problems;
    private final Clock clock;
    private final EvaluationHistory history;

    EvaluationPageController(
            EvaluationHistory history,
            Evaluations evaluations,
            EvaluationLists lists,
            RecognitionDecisions decisions,
            Registrations registrations,
            Problems problems,
            Clock clock) {
        this.history = history;
        this.evaluations = evaluations;
        this.lists = lists;
        this.registrations = registrations;
        this.decisions = decisions;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/evaluation")
    String list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        OrgUnit area = evaluations.area(unit);
        model.addAttribute("year", y);
        model.addAttribute("area", area);
        int p = ApiList.clampPage(page);
        int s = ApiList.clampSize(size);
        ApiList<Evaluation> items = ApiList.of(lists.page(y, area.code(), ApiList.offset(p, s), s), p, s);
        model.addAttribute("items", items.items());
        model.addAttribute("itemsPage", items);
        model.addAttribute("coverage", registrations.coverage(area, y));
        model.addAttribute("unregistered", registrations.unregistered(area, y));
        model.addAttribute("pending", decisions.pending(y));
        return "evaluation/list";
    }

    @PostMapping("/evaluation/register")
    String register(
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "") String resolutionRef,
            @RequestParam(defaultValue = "") String planRef,
            RedirectAttributes redirect) {
        Evaluation[] done = new Evaluation[1];
        boolean ok = problems.flashStep(redirect, "evaluation.registered", () -> {
            done[0] = registrations.register(unit, year, resolutionRef, planRef);
        });
        if (ok) {
            return "redirect:/evaluation/" + done[0].id();
        }
        return "redirect:/evaluation" + (year == null ? "" : "?year=" + year);
    }

    @PostMapping("/evaluation/decisions")
    String decide(@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        problems.flashStep(redirect, "evaluation.decision.issued", () -> decisions.issue(year));
        return "redirect:/evaluation" + (year == null ? "" : "?year=" + year);
    }

    @GetMapping("/evaluation/{id}")
    String show(@PathVariable long id, Model model) {
        fill(model, evaluations.get(id));
        return "evaluation/show";
    }

    @PostMapping("/evaluation/{id}/assess")
    String assess(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation e = evaluations.get(id);
        RuleSet set = evaluations.ruleSet(e);
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        try {
            for (Criterion c : set.criteria()) {
                if (c.derived()) {
                    continue;
                }
                String met = form.get("met_" + c.code());
                answers.put(
                        c.code(),
                        new AnswerInput(
                                met == null || met.isBlank() ? null : Boolean.valueOf(met),
                                number(c.code(), form.get("value_" + c.code())),
                                form.get("evidence_" + c.code()),
                                integer(c.code(), form.get("points_" + c.code()))));
            }
            evaluations.assess(
                    id,
                    integer("version", form.get("version")),
                    answers,
                    form.get("reportText"),
                    form.get("minutesText"));
            if ("submit".equals(form.get("then"))) {
                evaluations.submit(id, null);
                redirect.addFlashAttribute("flash", problems.message("evaluation.submitted"));
            } else {
                redirect.addFlashAttribute("flash", problems.message("evaluation.saved"));
            }
            return "redirect:/evaluation/" + id;
        } catch (ValidationException x) {
            problems.show(model, x);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (ConflictException x) {
            model.addAttribute("flashError", problems.message(x.messageKey(), x.args()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        fill(model, evaluations.get(id));
        model.addAttribute("typed", form);
        return "evaluation/show";
    }

    @PostMapping("/evaluation/{id}/recognise")
    String recognise(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "") String score,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, model, response, redirect, "evaluation.decided", () -> {
            evaluations.recognise(id, version, integer("score", score));
        });
    }

    @PostMapping("/evaluation/{id}/return")
    String sendBack(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, model, response, redirect, "evaluation.returned", () -> {
            evaluations.sendBack(id, version, reason);
        });
    }

    private String step(
            long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String done,
            Runnable action) {
        evaluations.get(id);
        return problems.stepOrShow(model, response, redirect, done, action, "/evaluation/" + id, () -> {
            fill(model, evaluations.get(id));
            return "evaluation/show";
        });
    }

    private void fill(Model model, Evaluation e) {
        model.addAttribute("e", e);
        model.addAttribute("set", evaluations.ruleSet(e));
        model.addAttribute("rows", evaluations.rows(e));
        model.addAttribute("due", evaluations.recognitionDue(e));
        model.addAttribute("canEdit", evaluations.canEdit(e));
        model.addAttribute("canDecide", evaluations.canDecide(e) && "SUBMITTED".equals(e.status()));
        model.addAttribute("history", history.of(e));
        if (!model.containsAttribute("typed")) {
            model.addAttribute("typed", Map.of());
        }
    }

    static BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "evaluation.number.unreadable", field);
        }
    }

    static Integer integer(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "evaluation.number.unreadable", field);
        }
    }
}
