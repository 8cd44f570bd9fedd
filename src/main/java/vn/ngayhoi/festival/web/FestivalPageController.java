package vn.ngayhoi.festival.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalLists;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.ApiList;
import vn.ngayhoi.shared.web.Problems;

/** Registering a unit's festival from a phone, its page, postponement, and what happened. */
@Controller
class FestivalPageController {

    private final FestivalManagement festivals;
    private final vn.ngayhoi.festival.FestivalDefaults defaults;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final Problems problems;

    private final FestivalLists lists;
    private final List<vn.ngayhoi.shared.web.PanelSource> panels;

    private final List<vn.ngayhoi.festival.ProgrammeNotes> programmeNotes;

    FestivalPageController(
            FestivalManagement festivals,
            vn.ngayhoi.festival.FestivalDefaults defaults,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            AccessPolicy policy,
            Problems problems,
            FestivalLists lists,
            List<vn.ngayhoi.festival.ProgrammeNotes> programmeNotes,
            List<vn.ngayhoi.shared.web.PanelSource> panels) {
        this.lists = lists;
        this.programmeNotes = List.copyOf(programmeNotes);
        this.panels = panels;
        this.festivals = festivals;
        this.defaults = defaults;
        this.campaigns = campaigns;
        this.units = units;
        this.policy = policy;
        this.problems = problems;
    }

