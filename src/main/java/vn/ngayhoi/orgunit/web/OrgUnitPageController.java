package vn.ngayhoi.orgunit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.orgunit.UnitCommands.DissolveUnit;
import vn.ngayhoi.orgunit.UnitCommands.MoveUnit;
import vn.ngayhoi.orgunit.UnitCommands.RenameUnit;
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.orgunit.UnitType;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.Problems;

/** The unit tree (children loaded with htmx), search, a unit's page and its changes. */
@Controller
class OrgUnitPageController {

    private static final int SEARCH_LIMIT = 50;
    private static final int OPTIONS_LIMIT = 12;

    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final Problems problems;
    private final Clock clock;

    private final UnitPicker picker;

    OrgUnitPageController(
            OrgUnitManagement units, AccessPolicy policy, Problems problems, Clock clock, UnitPicker picker) {
        this.picker = picker;
        this.units = units;
        this.policy = policy;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/org-units")
    String tree(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("roots", units.roots());
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("result", units.search(q, null, SEARCH_LIMIT));
        }
        model.addAttribute("today", LocalDate.now(clock));
        return "orgunit/tree";
    }

    /** htmx: the children of one node, as list items. */
    @GetMapping("/org-units/{id}/children")
    String children(@PathVariable long id, Model model) {
        model.addAttribute("nodes", units.children(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "orgunit/tree :: nodes";
    }

    /** htmx: search results while typing. */
    @GetMapping("/org-units/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", units.search(q, null, SEARCH_LIMIT));
        model.addAttribute("today", LocalDate.now(clock));
        return "orgunit/tree :: results";
    }

    /** htmx: the suggestions of a unit field (a datalist: name shown, code sent). */
    @GetMapping("/org-units/options")
    String options(@RequestParam java.util.Map<String, String> all, Model model) {
        // The field sends itself under its own name (unitCode, units, unit): any one will do.
        String q = all.values().stream().filter(v -> !v.isBlank()).findFirst().orElse("");
        int comma = q.lastIndexOf(',');
        q = comma >= 0 ? q.substring(comma + 1).strip() : q;
        model.addAttribute(
                "options", q.isBlank() ? java.util.List.of() : picker.suggest(q, LocalDate.now(clock), OPTIONS_LIMIT));
        return "orgunit/tree :: options";
    }

    @GetMapping("/org-units/{id}")
    String unit(@PathVariable long id, Model model) {
        OrgUnit unit = units.get(id);
        fill(model, unit);
        return "orgunit/unit";
    }

    @PostMapping("/org-units/{id}/children")
    String create(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String typeCode,
            @RequestParam(defaultValue = "") String name,
            Model model,
            RedirectAttributes redirect) {
        try {
            OrgUnit created = units.create(new CreateUnit(id, typeCode, name, null));
            redirect.addFlashAttribute("flash", problems.message("orgunit.created", created.name(), created.code()));
            return "redirect:/org-units/" + created.id();
        } catch (ValidationException e) {
            return again(model, units.get(id), e, "create", name);
        }
    }

    @PostMapping("/org-units/{id}/rename")
    String rename(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "0") int version,
            Model model,
            RedirectAttributes redirect) {
        try {
            OrgUnit renamed = units.rename(new RenameUnit(id, name, version));
            redirect.addFlashAttribute("flash", problems.message("orgunit.renamed", renamed.name()));
            return "redirect:/org-units/" + id;
        } catch (ValidationException e) {
            return again(model, units.get(id), e, "rename", name);
        }
    }

    @PostMapping("/org-units/{id}/move")
    String move(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String newParentCode,
            Model model,
            RedirectAttributes redirect) {
        OrgUnit unit = units.get(id);
        try {
            OrgUnit target;
            try {
                target = units.getByCode(newParentCode.strip(), LocalDate.now(clock));
            } catch (NotFoundException e) {
                throw ValidationException.of("newParentCode", "orgunit.move.parentNotFound", newParentCode);
            }
            units.move(new MoveUnit(id, target.id()));
            redirect.addFlashAttribute("flash", problems.message("orgunit.moved", unit.name(), target.name()));
            return "redirect:/org-units/" + id;
        } catch (ValidationException e) {
            return again(model, unit, e, "move", newParentCode);
        }
    }

    @PostMapping("/org-units/{id}/dissolve")
    String dissolve(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String lastDay,
            Model model,
            RedirectAttributes redirect) {
        OrgUnit unit = units.get(id);
        try {
            LocalDate day = Bounds.parseDate("lastDay", lastDay, "orgunit.dissolve.dateRequired");
            units.dissolve(new DissolveUnit(id, day));
            redirect.addFlashAttribute("flash", problems.message("orgunit.dissolved", unit.name()));
            return "redirect:/org-units/" + id;
        } catch (ValidationException e) {
            return again(model, unit, e, "dissolve", lastDay);
        }
    }

    private String again(Model model, OrgUnit unit, ValidationException e, String form, String value) {
        problems.show(model, e);
        model.addAttribute("openForm", form);
        model.addAttribute("formValue", value);
        fill(model, unit);
        return "orgunit/unit";
    }

    private void fill(Model model, OrgUnit unit) {
        Actor actor = policy.requireActor();
        LocalDate today = LocalDate.now(clock);
        UnitType type = units.type(unit.typeCode()).orElseThrow();
        boolean admin = actor.has(Role.ADMIN);
        boolean office = actor.has(Role.STANDING_OFFICE);
        List<UnitType> creatable = units.types().stream()
                .filter(t -> admin || (office && !t.territorial()))
                .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("type", type);
        model.addAttribute("breadcrumbs", units.breadcrumbs(unit));
        model.addAttribute("children", units.children(unit.id()));
        model.addAttribute("creatableTypes", creatable);
        model.addAttribute("canChange", admin || (office && !type.territorial()));
        model.addAttribute("canCreate", !creatable.isEmpty() && !unit.dissolvedBy(today));
        model.addAttribute("today", today);
    }
}
