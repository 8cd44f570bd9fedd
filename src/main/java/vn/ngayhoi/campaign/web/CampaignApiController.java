package vn.ngayhoi.campaign.web;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Bounds;
import vn.ngayhoi.shared.web.ApiList;

/** Campaigns in the API: those the caller may see, as the issue of plans names the fields. */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignApiController {

    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;

    CampaignApiController(CampaignManagement campaigns, OrgUnitManagement units) {
        this.campaigns = campaigns;
        this.units = units;
    }

    /** A campaign as the API names it; {@code issuerUnitCode} is the issuing committee's code. */
    record CampaignItem(
            long id,
            int year,
            String name,
            String issuerUnitCode,
            LocalDate windowStart,
            LocalDate windowEnd,
            LocalDate reportDeadline) {}

    @GetMapping
    ApiList<CampaignItem> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Integer wanted = year == null ? null : Bounds.year("year", year);
        int p = ApiList.page(page);
        int s = ApiList.size(size);
        var found = campaigns.page(wanted, ApiList.offset(p, s), s);
        return new ApiList<>(
                found.items().stream()
                        .map(l -> item(l.campaign(), l.committeeCode()))
                        .toList(),
                found.total(),
                p,
                s);
    }

    @GetMapping("/{id}")
    CampaignItem get(@PathVariable long id) {
        return item(campaigns.get(id));
    }

    private CampaignItem item(Campaign c) {
        return item(c, units.systemFindById(c.committeeId()).map(u -> u.code()).orElse(null));
    }

    private static CampaignItem item(Campaign c, String issuer) {
        return new CampaignItem(c.id(), c.year(), c.name(), issuer, c.windowStart(), c.windowEnd(), c.reportDeadline());
    }
}
