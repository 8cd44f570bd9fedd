package vn.ngayhoi.campaign;

import vn.ngayhoi.shared.AuditableEvent;

/** What happened to campaigns. */
public final class CampaignEvents {

    private CampaignEvents() {}

    public record CampaignCreated(long campaignId, int year, String name, Long clonedFrom) implements AuditableEvent {
        public String action() {
            return "CAMPAIGN_CREATED";
        }

        public String target() {
            return "campaign:" + campaignId;
        }

        public String summary() {
            return name + (clonedFrom == null ? "" : " (sao từ chiến dịch " + clonedFrom + ")");
        }
    }
}
