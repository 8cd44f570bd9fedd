package vn.ngayhoi.commendation;

import org.springframework.stereotype.Service;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.commendation.internal.NominationRepository;
import vn.ngayhoi.commendation.internal.RoundRepository;
import vn.ngayhoi.shared.Slice;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;

/**
 * The commendation lists read a page at a time (issue 20): the rounds an account sees and one
 * round's nominations, each in two statements whatever their number, with the same reach as
 * {@link CommendationRounds#list} and {@link Nominations#ofRound}.
 */
@Service
public class CommendationLists {

    private final RoundRepository rounds;
    private final NominationRepository nominations;
    private final CommendationAccess access;
    private final CampaignManagement campaigns;
    private final AccessPolicy policy;

    CommendationLists(
            RoundRepository rounds,
            NominationRepository nominations,
            CommendationAccess access,
            CampaignManagement campaigns,
            AccessPolicy policy) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.access = access;
        this.campaigns = campaigns;
        this.policy = policy;
    }

    /** The rounds the account sees, newest first: the commendations page. */
    public Slice<Round> newestFirst(long offset, int limit) {
        Actor a = access.actor();
        return rounds.page(null, a.unitId(), policy.scopeOf(a).pathPrefix(), true, offset, limit);
    }

    /** The rounds of a campaign (404 when the campaign is not visible) the account sees, in id order. */
    public Slice<Round> ofCampaign(long campaignId, long offset, int limit) {
        campaigns.get(campaignId);
        Actor a = access.actor();
        return rounds.page(campaignId, a.unitId(), policy.scopeOf(a).pathPrefix(), false, offset, limit);
    }

    /** A round's nominations in id order, as {@link Nominations#ofRound} shows them. */
    public Slice<Nomination> nominations(long roundId, long offset, int limit) {
        Round r = access.round(roundId);
        Actor a = access.actor();
        String prefix =
                a.unitId() == r.vettingUnitId() ? null : policy.scopeOf(a).pathPrefix();
        Slice<Nomination> found = nominations.pageOfRound(roundId, prefix, offset, limit);
        return new Slice<>(
                found.items().stream().map(n -> access.shown(a, r, n)).toList(), found.total());
    }
}
