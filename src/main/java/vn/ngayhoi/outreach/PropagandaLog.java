package vn.ngayhoi.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.UnitPicker;
import vn.ngayhoi.outreach.OutreachEvents.PropagandaLogged;
import vn.ngayhoi.outreach.internal.PropagandaRepository;
import vn.ngayhoi.outreach.internal.PropagandaRepository.NewEntry;
import vn.ngayhoi.outreach.internal.PropagandaRepository.Photo;
import vn.ngayhoi.outreach.internal.PropagandaRepository.UnitSums;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.files.EvidenceRules;
import vn.ngayhoi.shared.files.Hashes;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/**
 * The propaganda log: what each unit did, by channel, in a campaign. Every read and write goes
 * through the access policy (a unit or entry outside the subtree answers 404); bad input is refused
 * as a whole with a Vietnamese message per field and nothing stored. The campaign's year is the
 * calendar year of its festival window, and an activity is dated inside it and not after today.
 */
@Service
public class PropagandaLog {

    static final int LIST_MAX = 2000;
    static final int NOTE_MAX = 1000;
    static final int LINK_MAX = 500;

    /** What a person logs: the API's and the page's fields. */
    public record Activity(String channel, LocalDate date, Integer count, Integer reach, String link, String note) {}

    /** An optional photo of the activity, checked by the shared evidence rules. */
    public record Upload(String fileName, byte[] content) {}

    private final PropagandaRepository entries;
    private final CampaignManagement campaigns;
    private final UnitPicker picker;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxPhotoBytes;

    PropagandaLog(
            PropagandaRepository entries,
            CampaignManagement campaigns,
            UnitPicker picker,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${ngayhoi.attachments.max-size:20MB}") org.springframework.util.unit.DataSize maxPhoto) {
        this.entries = entries;
        this.campaigns = campaigns;
        this.picker = picker;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.maxPhotoBytes = maxPhoto.toBytes();
    }

    /** The calendar year a campaign's activities belong to: that of its festival window. */
    public static int yearOf(Campaign c) {
        return c.windowStart().getYear();
    }

    /** Entries of a campaign in the account's subtree or in one unit's subtree, optionally one channel. */
    public List<PropagandaEntry> list(long campaignId, String unit, String channel) {
        Campaign c = campaigns.get(campaignId);
        return entries.list(c.id(), subtree(unit), channelOrNull(channel), LIST_MAX);
    }

    /** One page of entries by id ({@code page} from 0) and the number of entries in all. */
    public record Page(List<PropagandaEntry> items, long total) {}

    /** One page of {@link #list} (newest first) and how many entries match: the log page (issue 20). */
    public Page newest(long campaignId, String unit, String channel, long offset, int limit) {
        Campaign c = campaigns.get(campaignId);
        String prefix = subtree(unit);
        PropagandaChannel ch = channelOrNull(channel);
        return new Page(entries.page(c.id(), prefix, ch, true, offset, limit), entries.count(c.id(), prefix, ch));
    }

    public Page page(long campaignId, String unit, String channel, int page, int size) {
        Campaign c = campaigns.get(campaignId);
        String prefix = subtree(unit);
        PropagandaChannel ch = channelOrNull(channel);
        return new Page(entries.page(c.id(), prefix, ch, (long) page * size, size), entries.count(c.id(), prefix, ch));
    }

    /** One entry, 404 outside the subtree. */
    public PropagandaEntry get(long id) {
        PropagandaEntry e = entries.find(id).orElseThrow(() -> new NotFoundException("propaganda#" + id));
        policy.requireVisible(e.unitPath(), "propaganda:" + id);
        return e;
    }

    public Photo photo(long id) {
        get(id);
        return entries.photo(id).orElseThrow(() -> new NotFoundException("propaganda_photo#" + id));
    }

    /** Counts by channel for the subtree (the account's, or the named unit's). */
    public Map<PropagandaChannel, Long> summary(long campaignId, String unit) {
        Campaign c = campaigns.get(campaignId);
        return entries.sumByChannel(c.id(), subtree(unit));
    }

    /** Counts by unit and channel for the subtree: the standing office's table. */
    public List<UnitSums> byUnit(long campaignId, String unit) {
        Campaign c = campaigns.get(campaignId);
        return entries.sumsByUnit(c.id(), subtree(unit));
    }

