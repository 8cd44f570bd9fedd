package vn.ngayhoi.outreach.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.document.Banner;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.Letterheads;
import vn.ngayhoi.shared.Formats;

/**
 * The ma-két of one festival: the committee's (or the unit's) full name, "NGÀY HỘI / TOÀN DÂN BẢO
 * VỆ AN NINH TỔ QUỐC NĂM …" and that festival's place and date filled in, where the plan's banner
 * leaves the date blank for every unit.
 */
@Controller
class FestivalBannerController {

    private final FestivalManagement festivals;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final DocumentRenderer documents;

    FestivalBannerController(
            FestivalManagement festivals,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            DocumentRenderer documents) {
        this.festivals = festivals;
        this.campaigns = campaigns;
        this.units = units;
        this.documents = documents;
    }

    @GetMapping("/outreach/festivals/{id}/banner.pdf")
    ResponseEntity<byte[]> banner(@PathVariable long id) {
        Festival f = festivals.get(id);
        int year = campaigns.systemFind(f.campaignId()).orElseThrow().year();
        boolean territorial =
                units.type(f.unitTypeCode()).map(t -> t.territorial()).orElse(true);
        byte[] pdf = documents.bannerPdf(new Banner(
                Letterheads.bannerOrganiser(f.unitName(), territorial),
                "NGÀY HỘI",
                "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM " + year,
                Formats.placeDate(
                        Letterheads.shortName(f.unitName()),
                        f.startsAt().atZoneSameInstant(Formats.ZONE).toLocalDate())));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("ma-ket-ngay-hoi-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
