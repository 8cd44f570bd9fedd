package vn.ngayhoi.festival.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.FestivalCoverage;

/** The standing office's view of which units registered and held their festival. */
@Controller
class FestivalCoverageController {

    private final FestivalCoverage coverage;
    private final CampaignManagement campaigns;

    FestivalCoverageController(FestivalCoverage coverage, CampaignManagement campaigns) {
        this.coverage = coverage;
        this.campaigns = campaigns;
    }

    @GetMapping("/festivals/coverage")
    String coverage(@RequestParam(required = false) Long campaign, Model model) {
        model.addAttribute("coverage", coverage.of(campaign));
        model.addAttribute("campaigns", campaigns.list());
        return "festival/coverage";
    }
}
