package vn.ngayhoi.festival;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.plan.PlanManagement;

/** What a new festival's form starts with, taken from the committee's issued plan. */
@Service
public class FestivalDefaults {

    private final CampaignManagement campaigns;
    private final PlanManagement plans;

    FestivalDefaults(CampaignManagement campaigns, PlanManagement plans) {
        this.campaigns = campaigns;
        this.plans = plans;
    }

    /**
     * A new festival starts from the committee's plan: its phần lễ steps (optional ones marked) and
     * phần hội activities; the model to launch is the campaign's for its pilot site.
     */
    public FestivalDetails defaults(long campaignId, long unitId) {
        Campaign campaign = campaigns.systemFind(campaignId).orElseThrow();
        var content = plans.systemTopPlan(campaignId).map(p -> p.content());
        List<FestivalDetails.Step> steps = content.map(c -> c.ceremonySteps().stream()
                        .map(st -> new FestivalDetails.Step(st.title(), st.optional(), null))
                        .toList())
                .orElse(List.of());
        List<String> activities = content.map(c -> c.festivalActivities()).orElse(List.of());
        boolean pilot = campaign.pilotUnitId() != null && campaign.pilotUnitId() == unitId;
        return new FestivalDetails(
                steps,
                activities,
                Map.of(),
                List.of(),
                pilot ? campaign.pilotModel() : null,
                Map.of(),
                List.of(),
                null);
    }
}
