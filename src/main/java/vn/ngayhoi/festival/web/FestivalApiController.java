package vn.ngayhoi.festival.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalCommand;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStates;
import vn.ngayhoi.festival.FestivalStatus;

/** Festivals in the API; field names are a contract. */
@RestController
@RequestMapping("/api/v1/festivals")
class FestivalApiController {

    private final FestivalManagement festivals;
    private final FestivalStates states;

    FestivalApiController(FestivalManagement festivals, FestivalStates states) {
        this.festivals = festivals;
        this.states = states;
    }

    record FestivalItem(
            long id,
            long campaignId,
            String unitCode,
            String unitName,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String venue,
            boolean pilot,
            String status) {
        /** {@code status} is the status as shown: AWAITING_RESULTS once a registered festival is over. */
        static FestivalItem of(Festival f, FestivalStatus status) {
            return new FestivalItem(
                    f.id(),
                    f.campaignId(),
                    f.unitCode(),
                    f.unitName(),
                    f.startsAt()
                            .atZoneSameInstant(vn.ngayhoi.shared.Formats.ZONE)
                            .toOffsetDateTime(),
                    f.endsAt().atZoneSameInstant(vn.ngayhoi.shared.Formats.ZONE).toOffsetDateTime(),
                    f.venue(),
                    f.pilot(),
                    status.name());
        }
    }

    record FestivalDetail(FestivalItem festival, String statusReason, FestivalDetails details) {}

    record NewFestival(
            Long campaignId,
            String unitCode,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String venue,
            Boolean pilot) {}

    @GetMapping
    Map<String, Object> list(
            @RequestParam(required = false) Long campaign, @RequestParam(required = false) String unit) {
        List<FestivalItem> items = festivals.list(campaign, unit, List.of()).stream()
                .map(f -> FestivalItem.of(f, states.of(f)))
                .toList();
        return Map.of("items", items, "total", items.size());
    }

    @GetMapping("/{id}")
    FestivalDetail get(@PathVariable long id) {
        Festival f = festivals.get(id);
        return new FestivalDetail(FestivalItem.of(f, states.of(f)), f.statusReason(), f.details());
    }

    @PostMapping
    ResponseEntity<FestivalItem> create(@RequestBody NewFestival body) {
        if (body.campaignId() == null) {
            throw vn.ngayhoi.shared.ValidationException.of("campaignId", "festival.campaign.required");
        }
        Festival f = festivals.create(new FestivalCommand(
                body.campaignId(),
                body.unitCode(),
                body.startsAt(),
                body.endsAt(),
                body.venue(),
                Boolean.TRUE.equals(body.pilot()),
                null,
                null,
                true));
        return ResponseEntity.created(URI.create("/api/v1/festivals/" + f.id())).body(FestivalItem.of(f, states.of(f)));
    }
}
