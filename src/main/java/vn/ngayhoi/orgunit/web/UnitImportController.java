package vn.ngayhoi.orgunit.web;

import java.io.IOException;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngayhoi.orgunit.ImportResult;
import vn.ngayhoi.orgunit.LinkImportResult;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitLinks;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.Problems;

/** Administrators import an official unit list (CSV) as a dated structure. */
@Controller
class UnitImportController {

    private final OrgUnitManagement units;
    private final UnitLinks links;
    private final Problems problems;

    UnitImportController(OrgUnitManagement units, UnitLinks links, Problems problems) {
        this.units = units;
        this.links = links;
        this.problems = problems;
    }

    /** A later merge mapping (a 2026 change), in the columns of the bundled 2024 → 2025 one. */
    @PostMapping("/admin/org-units/links/import")
    String uploadLinks(
            @RequestParam(defaultValue = "") String fromStructure,
            @RequestParam(defaultValue = "") String toStructure,
            @RequestParam("file") MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            LinkImportResult result = links.importMapping(
                    fromStructure,
                    toStructure,
                    file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(),
                    file.getBytes());
            redirect.addFlashAttribute(
                    "flash",
                    problems.message(
                            "orgunit.links.import.done",
                            result.fromStructure(),
                            result.toStructure(),
                            result.created(),
                            result.changed(),
                            result.unchanged(),
                            result.skipped()));
            return "redirect:/admin/org-units/links";
        } catch (ValidationException e) {
            problems.show(model, e);
            model.addAttribute("structures", units.structures());
            return "orgunit/links-import";
        }
    }

    /** The merge mapping has a page of its own: one form per page, one task per page. */
    @GetMapping("/admin/org-units/links")
    String linksForm(Model model) {
        model.addAttribute("structures", units.structures());
        return "orgunit/links-import";
    }

    @GetMapping("/admin/org-units/import")
    String form(Model model) {
        model.addAttribute("structures", units.structures());
        return "orgunit/import";
    }

    @PostMapping("/admin/org-units/import")
    String upload(
            @RequestParam(defaultValue = "") String structureCode,
            @RequestParam(defaultValue = "") String structureName,
            @RequestParam(required = false) String validFrom,
            @RequestParam(required = false) String validTo,
            @RequestParam("file") MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            ImportResult result = units.importOfficialList(
                    structureCode.strip(),
                    structureName,
                    date(validFrom, "validFrom"),
                    date(validTo, "validTo"),
                    file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(),
                    file.getBytes());
            redirect.addFlashAttribute(
                    "flash",
                    problems.message(
                            "orgunit.import.done",
                            result.structureCode(),
                            result.created(),
                            result.renamed(),
                            result.unchanged()));
            return "redirect:/admin/org-units/import";
        } catch (ValidationException e) {
            problems.show(model, e);
            model.addAttribute("structures", units.structures());
            model.addAttribute("structureCode", structureCode);
            model.addAttribute("structureName", structureName);
            return "orgunit/import";
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Bounds.parseDate(field, value, "orgunit.import.validity");
    }
}