    /**
     * Every festival in scope, those waiting for someone first; a dashboard's figure links here with
     * a campaign, a unit and a status, and the filter adds a unit name typed with or without accents.
     */
    @GetMapping("/festivals")
    String list(
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) FestivalStatus status,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        Actor actor = policy.requireActor();
        List<Campaign> visible = campaigns.list();
        int p = ApiList.clampPage(page);
        int s = ApiList.clampSize(size);
        ApiList<Festival> found = ApiList.of(lists.byUrgency(campaign, unit, status, q, ApiList.offset(p, s), s), p, s);
        model.addAttribute("festivals", found.items());
        model.addAttribute("festivalsPage", found);
        model.addAttribute(
                "filtered", campaign != null || (unit != null && !unit.isBlank()) || status != null || !q.isBlank());
        model.addAttribute("status", status);
        model.addAttribute("statusName", status == null ? "" : status.name());
        model.addAttribute(
                "statuses",
                Arrays.stream(FestivalStatus.values()).map(Enum::name).toList());
        model.addAttribute("q", q);
        model.addAttribute("campaignId", campaign);
        model.addAttribute("unitCode", unit);
        model.addAttribute("campaigns", visible);
        model.addAttribute(
                "office", actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN) || actor.has(Role.LEADER));
        model.addAttribute("canRegister", actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE));
        return "festival/list";
    }

    @GetMapping("/festivals/new")
    String newForm(
            @RequestParam long campaign,
            @RequestParam(required = false) String unit,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = policy.requireActor();
        Campaign c = campaigns.get(campaign);
        OrgUnit target =
                unit == null || unit.isBlank() ? units.get(actor.unitId()) : units.getByCode(unit, c.windowStart());
        var existing = festivals.ofUnit(c.id(), target.id());
        if (existing.isPresent()) {
            return "redirect:/festivals/" + existing.get().id();
        }
        boolean pilot = c.pilotUnitId() != null && c.pilotUnitId() == target.id();
        LocalDate day = pilot && c.pilotFrom() != null ? c.pilotFrom() : c.windowStart();
        FestivalDetails d = defaults.defaults(c.id(), target.id());
        fillForm(model, FestivalForm.prefilled(c.id(), target.code(), day, d, pilot), c, target, null);
        return "festival/form";
    }

    @PostMapping("/festivals")
    String create(
            @RequestParam long campaignId,
            @RequestParam(defaultValue = "") String unitCode,
            @RequestParam Map<String, String> all,
            @RequestParam(required = false) List<String> delegates,
            Model model,
            RedirectAttributes redirect) {
        FestivalForm form = form(campaignId, unitCode, all, delegates);
        String action = all.getOrDefault("action", "register");
        try {
            Festival f = festivals.create(form.command("register".equals(action)));
            redirect.addFlashAttribute(
                    "flash",
                    problems.message(
                            f.status() == FestivalStatus.REGISTERED ? "festival.registered" : "festival.planned"));
            return "redirect:/festivals/" + f.id();
        } catch (ValidationException e) {
            return again(model, form, e, null);
        } catch (ConflictException e) {
            problems.show(model, List.of(new Problems.Shown("form", problems.message(e.messageKey(), e.args()))));
            return again(model, form, null, null);
        }
    }

    @GetMapping("/festivals/{id}")
    String show(@PathVariable long id, Model model) {
        Festival f = festivals.get(id);
        fillShow(model, f);
        return "festival/show";
    }

    @GetMapping("/festivals/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Festival f = festivals.get(id);
        fillForm(
                model,
                FestivalForm.of(f),
                campaigns.systemFind(f.campaignId()).orElseThrow(),
                units.get(f.unitId()),
                f);
        return "festival/form";
    }

    @PostMapping("/festivals/{id}/edit")
    String update(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam Map<String, String> all,
            @RequestParam(required = false) List<String> delegates,
            Model model,
            RedirectAttributes redirect) {
        Festival current = festivals.get(id);
        FestivalForm form = form(current.campaignId(), current.unitCode(), all, delegates);
        String action = all.getOrDefault("action", "register");
        try {
            festivals.update(id, form.command("register".equals(action)), version);
            redirect.addFlashAttribute("flash", problems.message("festival.saved"));
            return "redirect:/festivals/" + id;
        } catch (ValidationException e) {
            return again(model, form, e, current);
        } catch (ConflictException e) {
            problems.show(model, List.of(new Problems.Shown("form", problems.message(e.messageKey(), e.args()))));
            return again(model, form, null, current);
        }
    }

    @PostMapping("/festivals/{id}/status")
    String status(
            @PathVariable long id,
            @RequestParam String to,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            festivals.changeStatus(id, FestivalStatus.valueOf(to), reason);
            redirect.addFlashAttribute("flash", problems.message("festival.saved"));
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", problems.sentence(e));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", problems.message("festival.status.invalid"));
        }
        return "redirect:/festivals/" + id;
    }

    @PostMapping("/festivals/{id}/results")
    String results(
            @PathVariable long id,
            @RequestParam Map<String, String> all,
            @RequestParam(required = false) List<Integer> held,
            @RequestParam(defaultValue = "") String pledges,
            @RequestParam(defaultValue = "") String gifts,
            @RequestParam(name = "photos", required = false)
                    List<org.springframework.web.multipart.MultipartFile> photos,
            @RequestParam(name = "minutes", required = false)
                    List<org.springframework.web.multipart.MultipartFile> minutes,
            Model model,
            RedirectAttributes redirect) {
        Festival f = festivals.get(id);
        try {
            Map<String, Integer> attendance = new LinkedHashMap<>();
            for (String g : FestivalForm.GROUPS) {
                String v = all.get("attendance[" + g + "]");
                if (v != null && !v.isBlank()) {
                    try {
                        attendance.put(g, Integer.parseInt(v.strip()));
                    } catch (NumberFormatException e) {
                        throw ValidationException.of("attendance", "festival.attendance.invalid", g);
                    }
                }
            }
            List<Boolean> steps = new ArrayList<>();
            for (int i = 0; i < f.details().programme().size(); i++) {
                steps.add(held != null && held.contains(i));
            }
            List<FestivalDetails.Pledge> signed = FestivalForm.split(pledges).stream()
                    .map(line -> new FestivalDetails.Pledge(
                            FestivalForm.split(line.replace(" - ", "\n").replace(" – ", "\n"))))
                    .toList();
            festivals.recordResults(id, attendance, steps, signed, gifts, evidence(photos), evidence(minutes));
            redirect.addFlashAttribute("flash", problems.message("festival.resultsSaved"));
            return "redirect:/festivals/" + id;
        } catch (ValidationException e) {
            problems.show(model, e);
            fillShow(model, f);
            model.addAttribute("results", ResultsForm.typed(all, FestivalForm.GROUPS, held, pledges, gifts));
            model.addAttribute("resultsOpen", true);
            return "festival/show";
        }
    }

    private String again(Model model, FestivalForm form, ValidationException e, Festival current) {
        if (e != null) {
            problems.show(model, e);
        }
        Campaign c = campaigns.get(form.campaignId());
        OrgUnit unit = current != null
                ? units.get(current.unitId())
                : units.get(policy.requireActor().unitId());
        if (current == null && form.unitCode() != null && !form.unitCode().isBlank()) {
            unit = units.getByCode(form.unitCode(), c.windowStart());
        }
        fillForm(model, form, c, unit, current);
        return "festival/form";
    }

    private void fillForm(Model model, FestivalForm form, Campaign c, OrgUnit unit, Festival current) {
        model.addAttribute("form", form);
        model.addAttribute("campaign", c);
        model.addAttribute("unit", unit);
        model.addAttribute("festival", current);
        model.addAttribute("groups", FestivalForm.GROUPS);
        model.addAttribute(
                "delegateOptions",
                List.of(
                        problems.message("festival.delegates.PROVINCE"),
                        problems.message("festival.delegates.DISTRICT"),
                        problems.message("festival.delegates.LOCAL")));
    }

    private void fillShow(Model model, Festival f) {
        Actor actor = policy.requireActor();
        boolean own = policy.canSee(actor, units.get(f.unitId()).path())
                && (actor.has(Role.UNIT_OFFICER) || actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN));
        model.addAttribute("festival", f);
        model.addAttribute("campaign", campaigns.systemFind(f.campaignId()).orElseThrow());
        // other modules' parts of this page (outreach: models launched here, coverage of it)
        model.addAttribute(
                "panels",
                panels.stream()
                        .flatMap(p -> p.panelsFor("festival", f.id()).stream())
                        .toList());
        model.addAttribute("groups", FestivalForm.GROUPS);
        model.addAttribute(
                "canChange", own && f.status() != FestivalStatus.CANCELLED && f.status() != FestivalStatus.HELD);
        model.addAttribute("canRecord", own && f.status() != FestivalStatus.CANCELLED);
        model.addAttribute("office", actor.has(Role.STANDING_OFFICE) || actor.has(Role.ADMIN));
        model.addAttribute("evidence", festivals.evidence(f.id()));
        model.addAttribute("results", ResultsForm.of(f));
        model.addAttribute("resultsOpen", false);
        List<List<String>> notes = new java.util.ArrayList<>();
        for (var step : f.details().programme()) {
            List<String> lines = new java.util.ArrayList<>();
            programmeNotes.forEach(n -> lines.addAll(n.linesFor(f, step)));
            notes.add(lines);
        }
        model.addAttribute("programmeNotes", notes);
    }

    @GetMapping("/festivals/attachments/{id}")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable long id) {
        var file = festivals.evidenceFile(id);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(file.contentType()))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    private static List<FestivalManagement.Evidence> evidence(
            List<org.springframework.web.multipart.MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        List<FestivalManagement.Evidence> out = new ArrayList<>();
        for (var f : files) {
            if (f.isEmpty()
                    && (f.getOriginalFilename() == null
                            || f.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                out.add(new FestivalManagement.Evidence(f.getOriginalFilename(), f.getBytes()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The registration form from the request; both registering and editing post the same fields. */
    private static FestivalForm form(
            long campaignId, String unitCode, Map<String, String> all, List<String> delegates) {
        return new FestivalForm(
                campaignId,
                unitCode,
                all.getOrDefault("date", ""),
                all.getOrDefault("startTime", ""),
                all.getOrDefault("endTime", ""),
                all.getOrDefault("venue", ""),
                Boolean.parseBoolean(all.getOrDefault("pilot", "false")),
                all.getOrDefault("programme", ""),
                all.getOrDefault("activities", ""),
                expected(all),
                delegates,
                all.getOrDefault("modelLaunch", ""),
                all.getOrDefault("internalNote", ""));
    }

    private static Map<String, String> expected(Map<String, String> all) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String g : FestivalForm.GROUPS) {
            String v = all.get("expected[" + g + "]");
            if (v != null) {
                out.put(g, v);
            }
        }
        return out;
    }
}
