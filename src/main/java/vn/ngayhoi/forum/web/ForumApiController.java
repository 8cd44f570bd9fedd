package vn.ngayhoi.forum.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.forum.Forum;
import vn.ngayhoi.forum.Opinion;
import vn.ngayhoi.shared.web.ApiList;

/** Opinions for staff in the API; field names are a contract. */
@RestController
@RequestMapping("/api/v1/opinions")
class ForumApiController {

    private final Forum forum;
    private final Clock clock;

    ForumApiController(Forum forum, Clock clock) {
        this.forum = forum;
        this.clock = clock;
    }

    record OpinionItem(
            long id,
            String channel,
            String unitCode,
            String unitName,
            String topic,
            String topicName,
            String text,
            boolean anonymous,
            String name,
            String contact,
            String status,
            OffsetDateTime receivedAt,
            LocalDate dueDate,
            boolean overdue,
            String answer,
            OffsetDateTime answeredAt,
            boolean published,
            String escalatedTo,
            int version) {
        static OpinionItem of(Opinion o, LocalDate today) {
            return new OpinionItem(
                    o.id(),
                    o.channel(),
                    o.unitCode(),
                    o.unitName(),
                    o.topicCode(),
                    o.topicName(),
                    o.text(),
                    o.anonymous(),
                    o.name(),
                    o.contact(),
                    o.status().name(),
                    o.receivedAt(),
                    o.dueDate(),
                    o.overdueOn(today),
                    o.answer(),
                    o.answeredAt(),
                    o.published(),
                    o.escalatedUnitName(),
                    o.version());
        }
    }

    record Answer(String text, Integer version) {}

    record Route(String unitCode, String reason, Integer version) {}

    /** Opinions in scope by id, one page at a time ({@code items}, {@code total}, {@code page}, {@code size}). */
    @GetMapping
    ApiList<OpinionItem> list(
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String topic,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LocalDate today = LocalDate.now(clock);
        int p = ApiList.page(page);
        int s = ApiList.size(size);
        var found = forum.page(unit, status, topic, true, ApiList.offset(p, s), s);
        return new ApiList<>(
                found.items().stream().map(o -> OpinionItem.of(o, today)).toList(), found.total(), p, s);
    }

    @GetMapping("/{id}")
    OpinionItem get(@PathVariable long id) {
        return OpinionItem.of(forum.get(id), LocalDate.now(clock));
    }

    /** {@code version} may be left out: the API then answers what is stored now. */
    @PostMapping("/{id}/answer")
    OpinionItem answer(@PathVariable long id, @RequestBody Answer body) {
        int version = body.version() != null ? body.version() : forum.get(id).version();
        return OpinionItem.of(forum.answer(id, body.text(), version), LocalDate.now(clock));
    }

    @PostMapping("/{id}/route")
    OpinionItem route(@PathVariable long id, @RequestBody Route body) {
        int version = body.version() != null ? body.version() : forum.get(id).version();
        return OpinionItem.of(forum.route(id, body.unitCode(), body.reason(), version), LocalDate.now(clock));
    }
}
