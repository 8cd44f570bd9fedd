package vn.ngayhoi.forum.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.forum.PublicForum;
import vn.ngayhoi.shared.NotFoundException;

/**
 * The public forum API, without an account: sending an opinion (JSON only, so a cross-site form
 * cannot post it) and reading its status by tracking code. Field names are a contract.
 */
@RestController
@RequestMapping("/public/api/opinions")
class PublicForumApiController {

    private final PublicForum forum;

    PublicForumApiController(PublicForum forum) {
        this.forum = forum;
    }

    record NewOpinion(String communeCode, String topic, String text, Boolean anonymous, String name, String contact) {}

    record Sent(String trackingCode, LocalDate dueDate, String unitName) {}

    record Status(
            String status,
            String unitName,
            String topicName,
            OffsetDateTime receivedAt,
            LocalDate dueDate,
            String answer,
            OffsetDateTime answeredAt) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Sent> send(@RequestBody NewOpinion body, HttpServletRequest request) {
        PublicForum.Received r = forum.submit(
                new PublicForum.Submission(
                        body.communeCode(),
                        body.topic(),
                        body.text(),
                        body.anonymous() != null ? body.anonymous() : isBlank(body.name()) && isBlank(body.contact()),
                        body.name(),
                        body.contact(),
                        null),
                List.of(),
                request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Sent(r.trackingCode(), r.dueDate(), r.unitName()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @GetMapping("/{trackingCode}")
    Status status(@PathVariable String trackingCode, HttpServletRequest request) {
        PublicForum.Status s =
                forum.status(trackingCode, request.getRemoteAddr()).orElseThrow(() -> new NotFoundException("opinion"));
        return new Status(
                s.status().name(),
                s.unitName(),
                s.topicName(),
                s.receivedAt(),
                s.dueDate(),
                s.answer(),
                s.answeredAt());
    }
}
