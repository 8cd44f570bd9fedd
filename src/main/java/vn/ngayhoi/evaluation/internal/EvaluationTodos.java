package vn.ngayhoi.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.commendation.WorkingDays;
import vn.ngayhoi.evaluation.Evaluation;
import vn.ngayhoi.evaluation.RuleSet;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.TodoItem;
import vn.ngayhoi.shared.web.TodoSource;

/**
 * Evaluation's obligations: a self-assessment to send from a month before the period ends (or a
 * returned one at once), due on the period's last day; a submitted evaluation on the list of the
 * configured authority's accounts, due on the configured recognition deadline.
 */
@Component
class EvaluationTodos implements TodoSource {

    private final EvaluationRepository evaluations;
    private final RuleSetRepository sets;
    private final AccessPolicy policy;
    private final WorkingDays workingDays;
    private final Clock clock;

    EvaluationTodos(
            EvaluationRepository evaluations,
            RuleSetRepository sets,
            AccessPolicy policy,
            WorkingDays workingDays,
            Clock clock) {
        this.evaluations = evaluations;
        this.sets = sets;
        this.policy = policy;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public List<TodoItem> todosFor(Actor actor) {
        List<TodoItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE)) {
            for (Evaluation e : evaluations.editableUnder(policy.scopeOf(actor).pathPrefix())) {
                boolean returned = "RETURNED".equals(e.status());
                if (returned || !today.isBefore(e.periodEnd().minusDays(30))) {
                    items.add(new TodoItem(
                            returned ? "EVALUATION_RETURNED" : "EVALUATION_ASSESS",
                            returned ? "evaluation.todo.returned" : "evaluation.todo.assess",
                            new Object[] {e.unitName(), e.year()},
                            "/evaluation/" + e.id(),
                            e.periodEnd(),
                            e.unitCode(),
                            e.unitName(),
                            e.returnReason()));
                }
            }
        }
        for (Evaluation e : evaluations.ofAuthority(actor.unitId(), "SUBMITTED")) {
            RuleSet set = sets.find(e.ruleSetId()).orElseThrow();
            if (!actor.has(Role.valueOf(set.authorityRole()))) {
                continue;
            }
            items.add(new TodoItem(
                    "EVALUATION_RECOGNISE",
                    "evaluation.todo.recognise",
                    new Object[] {e.unitName(), e.year()},
                    "/evaluation/" + e.id(),
                    due(set, e.year()),
                    e.unitCode(),
                    e.unitName(),
                    null));
        }
        return items;
    }

    private LocalDate due(RuleSet set, int year) {
        LocalDate due = set.dueAfterPeriod(set.recognitionDue(), year);
        if ("PREVIOUS_WORKING_DAY".equals(set.dueRoll())) {
            while (!workingDays.isWorkingDay(due)) {
                due = due.minusDays(1);
            }
        }
        return due;
    }
}
