package vn.ngayhoi.outreach.web;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.outreach.ModelLists;
import vn.ngayhoi.outreach.ModelRegistry;
import vn.ngayhoi.outreach.ModelReview;
import vn.ngayhoi.outreach.PracticeModel;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.Slice;
import vn.ngayhoi.shared.web.ApiList;

/** The registry of models in the API; the parameters and field names are a contract (issue 15, item 7). */
@RestController
class ModelApiController {

    private final ModelRegistry registry;
    private final java.time.Clock clock;

    private final ModelLists lists;

    ModelApiController(ModelRegistry registry, ModelLists lists, java.time.Clock clock) {
        this.registry = registry;
        this.lists = lists;
        this.clock = clock;
    }

    record ModelItem(
            long id,
            String name,
            String field,
            String unitCode,
            String unitName,
            LocalDate launchedOn,
            Long festivalId,
            String description,
            Long originModelId,
            String status,
            boolean active,
            Integer lastReviewYear,
            Boolean effective,
            int replications,
            LocalDate retiredOn,
            String retiredReason,
            int version) {
        static ModelItem of(PracticeModel m, LocalDate today) {
            return new ModelItem(
                    m.id(),
                    m.name(),
                    m.field(),
                    m.unitCode(),
                    m.unitName(),
                    m.launchedOn(),
                    m.festivalId(),
                    m.description(),
                    m.originModelId(),
                    m.stageOn(today).name(),
                    m.stageOn(today).active(),
                    m.lastReviewYear(),
                    m.lastEffective(),
                    m.replications(),
                    m.retiredOn(),
                    m.retiredReason(),
                    m.version());
        }
    }

    /** A new model; {@code launchedOn} is yyyy-MM-dd; {@code originModelId} makes it a replication. */
    record NewModel(
            String name,
            String field,
            String unitCode,
            String launchedOn,
            Long festivalId,
            String description,
            Long originModelId) {}

    record NewReview(Integer year, Boolean effective, String reason) {}

    record ReviewItem(long id, long modelId, int year, boolean effective, String reason, String reviewedBy) {
        static ReviewItem of(ModelReview r) {
            return new ReviewItem(r.id(), r.modelId(), r.year(), r.effective(), r.reason(), r.reviewedBy());
        }
    }

    record Retirement(String reason, Integer version) {}

    /** Models of the subtree; {@code status}: REGISTERED, LAUNCHED, REVIEWED, REPLICATED, RETIRED or ACTIVE. */
    @GetMapping("/api/v1/models")
    ApiList<ModelItem> list(
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int p = ApiList.page(page);
        int s = ApiList.size(size);
        Slice<PracticeModel> found = lists.page(unit, status, ApiList.offset(p, s), s);
        LocalDate today = LocalDate.now(clock);
        return new ApiList<>(
                found.items().stream().map(m -> ModelItem.of(m, today)).toList(), found.total(), p, s);
    }

    @GetMapping("/api/v1/models/{id}")
    ModelItem get(@PathVariable long id) {
        return ModelItem.of(registry.get(id), LocalDate.now(clock));
    }

    @PostMapping("/api/v1/models")
    @ResponseStatus(HttpStatus.CREATED)
    ModelItem create(@RequestBody NewModel body) {
        LocalDate launched = body.launchedOn() == null || body.launchedOn().isBlank()
                ? null
                : Bounds.parseDate("launchedOn", body.launchedOn(), "outreach.date.unreadable");
        PracticeModel m = registry.register(new ModelRegistry.NewPracticeModel(
                body.name(),
                body.field(),
                body.unitCode(),
                launched,
                body.festivalId(),
                body.description(),
                body.originModelId()));
        return ModelItem.of(m, LocalDate.now(clock));
    }

    /** The yearly review: {@code year}, {@code effective}, {@code reason}; 201, 400, or 409 when the year has one. */
    @PostMapping("/api/v1/models/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewItem review(@PathVariable long id, @RequestBody NewReview body) {
        return ReviewItem.of(registry.review(id, body.year(), body.effective(), body.reason()));
    }

    @PostMapping("/api/v1/models/{id}/retire")
    ModelItem retire(@PathVariable long id, @RequestBody Retirement body) {
        return ModelItem.of(registry.retire(id, body.reason(), body.version()), LocalDate.now(clock));
    }
}
