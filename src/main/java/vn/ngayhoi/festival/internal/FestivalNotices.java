package vn.ngayhoi.festival.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalEvents.FestivalSaved;
import vn.ngayhoi.festival.FestivalEvents.LeaderAssigned;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;

/**
 * A notice to the standing office that owns the campaign when a unit registers its festival (or
 * changes a registered one: the time and place it plans around), and to a leader assigned to attend.
 */
@Component
class FestivalNotices {

    private static final Formats FORMATS = new Formats();

    private final FestivalRepository festivals;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final AccountManagement accounts;
    private final NotificationCenter notifications;

    FestivalNotices(
            FestivalRepository festivals,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            AccountManagement accounts,
            NotificationCenter notifications) {
        this.festivals = festivals;
        this.campaigns = campaigns;
        this.units = units;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(FestivalSaved saved) {
        if (saved.status() != FestivalStatus.REGISTERED) {
            return;
        }
        Festival f = festivals.find(saved.festivalId()).orElseThrow().festival();
        var campaign = campaigns.systemFind(f.campaignId()).orElseThrow();
        long owner = units.systemFindById(campaign.committeeId()).orElseThrow().actingUnitId();
        for (var account : accounts.systemAccountsOfUnit(owner, Role.STANDING_OFFICE)) {
            notifications.notify(account.id(), "festival.notice.registered", args(f), "/festivals/" + f.id());
        }
    }

    @EventListener
    void on(LeaderAssigned assigned) {
        Festival f = festivals.find(assigned.festivalId()).orElseThrow().festival();
        accounts.systemFindByUsername(assigned.username())
                .ifPresent(leader -> notifications.notify(
                        leader.id(), "festival.notice.leaderAssigned", args(f), "/festivals/" + f.id()));
    }

    private static Object[] args(Festival f) {
        return new Object[] {f.unitName(), FORMATS.dateTime(f.startsAt()), f.venue()};
    }
}
