package vn.ngayhoi.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanDerivations;
import vn.ngayhoi.plan.PlanFiles;
import vn.ngayhoi.plan.PlanLists;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.plan.PlanStatus;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.shared.web.Downloads;
import vn.ngayhoi.shared.web.Problems;

/** Plans: the inbox and lists, one plan with its actions, editing, issuing, downloads, next year. */
@Controller
class PlanPageController {

    private final PlanManagement plans;
    private final PlanFiles files;
    private final PlanDerivations derivations;
    private final PlanLists lists;
    private final CampaignManagement campaigns;
    private final AccessPolicy policy;
    private final Problems problems;

    PlanPageController(
            PlanManagement plans,
            PlanFiles files,
            PlanDerivations derivations,
            PlanLists lists,
            CampaignManagement campaigns,
            AccessPolicy policy,
            Problems problems) {
        this.plans = plans;
        this.files = files;
        this.derivations = derivations;
        this.lists = lists;
        this.campaigns = campaigns;
        this.policy = policy;
        this.problems = problems;
    }

    /** A block of the document as the preview shows it. */
    record BlockView(String kind, String marker, List<OfficialDocument.Run> runs) {}

    /** The inbox and the plans in scope; a dashboard's figure links here with a campaign, a unit and a status. */
    @GetMapping("/plans")
    String index(
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) PlanStatus status,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        Actor actor = policy.requireActor();
        model.addAttribute("inbox", plans.inbox());
        int p = ApiList.clampPage(page);
        int s = ApiList.clampSize(size);
        ApiList<Plan> found = ApiList.of(
                lists.byUrgency(new PlanLists.Query(campaign, unit, null, status, q, null), ApiList.offset(p, s), s),
                p,
                s);
        model.addAttribute("plans", found.items());
        model.addAttribute("plansPage", found);
        model.addAttribute(
                "filtered", campaign != null || (unit != null && !unit.isBlank()) || status != null || !q.isBlank());
        model.addAttribute("status", status);
        model.addAttribute("statusName", status == null ? "" : status.name());
        model.addAttribute(
                "statuses", Arrays.stream(PlanStatus.values()).map(Enum::name).toList());
        model.addAttribute("q", q);
        model.addAttribute("campaignId", campaign);
        model.addAttribute("unitCode", unit);
        model.addAttribute("campaigns", campaigns.list());
        model.addAttribute("canClone", actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN));
        return "plan/index";
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, Model model) {
        Plan plan = plans.open(id);
        fill(model, plan);
        return "plan/show";
    }

    @GetMapping("/plans/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Plan plan = plans.get(id);
        fillEdit(
                model,
                plan,
                plan.content().subject(),
                plan.content().sections().stream().map(s -> s.body()).toList());
        return "plan/edit";
    }

    private static void fillEdit(Model model, Plan plan, String subject, List<String> bodies) {
        model.addAttribute("plan", plan);
        model.addAttribute("subject", subject);
        model.addAttribute("bodies", bodies);
        model.addAttribute(
                "recipientLines",
                String.join(
                        "\n",
                        plan.content().recipients().stream().map(r -> r.text()).toList()));
    }

    @PostMapping("/plans/{id}/edit")
    String save(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(name = "section", required = false) List<String> sections,
            @RequestParam(name = "respHeading", required = false) List<String> respHeadings,
            @RequestParam(name = "respBody", required = false) List<String> respBodies,
            @RequestParam(required = false) String recipients,
            @RequestParam(defaultValue = "") String signatureAuthority,
            @RequestParam(defaultValue = "") String signatureTitle,
            @RequestParam(defaultValue = "") String signatureSecondTitle,
            @RequestParam(defaultValue = "") String signerName,
            @RequestParam(defaultValue = "0") int version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<String> bodies = sections == null ? List.of() : sections;
        var signature = recipients == null
                ? null
                : new vn.ngayhoi.plan.PlanContent.Signature(
                        signatureAuthority, signatureTitle, signatureSecondTitle, signerName);
        var edit = new PlanManagement.PlanEdit(subject, bodies, respHeadings, respBodies, recipients, signature);
        try {
            plans.edit(id, edit, version);
            redirect.addFlashAttribute("flash", problems.message("plan.saved"));
            return "redirect:/plans/" + id;
        } catch (ValidationException e) {
            problems.show(model, e);
        } catch (ConflictException e) {
            // Changed meanwhile or no longer editable: what was typed stays on the page, answered 409.
            response.setStatus(HttpStatus.CONFLICT.value());
            problems.show(model, List.of(new Problems.Shown("form", problems.message(e.messageKey(), e.args()))));
        }
        fillEdit(model, plans.get(id), subject, bodies);
        return "plan/edit";
    }

    @PostMapping("/plans/{id}/submit")
    String submit(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, response, redirect, () -> plans.submit(id), "plan.submitted");
    }

    @PostMapping("/plans/{id}/approve")
    String approve(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, response, redirect, () -> plans.approve(id), "plan.approved");
    }

    @PostMapping("/plans/{id}/return")
    String sendBack(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, () -> plans.sendBack(id, reason), "plan.returned");
    }

    /** Check before it counts: the review page before issuing. */
    @GetMapping("/plans/{id}/issue")
    String reviewIssue(@PathVariable long id, Model model) {
        Plan plan = plans.get(id);
        model.addAttribute("plan", plan);
        model.addAttribute("recipients", plan.content().recipients());
        if (plan.status() == vn.ngayhoi.plan.PlanStatus.APPROVED) {
            model.addAttribute("preview", plans.issuePreview(id));
        }
        return "plan/issue";
    }

    @PostMapping("/plans/{id}/issue")
    String issue(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String numberLine,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Plan issued = plans.issue(id, numberLine == null || numberLine.isBlank() ? null : numberLine);
            redirect.addFlashAttribute("flash", problems.message("plan.issued", issued.numberLine()));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            return conflict(id, e, model, response);
        }
        return "redirect:/plans/" + id;
    }

    /** Starts the amending plan of an issued plan and opens it for editing. */
    @PostMapping("/plans/{id}/amend")
    String amend(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Plan amendment = derivations.startAmendment(id);
            redirect.addFlashAttribute("flash", problems.message("plan.amend.started"));
            return "redirect:/plans/" + amendment.id();
        } catch (ConflictException e) {
            return conflict(id, e, model, response);
        }
    }

    @PostMapping("/plans/{id}/own")
    String startOwn(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Plan own = derivations.startOwnPlan(id);
            redirect.addFlashAttribute("flash", problems.message("plan.ownStarted"));
            return "redirect:/plans/" + own.id();
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
            return "redirect:/plans/" + id;
        }
    }

    @PostMapping("/campaigns/{id}/clone")
    String cloneCampaign(
            @PathVariable long id, @RequestParam(defaultValue = "0") int year, RedirectAttributes redirect) {
        try {
            PlanDerivations.Cloned cloned = derivations.cloneCampaignAcross(id, Bounds.year("year", year));
            redirect.addFlashAttribute("flash", problems.message("plan.cloned", String.valueOf(year)));
            if (!cloned.unmapped().isEmpty()) {
                redirect.addFlashAttribute(
                        "flashError", problems.message("plan.clone.unmapped", String.join(", ", cloned.unmapped())));
            }
            return "redirect:/plans/" + cloned.plan().id();
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", problems.message(e.messageKey(), e.args()));
        }
        return "redirect:/plans";
    }

    @GetMapping("/plans/{id}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return Downloads.attachment(
                files.docx(id),
                "ke-hoach-" + id + ".docx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @GetMapping("/plans/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return Downloads.attachment(files.pdf(id), "ke-hoach-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    /** The ma-két of the reader's own unit (or another unit in scope) as a landscape A4 PDF. */
    @GetMapping("/plans/{id}/banner.pdf")
    ResponseEntity<byte[]> banner(@PathVariable long id, @RequestParam(required = false) Long unit) {
        long unitId = unit != null ? unit : policy.requireActor().unitId();
        return Downloads.attachment(files.banner(id, unitId), "ma-ket-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    private String act(
            long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Runnable action,
            String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", problems.message(doneKey));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (ConflictException e) {
            return conflict(id, e, model, response);
        }
        return "redirect:/plans/" + id;
    }

    /**
     * The plan as it stands now, with why the step was refused, answered 409: the step was already
     * taken (a resent form, a second tab) or the plan moved on meanwhile. A redirect would read as a
     * second success.
     */
    private String conflict(long id, ConflictException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("flashError", problems.message(e.messageKey(), e.args()));
        fill(model, plans.get(id));
        return "plan/show";
    }

    private void fill(Model model, Plan plan) {
        Actor actor = policy.requireActor();
        boolean own = plans.isOwn(plan);
        boolean editor =
                own && (actor.has(Role.STANDING_OFFICE) || actor.has(Role.UNIT_OFFICER) || actor.has(Role.ADMIN));
        boolean leader = own && actor.has(Role.LEADER);
        OfficialDocument doc = files.document(plan.id());
        List<BlockView> blocks = new ArrayList<>();
        for (OfficialDocument.Block b : doc.body()) {
            if (b instanceof OfficialDocument.Heading h) {
                blocks.add(new BlockView(
                        "h" + Math.min(h.level(), 3), null, List.of(OfficialDocument.Run.plain(h.text()))));
            } else if (b instanceof OfficialDocument.Bullet bullet) {
                blocks.add(new BlockView("li", bullet.marker(), bullet.runs()));
            } else if (b instanceof OfficialDocument.Paragraph p) {
                blocks.add(new BlockView("p", null, p.runs()));
            }
        }
        model.addAttribute("plan", plan);
        model.addAttribute("doc", doc);
        model.addAttribute("blocks", blocks);
        model.addAttribute("campaign", campaigns.systemFind(plan.campaignId()).orElseThrow());
        model.addAttribute("own", own);
        model.addAttribute("canEdit", editor && plan.status().editable());
        model.addAttribute("canSubmit", editor && plan.status().editable());
        model.addAttribute("canDecide", leader && plan.status() == PlanStatus.SUBMITTED);
        model.addAttribute("canIssue", own && plan.status() == PlanStatus.APPROVED && (editor || leader));
        model.addAttribute("canStartOwn", !own && plan.status() == PlanStatus.ISSUED && actor.has(Role.UNIT_OFFICER));
        model.addAttribute("canAmend", editor && plan.status() == PlanStatus.ISSUED && plan.current());
        model.addAttribute(
                "replaced",
                plan.replacesPlanId() == null
                        ? null
                        : plans.systemGet(plan.replacesPlanId()).orElse(null));
        model.addAttribute(
                "replacedBy",
                plan.replacedByPlanId() == null
                        ? null
                        : plans.systemGet(plan.replacedByPlanId()).orElse(null));
        model.addAttribute("changes", derivations.amendmentChanges(plan.id()));
        if (own && plan.status() == PlanStatus.ISSUED) {
            model.addAttribute("deliveries", plans.deliveries(plan.id()));
            model.addAttribute("frozen", files.frozen(plan.id()).orElse(null));
        }
        if (own && !plan.cascadeTypes().isEmpty()) {
            var rows = plans.cascade(plan.id());
            model.addAttribute("cascade", rows);
            model.addAttribute(
                    "cascadeIssued",
                    rows.stream().filter(r -> r.state().equals("ISSUED")).count());
        }
    }
}
