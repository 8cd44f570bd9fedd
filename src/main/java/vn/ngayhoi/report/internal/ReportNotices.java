package vn.ngayhoi.report.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.report.Report;
import vn.ngayhoi.report.ReportEvents.ReportStatusChanged;
import vn.ngayhoi.shared.security.Role;

/**
 * A notice at each hand-off of a results report: sent or taken back, to the standing office of the
 * level that owns the form; returned (with the reason, the one thing the unit must not miss) or
 * accepted, to the unit's accounts. Each names the unit and the year.
 */
@Component
class ReportNotices {

    private final ReportRepository reports;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final AccountManagement accounts;
    private final NotificationCenter notifications;

    ReportNotices(
            ReportRepository reports,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            AccountManagement accounts,
            NotificationCenter notifications) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.units = units;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(ReportStatusChanged changed) {
        Report report = reports.find(changed.reportId()).orElseThrow().report();
        Campaign campaign = campaigns.systemFind(report.campaignId()).orElseThrow();
        Object[] args = {report.unitName(), String.valueOf(campaign.year()), changed.summary()};
        String link = "/reports/" + report.id();
        switch (changed.change()) {
            case "SUBMITTED", "RECALLED" -> {
                long owner = units.systemFindById(campaign.committeeId())
                        .orElseThrow()
                        .actingUnitId();
                String key =
                        "SUBMITTED".equals(changed.change()) ? "report.notice.submitted" : "report.notice.recalled";
                for (var account : accounts.systemAccountsOfUnit(owner, Role.STANDING_OFFICE)) {
                    notifications.notify(account.id(), key, args, link);
                }
            }
            case "RETURNED", "ACCEPTED" -> {
                String key = "RETURNED".equals(changed.change()) ? "report.notice.returned" : "report.notice.accepted";
                for (var account :
                        accounts.systemAccountsOfUnit(report.unitId(), Role.UNIT_OFFICER, Role.STANDING_OFFICE)) {
                    notifications.notify(account.id(), key, args, link);
                }
            }
            default -> {}
        }
    }
}
