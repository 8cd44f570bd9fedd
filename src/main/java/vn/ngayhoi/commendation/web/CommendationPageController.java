package vn.ngayhoi.commendation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.commendation.CommendationDecisions;
import vn.ngayhoi.commendation.CommendationRounds;
import vn.ngayhoi.commendation.CouncilMeetings;
import vn.ngayhoi.commendation.Nomination;
import vn.ngayhoi.commendation.Nominations;
import vn.ngayhoi.commendation.NomineeKind;
import vn.ngayhoi.commendation.Round;
import vn.ngayhoi.commendation.Submissions;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.shared.web.Problems;

/**
 * The commendation pages: the rounds, one round with its nominations, council and decision, the
 * nomination form with what the system holds for the unit beside it, one nomination with vetting.
 */
@Controller
class CommendationPageController {

    private final CommendationRounds rounds;
    private final Nominations nominations;
    private final Submissions submissions;
    private final CouncilMeetings council;
    private final CommendationDecisions decisions;
    private final CampaignManagement campaigns;
    private final Problems problems;
    private final Clock clock;
    private final vn.ngayhoi.commendation.CommendationLists lists;

    CommendationPageController(
            CommendationRounds rounds,
            Nominations nominations,
            Submissions submissions,
            CouncilMeetings council,
            CommendationDecisions decisions,
            CampaignManagement campaigns,
            Problems problems,
            Clock clock,
            vn.ngayhoi.commendation.CommendationLists lists) {
        this.lists = lists;
        this.rounds = rounds;
        this.nominations = nominations;
        this.submissions = submissions;
        this.council = council;
        this.decisions = decisions;
        this.campaigns = campaigns;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/commendations")
    String list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        int p = ApiList.clampPage(page);
        int s = ApiList.clampSize(size);
        ApiList<Round> found = ApiList.of(lists.newestFirst(ApiList.offset(p, s), s), p, s);
        model.addAttribute("rounds", found.items());
        model.addAttribute("roundsPage", found);
        model.addAttribute("campaigns", campaigns.list());
        return "commendation/list";
    }

    @PostMapping("/commendations")
    String create(
            @RequestParam long campaign,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String vettingUnit,
            @RequestParam(required = false) LocalDate deadline,
            Model model) {
        try {
            Round r = rounds.create(campaign, title, vettingUnit, deadline);
            return "redirect:/commendations/" + r.id();
        } catch (ValidationException e) {
            problems.show(model, e);
            return list(null, null, model);
        }
    }

    @GetMapping("/commendations/{id}")
    String round(@PathVariable long id, Model model) {
        Round r = rounds.get(id);
        LocalDate today = LocalDate.now(clock);
        List<Nomination> all = nominations.ofRound(id);
        model.addAttribute("round", r);
        model.addAttribute("can", rounds.abilities(r));
        model.addAttribute("nominations", all);
        model.addAttribute("today", today);
        model.addAttribute("awardTypes", rounds.awardTypes(id));
        model.addAttribute("members", rounds.council(id));
        model.addAttribute("meeting", council.last(id).orElse(null));
        model.addAttribute("decision", decisions.of(id).orElse(null));
        model.addAttribute(
                "accepted",
                all.stream()
                        .filter(n -> n.status() == vn.ngayhoi.commendation.NominationStatus.ACCEPTED)
                        .toList());
        model.addAttribute("editable", all.stream().anyMatch(n -> n.status().editable() && n.personal()));
        return "commendation/round";
    }

    @GetMapping("/commendations/{id}/nominate")
    String nominateForm(@PathVariable long id, Model model) {
        Round r = rounds.get(id);
        fillForm(model, r, NominationForm.empty(), null);
        return "commendation/form";
    }

    @PostMapping("/commendations/{id}/nominations")
    String nominate(@PathVariable long id, NominationForm form, Model model, RedirectAttributes redirect) {
        Round r = rounds.get(id);
        try {
            Nomination n = nominations.create(id, form.input());
            redirect.addFlashAttribute("flash", problems.message("commendation.nominated", n.name()));
            return "redirect:/commendations/nominations/" + n.id();
        } catch (ValidationException e) {
            problems.show(model, e);
        } catch (ConflictException e) {
            problems.show(model, List.of(new Problems.Shown("name", problems.message(e.messageKey(), e.args()))));
        }
        fillForm(model, r, form, null);
        return "commendation/form";
    }

