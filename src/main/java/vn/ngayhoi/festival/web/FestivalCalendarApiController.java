package vn.ngayhoi.festival.web;

import java.time.Clock;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.internal.IcsWriter;
import vn.ngayhoi.shared.security.AccessPolicy;

/**
 * iCalendar feeds for calendar applications, over HTTP Basic or a secret subscription URL: every festival of a campaign in the
 * caller's scope (cancelled ones included with STATUS:CANCELLED), and the caller's own leader schedule.
 */
@RestController
class FestivalCalendarApiController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final FestivalManagement festivals;
    private final vn.ngayhoi.festival.FestivalLeaders leaders;
    private final CampaignManagement campaigns;
    private final IcsWriter ics;
    private final AccessPolicy policy;
    private final Clock clock;
    private final vn.ngayhoi.account.AccessTokens tokens;

    FestivalCalendarApiController(
            FestivalManagement festivals,
            vn.ngayhoi.festival.FestivalLeaders leaders,
            CampaignManagement campaigns,
            IcsWriter ics,
            AccessPolicy policy,
            Clock clock,
            vn.ngayhoi.account.AccessTokens tokens) {
        this.tokens = tokens;
        this.festivals = festivals;
        this.leaders = leaders;
        this.campaigns = campaigns;
        this.ics = ics;
        this.policy = policy;
        this.clock = clock;
    }

    /** A contract: calendar applications subscribe to this path. */
    @GetMapping("/api/v1/campaigns/{id}/calendar.ics")
    ResponseEntity<String> campaign(@PathVariable long id) {
        Campaign campaign = campaigns.get(id);
        List<Festival> all = festivals.list(campaign.id(), null, List.of());
        return calendar("ngayhoi-" + campaign.year() + ".ics", ics.write(campaign.name(), all, clock.instant()));
    }

    @GetMapping("/api/v1/me/calendar.ics")
    ResponseEntity<String> mine() {
        var actor = policy.requireActor();
        List<Festival> own = leaders.scheduleOf(actor.userId());
        return calendar("lich-ngayhoi.ics", ics.write("Lịch dự Ngày hội – " + actor.fullName(), own, clock.instant()));
    }

    /**
     * A subscription URL: the token in the path (checked by the security filter) names the owner and
     * what the feed shows; the owner's scope applies on every fetch, so a campaign the owner can no
     * longer see is a 404.
     */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> subscribed(@PathVariable String token) {
        var feed = tokens.current().orElseThrow(() -> new vn.ngayhoi.shared.NotFoundException("calendar"));
        return feed.campaignId() == null ? mine() : campaign(feed.campaignId());
    }

    private static ResponseEntity<String> calendar(String fileName, String body) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"")
                .body(body);
    }
}
