package vn.ngayhoi.orgunit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitLinks;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.web.ApiList;

/** Units in the API, scoped like the pages: a unit outside the caller's subtree is a 404. */
@RestController
@RequestMapping("/api/v1/org-units")
class OrgUnitApiController {

    private final OrgUnitManagement units;
    private final UnitLinks links;
    private final Clock clock;

    OrgUnitApiController(OrgUnitManagement units, UnitLinks links, Clock clock) {
        this.units = units;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/{code}")
    OrgUnitDetailDto get(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        OrgUnit unit = units.getByCode(code, at == null ? LocalDate.now(clock) : Bounds.date("at", at));
        return OrgUnitDetailDto.of(unit, links.predecessors(unit), links.successors(unit));
    }

    @GetMapping("/{code}/children")
    ApiList<OrgUnitDto> children(
            @PathVariable String code,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        OrgUnit unit = units.getByCode(code, at == null ? LocalDate.now(clock) : Bounds.date("at", at));
        List<OrgUnitDto> items =
                units.children(unit.id()).stream().map(OrgUnitDto::of).toList();
        return ApiList.page(items, page, size);
    }

    /**
     * A search by name ({@code q}), or with {@code updatedSince} every unit in scope changed after that
     * instant, paged in id order. {@code limit} is the page size's older name.
     */
    @GetMapping
    ApiList<OrgUnitDto> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String structure,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Integer limit) {
        int pageSize = ApiList.size(size != null ? size : limit == null ? null : Math.max(1, Math.min(limit, 500)));
        java.time.Instant since = ApiList.instant("updatedSince", updatedSince);
        int p = page == null ? 0 : Bounds.page("page", page, 0);
        if (since != null) {
            var result = units.changedSince(since, p, pageSize);
            return new ApiList<>(result.items().stream().map(OrgUnitDto::of).toList(), result.total(), p, pageSize);
        }
        var result = units.search(q, structure, p, pageSize);
        return new ApiList<>(result.items().stream().map(OrgUnitDto::of).toList(), result.total(), p, pageSize);
    }
}
