package vn.ngayhoi.outreach;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.outreach.OutreachEvents.SlogansTicked;
import vn.ngayhoi.outreach.internal.SloganRepository;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/**
 * The campaign's slogans (from the plan, with this year's anniversary numbers computed) and which of
 * them the account's own unit displayed, and where. A unit ticks only its own; the standing office
 * sees how many units of its subtree displayed each.
 */
@Service
public class Slogans {

    static final int PLACE_MAX = 300;

    /** A slogan, whether the unit displayed it, where, and how many units of the subtree did. */
    public record Slogan(int index, String text, boolean displayed, String place, int units) {}

    private final SloganRepository slogans;
    private final CampaignManagement campaigns;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Slogans(
            SloganRepository slogans,
            CampaignManagement campaigns,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.slogans = slogans;
        this.campaigns = campaigns;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public List<Slogan> of(long campaignId) {
        Campaign c = campaigns.get(campaignId);
        Actor actor = policy.requireActor();
        Map<Integer, String> mine = slogans.ticked(c.id(), actor.unitId());
        Map<Integer, Integer> units =
                slogans.unitsBySlogan(c.id(), policy.scopeOf(actor).pathPrefix());
        List<String> texts = c.slogans();
        List<Slogan> list = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            list.add(new Slogan(
                    i, texts.get(i), mine.containsKey(i), mine.getOrDefault(i, ""), units.getOrDefault(i, 0)));
        }
        return list;
    }

    /** The account's unit displayed exactly the slogans in {@code ticked} (index → place, may be blank). */
    @Transactional
    public void tick(long campaignId, Map<Integer, String> ticked) {
        policy.requireAnyRole(Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.DEPARTMENT_OFFICER);
        Campaign c = campaigns.get(campaignId);
        Actor actor = policy.requireActor();
        int n = c.slogans().size();
        List<Problem> problems = new ArrayList<>();
        Map<Integer, String> clean = new LinkedHashMap<>();
        for (var e : ticked.entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= n) {
                problems.add(new Problem("slogan", "outreach.slogan.unknown"));
                continue;
            }
            String place = Texts.clean(e.getValue());
            if (place != null && place.length() > PLACE_MAX) {
                problems.add(new Problem("place" + e.getKey(), "outreach.slogan.place.tooLong", PLACE_MAX));
            }
            clean.put(e.getKey(), place == null ? "" : place);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        slogans.replace(c.id(), actor.unitId(), clean, actor.username(), OffsetDateTime.now(clock));
        events.publishEvent(new SlogansTicked(c.id(), actor.unitId(), clean.size(), n));
    }
}
