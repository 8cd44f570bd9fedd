package vn.ngayhoi.outreach.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.outreach.Coverage;
import vn.ngayhoi.outreach.CoverageAssignment;
import vn.ngayhoi.outreach.CoverageItem;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.web.ApiList;

/** Media coverage assignments of a campaign in the API, each with its items (issue 15, item 7). */
@RestController
class CoverageApiController {

    private final Coverage coverage;
    private final java.time.Clock clock;

    CoverageApiController(Coverage coverage, java.time.Clock clock) {
        this.coverage = coverage;
        this.clock = clock;
    }

    record Item(long id, String kind, String title, String outlet, LocalDate publishedOn, String link) {
        static Item of(CoverageItem i) {
            return new Item(i.id(), i.kind(), i.title(), i.outlet(), i.publishedOn(), i.link());
        }
    }

    record AssignmentItem(
            long id,
            long campaignId,
            long festivalId,
            String festivalUnitName,
            String unitCode,
            String unitName,
            List<String> tasks,
            LocalDate dueDate,
            boolean overdue,
            String assignedBy,
            OffsetDateTime assignedAt,
            List<Item> items) {}

    @GetMapping("/api/v1/coverage-assignments")
    ApiList<AssignmentItem> list(
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LocalDate today = LocalDate.now(clock);
        long campaignId = PropagandaApiController.required(campaign);
        int p = ApiList.page(page);
        int s = ApiList.size(size);
        var found = coverage.page(campaignId, ApiList.offset(p, s), s);
        return new ApiList<>(found.items().stream().map(a -> of(a, today)).toList(), found.total(), p, s);
    }

    record NewAssignment(Long festivalId, String unitCode, List<String> tasks, String dueDate) {}

    record NewItem(String kind, String title, String outlet, String publishedOn, String link) {}

    /** The standing office assigns a unit to cover a festival; 201 with the assignment. */
    @PostMapping("/api/v1/coverage-assignments")
    @ResponseStatus(HttpStatus.CREATED)
    AssignmentItem assign(@RequestBody NewAssignment body) {
        if (body.festivalId() == null) {
            throw vn.ngayhoi.shared.ValidationException.of("festivalId", "outreach.coverage.festival.required");
        }
        LocalDate due = body.dueDate() == null || body.dueDate().isBlank()
                ? null
                : Bounds.parseDate("dueDate", body.dueDate(), "outreach.date.unreadable");
        return of(coverage.assign(body.festivalId(), body.unitCode(), body.tasks(), due), LocalDate.now(clock));
    }

    /** The assignee records an item it produced; 201 with the item. */
    @PostMapping("/api/v1/coverage-assignments/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    Item record(@PathVariable long id, @RequestBody NewItem body) {
        LocalDate published = body.publishedOn() == null || body.publishedOn().isBlank()
                ? null
                : Bounds.parseDate("publishedOn", body.publishedOn(), "outreach.date.unreadable");
        return Item.of(coverage.record(
                id, new Coverage.NewItem(body.kind(), body.title(), body.outlet(), published, body.link())));
    }

    private AssignmentItem of(CoverageAssignment a, LocalDate today) {
        return new AssignmentItem(
                a.id(),
                a.campaignId(),
                a.festivalId(),
                a.festivalUnitName(),
                a.unitCode(),
                a.unitName(),
                a.tasks(),
                a.dueDate(),
                a.overdueOn(today),
                a.assignedBy(),
                a.assignedAt(),
                coverage.items(a.id()).stream().map(Item::of).toList());
    }
}
