package vn.ngayhoi.orgunit.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.Structure;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.orgunit.UnitCommands.DissolveUnit;
import vn.ngayhoi.orgunit.UnitCommands.MoveUnit;
import vn.ngayhoi.orgunit.UnitCommands.RenameUnit;
import vn.ngayhoi.orgunit.UnitLinks;
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
    private final UnitLinks links;

    OrgUnitPageController(
            OrgUnitManagement units,
            AccessPolicy policy,
            Problems problems,
            Clock clock,
            UnitPicker picker,
            UnitLinks links) {
        this.links = links;
        this.picker = picker;
        this.units = units;
        this.policy = policy;
        this.problems = problems;
        this.clock = clock;
    }

    /**
     * The tree, one structure at a time: the one valid on {@code at} (today without it), the current
     * one listed first, each under its own heading; units above every structure (the national level)
     * are shown with each.
     */
    @GetMapping("/org-units")
    String tree(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String structure,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = at == null ? today : Bounds.date("at", at);
        List<Structure> all = ordered(today);
        Structure shown = all.stream()
                .filter(s -> s.code().equals(structure))
                .findFirst()
                .or(() -> all.stream().filter(s -> validOn(s, day)).findFirst())
                .orElse(all.isEmpty() ? null : all.get(0));
        model.addAttribute("structures", all);
        model.addAttribute("shown", shown);
        model.addAttribute(
                "roots",
                units.roots().stream()
                        .filter(u -> shown == null
                                || !isStructure(u.structureCode(), all)
                                || u.structureCode().equals(shown.code()))
                        .toList());
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("result", units.search(q, null, SEARCH_LIMIT));
        }
        model.addAttribute("structureNames", names(all));
        model.addAttribute("today", today);
        return "orgunit/tree";
    }

    /** htmx: the children of one node, as list items; under the national root, one structure's. */
    @GetMapping("/org-units/{id}/children")
    String children(@PathVariable long id, @RequestParam(required = false) String structure, Model model) {
        List<Structure> all = units.structures();
        model.addAttribute(
                "nodes",
                units.children(id).stream()
                        .filter(u -> structure == null
                                || structure.isBlank()
                                || !isStructure(u.structureCode(), all)
                                || u.structureCode().equals(structure))
                        .toList());
        model.addAttribute("shownCode", structure);
        model.addAttribute("today", LocalDate.now(clock));
        return "orgunit/tree :: nodes";
    }

    /** htmx: search results while typing; each result says which structure it belongs to. */
    @GetMapping("/org-units/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", units.search(q, null, SEARCH_LIMIT));
        model.addAttribute("structureNames", names(units.structures()));
        model.addAttribute("today", LocalDate.now(clock));
        return "orgunit/tree :: results";
    }

    /** The structure valid today first, then the others newest first. */
    private List<Structure> ordered(LocalDate today) {
        List<Structure> all = new java.util.ArrayList<>(units.structures());
        all.sort(Comparator.comparing((Structure s) -> !validOn(s, today)));
        return all;
    }

    private static boolean validOn(Structure s, LocalDate day) {
        return (s.validFrom() == null || !day.isBefore(s.validFrom()))
                && (s.validTo() == null || !day.isAfter(s.validTo()));
    }

    private static boolean isStructure(String code, List<Structure> all) {
        return all.stream().anyMatch(s -> s.code().equals(code));
    }

    private static Map<String, String> names(List<Structure> all) {
        Map<String, String> names = new java.util.HashMap<>();
        all.forEach(s -> names.put(s.code(), s.name()));
        return names;
    }

    /**
     * The administrator sets the share of a partial predecessor's figures that counts towards this
     * unit, in percent (empty: not counted).
     */
    @PostMapping("/org-units/{id}/predecessors/{predecessorId}/share")
    String share(
            @PathVariable long id,
            @PathVariable long predecessorId,
            @RequestParam(defaultValue = "") String percent,
            Model model,
            RedirectAttributes redirect) {
        OrgUnit unit = units.get(id);
        try {
            BigDecimal share = null;
            if (!percent.isBlank()) {
                try {
                    share = new BigDecimal(percent.strip().replace(',', '.')).divide(BigDecimal.valueOf(100));
                } catch (NumberFormatException e) {
                    throw ValidationException.of("share", "orgunit.links.share.invalid");
                }
            }
            links.setShare(predecessorId, id, share);
            redirect.addFlashAttribute("flash", problems.message("orgunit.links.share.saved", unit.name()));
            return "redirect:/org-units/" + id;
        } catch (ValidationException e) {
            return again(model, unit, e, "share", percent);
        }
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
        model.addAttribute("predecessors", links.predecessors(unit));
        model.addAttribute("successors", links.successors(unit));
        model.addAttribute("canSetShare", admin);
    }
}