    /**
     * Logs an activity of {@code unit} (the account's own unit when blank). Every field and the photo
     * are checked first; a refusal stores nothing.
     */
    @Transactional
    public PropagandaEntry log(long campaignId, String unit, Activity a, Upload photo) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.DEPARTMENT_OFFICER, Role.ADMIN);
        Campaign c = campaigns.get(campaignId);
        Actor actor = policy.requireActor();
        OrgUnit target = unit == null || unit.isBlank() ? null : picker.filter("unit", unit, LocalDate.now(clock));
        long unitId = target != null ? target.id() : actor.unitId();
        if (target != null) {
            policy.requireVisible(target.path(), "org_unit:" + target.code());
        }
        List<Problem> problems = new ArrayList<>();
        PropagandaChannel channel = null;
        if (a.channel() == null || a.channel().isBlank()) {
            problems.add(new Problem("channel", "outreach.channel.required"));
        } else {
            try {
                channel = PropagandaChannel.valueOf(a.channel().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("channel", "outreach.channel.invalid", a.channel()));
            }
        }
        LocalDate today = LocalDate.now(clock);
        int year = yearOf(c);
        if (a.date() == null) {
            problems.add(new Problem("date", "outreach.date.required"));
        } else if (a.date().getYear() != year) {
            problems.add(new Problem("date", "outreach.date.outsideYear", year));
        } else if (a.date().isAfter(today)) {
            problems.add(new Problem("date", "outreach.date.future"));
        }
        if (a.count() == null) {
            problems.add(new Problem("count", "outreach.count.required"));
        } else if (a.count() < 0 || a.count() > 1_000_000) {
            problems.add(new Problem("count", "outreach.count.range", 1_000_000));
        }
        if (a.reach() != null && (a.reach() < 0 || a.reach() > 100_000_000)) {
            problems.add(new Problem("reach", "outreach.reach.range"));
        }
        String link = link(a.link(), "link", problems);
        String note = Texts.clean(a.note());
        if (note != null && note.isEmpty()) {
            note = null;
        }
        if (note != null && note.length() > NOTE_MAX) {
            problems.add(new Problem("note", "outreach.note.tooLong", NOTE_MAX));
        }
        EvidenceRules.Kind kind = null;
        boolean hasPhoto = photo != null && photo.content() != null && photo.content().length > 0;
        if (hasPhoto) {
            try {
                kind = EvidenceRules.check(photo.fileName(), photo.content(), maxPhotoBytes);
                if (!kind.mime.startsWith("image/")) {
                    problems.add(new Problem("photo", "outreach.photo.notImage", photo.fileName()));
                }
            } catch (ValidationException e) {
                e.problems().forEach(p -> problems.add(new Problem("photo", p.messageKey(), p.args())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = entries.insert(new NewEntry(
                c.id(),
                unitId,
                channel,
                a.date(),
                a.count(),
                a.reach(),
                link,
                note,
                hasPhoto ? photo.fileName() : null,
                hasPhoto ? kind.mime : null,
                hasPhoto ? photo.content() : null,
                hasPhoto ? Hashes.sha256(photo.content()) : null,
                actor.username(),
                now));
        PropagandaEntry saved = entries.find(id).orElseThrow();
        events.publishEvent(new PropagandaLogged(
                id, c.id(), year, saved.unitId(), saved.unitPath(), saved.unitCode(), channel.name(), a.count()));
        return saved;
    }

    /** Start-up only (demo): an entry logged as the unit's officer would, without a scope check. */
    @Transactional
    public long systemLog(
            Campaign c,
            OrgUnit unit,
            PropagandaChannel channel,
            LocalDate date,
            int count,
            Integer reach,
            String link,
            String note,
            String by) {
        long id = entries.insert(new NewEntry(
                c.id(),
                unit.id(),
                channel,
                date,
                count,
                reach,
                link,
                note,
                null,
                null,
                null,
                null,
                by,
                OffsetDateTime.now(clock)));
        events.publishEvent(new PropagandaLogged(
                id, c.id(), yearOf(c), unit.id(), unit.path(), unit.code(), channel.name(), count));
        return id;
    }

    /** An http(s) link of at most 500 characters, or null when blank; anything else is a problem on {@code field}. */
    static String link(String text, String field, List<Problem> problems) {
        String link = text == null ? null : text.strip();
        if (link == null || link.isEmpty()) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && link.length() <= LINK_MAX) {
                return scheme + link.substring(scheme.length());
            }
        } catch (java.net.URISyntaxException e) {
            // falls through to the problem below
        }
        problems.add(new Problem(field, "outreach.link.invalid"));
        return null;
    }

    private String subtree(String unit) {
        Scope scope = policy.currentScope();
        if (unit == null || unit.isBlank()) {
            return scope.pathPrefix();
        }
        OrgUnit u = picker.filter("unit", unit, LocalDate.now(clock));
        policy.requireVisible(u.path(), "org_unit:" + u.code());
        return u.path();
    }

    private static PropagandaChannel channelOrNull(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return PropagandaChannel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("channel", "outreach.channel.invalid", channel);
        }
    }
}
