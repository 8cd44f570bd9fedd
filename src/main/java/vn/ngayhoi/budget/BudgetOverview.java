package vn.ngayhoi.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ngayhoi.budget.internal.BudgetRepository;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.shared.security.Actor;

/**
 * One campaign's money at a glance for the standing office, the department and the chairman: the
 * pipeline requested → appraised → approved → spent over the estimates they see whole, and approved
 * against spent by activity and by spending unit. Every figure is a sum of stored lines and payments,
 * computed when asked, so the page is never stale.
 */
@Service
public class BudgetOverview {

    private final BudgetRepository repository;
    private final BudgetAccess access;
    private final CampaignManagement campaigns;

    BudgetOverview(BudgetRepository repository, BudgetAccess access, CampaignManagement campaigns) {
        this.repository = repository;
        this.access = access;
        this.campaigns = campaigns;
    }

    /** Approved and spent of one activity or unit; {@code key} is the activity code or the unit code. */
    public record Pair(String key, String name, long approved, long spent) {
        public long remaining() {
            return approved - spent;
        }
    }

    public record Pipeline(
            Campaign campaign,
            List<Estimate> estimates,
            long requested,
            long appraised,
            long approved,
            long spent,
            List<Pair> byActivity,
            List<Pair> byUnit) {}

    public Pipeline of(long campaignId) {
        Campaign c = campaigns.get(campaignId);
        Actor a = access.actor();
        List<Estimate> shown = new ArrayList<>();
        long requested = 0;
        long appraised = 0;
        long approved = 0;
        long spent = 0;
        Map<String, long[]> activities = new LinkedHashMap<>();
        Map<String, long[]> unitSums = new LinkedHashMap<>();
        Map<String, String> unitNames = new LinkedHashMap<>();
        for (Activity act : Activity.values()) {
            activities.put(act.name(), new long[2]);
        }
        for (Estimate e : repository.ofCampaign(c.id(), null)) {
            if (!access.seesWhole(a, e)) {
                continue;
            }
            shown.add(e);
            if (e.status() != EstimateStatus.DRAFT) {
                requested += e.total();
            }
            if (e.status() == EstimateStatus.APPRAISED || e.status() == EstimateStatus.APPROVED) {
                appraised += e.agreedTotal();
            }
            approved += e.approvedTotal();
            for (LineSummary l : repository.summary(e.id(), null)) {
                spent += l.spent();
                long[] act = activities.get(l.activity().name());
                act[0] += l.approved();
                act[1] += l.spent();
                long[] u = unitSums.computeIfAbsent(l.unitCode(), k -> new long[2]);
                u[0] += l.approved();
                u[1] += l.spent();
                unitNames.put(l.unitCode(), l.unitName());
            }
        }
        List<Pair> byActivity = new ArrayList<>();
        activities.forEach((k, v) -> {
            if (v[0] > 0 || v[1] > 0) {
                byActivity.add(new Pair(k, BudgetLabels.of("budget.activity." + k), v[0], v[1]));
            }
        });
        List<Pair> byUnit = new ArrayList<>();
        unitSums.forEach((k, v) -> byUnit.add(new Pair(k, unitNames.get(k), v[0], v[1])));
        return new Pipeline(c, shown, requested, appraised, approved, spent, byActivity, byUnit);
    }
}
