package vn.ngayhoi.budget;

import org.springframework.stereotype.Service;
import vn.ngayhoi.budget.internal.EstimatePages;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.shared.Slice;
import vn.ngayhoi.shared.security.Actor;

/**
 * A campaign's estimates read a page at a time (issue 20), with the same visibility as
 * {@link Estimates#get}: whole to the requester's subtree, the appraising department and the
 * approving unit; only the lines it spends to a spending unit. Apart from {@link Estimates}, which
 * keeps one estimate's life.
 */
@Service
public class EstimateLists {

    private final EstimatePages pages;
    private final BudgetAccess access;
    private final CampaignManagement campaigns;

    EstimateLists(EstimatePages pages, BudgetAccess access, CampaignManagement campaigns) {
        this.pages = pages;
        this.access = access;
        this.campaigns = campaigns;
    }

    /**
     * One page in id order of the campaign's estimates the account may read, each as it may read it;
     * {@code unitCode} (blank: all) keeps one requesting unit's.
     */
    public Slice<Estimate> page(long campaignId, String unitCode, long offset, int limit) {
        Campaign c = campaigns.get(campaignId);
        Actor a = access.actor();
        String prefix = access.prefix(a);
        // the scope that reaches nothing is a NUL, which PostgreSQL text cannot hold: no path starts with '#'
        EstimatePages.Reader reader =
                new EstimatePages.Reader(a.unitId(), prefix == null ? null : prefix.replace('\u0000', '#'));
        Slice<Estimate> found = pages.page(
                c.id(), unitCode == null || unitCode.isBlank() ? null : unitCode.strip(), reader, offset, limit);
        return new Slice<>(found.items().stream().map(e -> access.shown(a, e)).toList(), found.total());
    }
}
