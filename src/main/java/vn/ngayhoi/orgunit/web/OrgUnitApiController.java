package vn.ngayhoi.orgunit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Bounds;

/** Units in the API, scoped like the pages: a unit outside the caller's subtree is a 404. */
@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitApiController {

    private final OrgUnitManagement units;
    private final Clock clock;

    OrgUnitApiController(OrgUnitManagement units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/{code}")
    OrgUnitDto get(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return OrgUnitDto.of(units.getByCode(code, at == null ? LocalDate.now(clock) : Bounds.date("at", at)));
    }

    @GetMapping("/{code}/children")
    Map<String, Object> children(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        OrgUnit unit = units.getByCode(code, at == null ? LocalDate.now(clock) : Bounds.date("at", at));
        List<OrgUnitDto> items =
                units.children(unit.id()).stream().map(OrgUnitDto::of).toList();
        return Map.of("items", items, "total", items.size());
    }

    @GetMapping
    Map<String, Object> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String structure,
            @RequestParam(defaultValue = "50") int limit) {
        var result = units.search(q, structure, Math.max(1, Math.min(limit, 500)));
        return Map.of("items", result.items().stream().map(OrgUnitDto::of).toList(), "total", result.total());
    }
}
