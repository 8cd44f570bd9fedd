package vn.ngayhoi.outreach.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.outreach.PropagandaChannel;
import vn.ngayhoi.outreach.PropagandaEntry;
import vn.ngayhoi.outreach.PropagandaLog;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.ApiList;

/** The propaganda log in the API; the parameters and field names are a contract (issue 15, item 7). */
@RestController
class PropagandaApiController {

    private final PropagandaLog log;

    PropagandaApiController(PropagandaLog log) {
        this.log = log;
    }

    record EntryItem(
            long id,
            long campaignId,
            String unitCode,
            String unitName,
            String channel,
            LocalDate date,
            int count,
            Integer reach,
            String link,
            String note,
            boolean hasPhoto,
            String recordedBy,
            OffsetDateTime recordedAt) {
        static EntryItem of(PropagandaEntry e) {
            return new EntryItem(
                    e.id(),
                    e.campaignId(),
                    e.unitCode(),
                    e.unitName(),
                    e.channel().name(),
                    e.date(),
                    e.count(),
                    e.reach(),
                    e.link(),
                    e.note(),
                    e.hasPhoto(),
                    e.recordedBy(),
                    e.recordedAt());
        }
    }

    /** The body of a new entry; {@code date} is yyyy-MM-dd. */
    record NewEntry(String channel, String date, Integer count, Integer reach, String link, String note) {}

    record Summary(long campaignId, String unit, Map<String, Long> counts, long total) {}

    /** Entries of the campaign in the subtree ({@code unit}: a code or name; blank: the account's), by id. */
    @GetMapping("/api/v1/propaganda")
    ApiList<EntryItem> list(
            @RequestParam(required = false) Long campaign,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String channel,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        int p = page == null ? 0 : Bounds.page("page", page, 0);
        int s = ApiList.size(size);
        PropagandaLog.Page found = log.page(required(campaign), unit, channel, p, s);
        return new ApiList<>(found.items().stream().map(EntryItem::of).toList(), found.total(), p, s);
    }

    /** Logs an activity of {@code unit} (blank: the account's own unit); 201 with the entry, 400 with nothing stored. */
    @PostMapping("/api/v1/propaganda")
    @ResponseStatus(HttpStatus.CREATED)
    EntryItem create(
            @RequestParam(required = false) Long campaign,
            @RequestParam(defaultValue = "") String unit,
            @RequestBody NewEntry body) {
        long campaignId = required(campaign);
        LocalDate date = body.date() == null || body.date().isBlank()
                ? null
                : Bounds.parseDate("date", body.date(), "outreach.date.unreadable");
        return EntryItem.of(log.log(
                campaignId,
                unit,
                new PropagandaLog.Activity(body.channel(), date, body.count(), body.reach(), body.link(), body.note()),
                null));
    }

    /** Counts by channel (every channel, zero where none) for the subtree. */
    @GetMapping("/api/v1/campaigns/{id}/propaganda/summary")
    Summary summary(@PathVariable long id, @RequestParam(defaultValue = "") String unit) {
        Map<PropagandaChannel, Long> sums = log.summary(id, unit);
        Map<String, Long> counts = new LinkedHashMap<>();
        sums.forEach((c, n) -> counts.put(c.name(), n));
        return new Summary(
                id,
                unit.isBlank() ? null : unit.strip(),
                counts,
                counts.values().stream().mapToLong(Long::longValue).sum());
    }

    static long required(Long campaign) {
        if (campaign == null) {
            throw ValidationException.of("campaign", "outreach.campaign.required");
        }
        return campaign;
    }
}