    @GetMapping("/commendations/nominations/{id}")
    String nomination(@PathVariable long id, Model model) {
        Nomination n = nominations.get(id);
        Round r = rounds.get(n.roundId());
        model.addAttribute("n", n);
        model.addAttribute("round", r);
        model.addAttribute("can", rounds.abilities(r));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "editing",
                n.status().editable() && n.personal() && rounds.abilities(r).nominates());
        if (n.status().editable()) {
            fillForm(model, r, NominationForm.of(n), n);
        }
        return "commendation/nomination";
    }

    @PostMapping("/commendations/nominations/{id}")
    String update(
            @PathVariable long id,
            NominationForm form,
            @RequestParam int version,
            Model model,
            RedirectAttributes redirect) {
        try {
            nominations.update(id, form.input(), version);
            redirect.addFlashAttribute("flash", problems.message("commendation.saved"));
            return "redirect:/commendations/nominations/" + id;
        } catch (ValidationException e) {
            problems.show(model, e);
        } catch (ConflictException e) {
            problems.show(model, List.of(new Problems.Shown("form", problems.message(e.messageKey(), e.args()))));
        }
        Nomination n = nominations.get(id);
        Round r = rounds.get(n.roundId());
        model.addAttribute("n", n);
        model.addAttribute("round", r);
        model.addAttribute("can", rounds.abilities(r));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("editing", true);
        fillForm(model, r, form, n);
        return "commendation/nomination";
    }

    @PostMapping("/commendations/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Submissions.Submitted s = submissions.submit(id, null);
            redirect.addFlashAttribute(
                    "flash",
                    problems.message(
                            "commendation.submitted",
                            s.count(),
                            s.numberLine(),
                            new vn.ngayhoi.shared.Formats().date(s.dueOn())));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        }
        return "redirect:/commendations/" + id;
    }

    @PostMapping("/commendations/nominations/{id}/vet")
    String vet(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam int version,
            RedirectAttributes redirect) {
        problems.flashStep(redirect, "commendation.vetted", () -> nominations.vet(id, outcome, reason, version));
        return "redirect:/commendations/nominations/" + id;
    }

    @PostMapping("/commendations/nominations/{id}/discipline")
    String discipline(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean pending,
            @RequestParam(defaultValue = "") String note,
            @RequestParam int version,
            RedirectAttributes redirect) {
        problems.flashStep(
                redirect, "commendation.saved", () -> nominations.flagDiscipline(id, pending, note, version));
        return "redirect:/commendations/nominations/" + id;
    }

    @PostMapping("/commendations/{id}/meeting")
    String meeting(
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") int present,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<Long, CouncilMeetings.Votes> votes = new HashMap<>();
        List<String> problemsFound = new ArrayList<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey().startsWith("for-")) {
                try {
                    long nominationId = Long.parseLong(e.getKey().substring(4));
                    int yes = Integer.parseInt(e.getValue().strip());
                    int no = Integer.parseInt(
                            params.getOrDefault("against-" + nominationId, "0").strip());
                    votes.put(nominationId, new CouncilMeetings.Votes(yes, no));
                } catch (NumberFormatException ex) {
                    problemsFound.add(problems.message("commendation.council.votesNumber"));
                }
            }
        }
        if (!problemsFound.isEmpty()) {
            redirect.addFlashAttribute("flashError", problemsFound.get(0));
            return "redirect:/commendations/" + id;
        }
        try {
            var m = council.record(id, present, List.of(), votes);
            redirect.addFlashAttribute(
                    "flash",
                    m.quorate()
                            ? problems.message("commendation.council.recorded", m.numberLine())
                            : problems.message("commendation.council.recordedNoQuorum", m.present(), m.members()));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
        }
        return "redirect:/commendations/" + id;
    }

    /** The standing office or the vetting department changes the round's rules. */
    @PostMapping("/commendations/{id}/rules")
    String rules(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate deadline,
            @RequestParam(required = false) Integer quotaPerUnit,
            @RequestParam(defaultValue = "20") int vettingDays,
            @RequestParam(defaultValue = "2") int quorumNum,
            @RequestParam(defaultValue = "3") int quorumDen,
            @RequestParam(defaultValue = "1") int passNum,
            @RequestParam(defaultValue = "2") int passDen,
            @RequestParam(defaultValue = "10000") long roundingStep,
            @RequestParam(required = false) java.math.BigDecimal certOffsetXmm,
            @RequestParam(required = false) java.math.BigDecimal certOffsetYmm,
            @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            rounds.changeRules(
                    id,
                    new CommendationRounds.Rules(
                            vn.ngayhoi.shared.Bounds.date("deadline", deadline),
                            quotaPerUnit,
                            vettingDays,
                            quorumNum,
                            quorumDen,
                            passNum,
                            passDen,
                            roundingStep,
                            certOffsetXmm,
                            certOffsetYmm),
                    version);
            redirect.addFlashAttribute("flash", problems.message("commendation.saved"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
        }
        return "redirect:/commendations/" + id;
    }

    /** Changes one award type's money coefficient (× lương cơ sở). */
    @PostMapping("/commendations/{id}/coefficient")
    String coefficient(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) java.math.BigDecimal coefficient,
            RedirectAttributes redirect) {
        problems.flashStep(redirect, "commendation.saved", () -> rounds.changeCoefficient(id, code, coefficient));
        return "redirect:/commendations/" + id;
    }

    @PostMapping("/commendations/{id}/decide")
    String decide(@PathVariable long id, RedirectAttributes redirect) {
        try {
            var d = decisions.decide(id);
            redirect.addFlashAttribute("flash", problems.message("commendation.decided", d.numberLine()));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
        }
        return "redirect:/commendations/" + id;
    }

    private void fillForm(Model model, Round r, NominationForm form, Nomination editing) {
        model.addAttribute("round", r);
        model.addAttribute("form", form);
        model.addAttribute("kinds", NomineeKind.values());
        model.addAttribute("awardTypes", rounds.awardTypes(r.id()));
        model.addAttribute("cited", editing != null ? editing.citedSummary() : nominations.citedFor(r.id()));
    }
}
