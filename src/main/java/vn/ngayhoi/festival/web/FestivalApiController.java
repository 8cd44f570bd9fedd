package vn.ngayhoi.festival.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
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
            String status,
            OffsetDateTime updatedAt) {
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
                    status.name(),
                    f.updatedAt());
        }
    }

    /** Expected participants by group and the delegate groups invited. */
    record Participants(java.util.Map<String, Integer> expected, List<String> delegateGroups) {}

    /** What happened, once recorded: attendance by group, pledges signed, gifts. */
    record Results(
            java.util.Map<String, Integer> attendance,
            int totalAttendance,
            List<FestivalDetails.Pledge> pledges,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String gifts) {}

    /**
     * The list's fields flat, then the programme, participants and results; {@code festival} and
     * {@code details} are the shapes of the previous release, kept one release as deprecated aliases.
     */
    record FestivalDetail(
            long id,
            long campaignId,
            String unitCode,
            String unitName,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String venue,
            boolean pilot,
            String status,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String statusReason,

            List<FestivalDetails.Step> programme,
            List<String> activities,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true)
            String modelLaunch,

            Participants participants,
            Results results,

            @Deprecated @io.swagger.v3.oas.annotations.media.Schema(deprecated = true)
            FestivalItem festival,

            @Deprecated @io.swagger.v3.oas.annotations.media.Schema(deprecated = true)
            FestivalDetails details) {

        static FestivalDetail of(Festival f, FestivalStatus status) {
            FestivalItem i = FestivalItem.of(f, status);
            FestivalDetails d = f.details();
            return new FestivalDetail(
                    i.id(),
                    i.campaignId(),
                    i.unitCode(),
                    i.unitName(),
                    i.startsAt(),
                    i.endsAt(),
                    i.venue(),
                    i.pilot(),
                    i.status(),
                    f.statusReason(),
                    d.programme(),
                    d.activities(),
                    d.modelLaunch(),
                    new Participants(d.expected(), d.delegateGroups()),
                    new Results(d.attendance(), d.totalAttendance(), d.pledges(), d.gifts()),
                    i,
                    d);
        }
    }

    record NewFestival(
            Long campaignId,
            String unitCode,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            String venue,
            Boolean pilot) {}

    @GetMapping
    vn.ngayhoi.shared.web.ApiList<FestivalItem> list(
            @RequestParam(required = false) Long campaign,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String updatedSince,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        java.time.Instant since = vn.ngayhoi.shared.web.ApiList.instant("updatedSince", updatedSince);
        int p = page == null ? 0 : vn.ngayhoi.shared.Bounds.page("page", page, 0);
        int s = vn.ngayhoi.shared.web.ApiList.size(size);
        var found = festivals.page(campaign, unit, since, p, s);
        return new vn.ngayhoi.shared.web.ApiList<>(
                found.items().stream()
                        .map(f -> FestivalItem.of(f, states.of(f)))
                        .toList(),
                found.total(),
                p,
                s);
    }

    @GetMapping("/{id}")
    FestivalDetail get(@PathVariable long id) {
        Festival f = festivals.get(id);
        return FestivalDetail.of(f, states.of(f));
    }

    @PostMapping
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
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
