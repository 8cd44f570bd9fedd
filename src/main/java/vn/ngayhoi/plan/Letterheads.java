package vn.ngayhoi.plan;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignTerritories;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;

/**
 * The one rule for the header and signature block a campaign's documents carry (ADR 0015). The
 * committee, and its territory's own festival, speak with the committee's plan's header; a unit with
 * its own plan of the campaign with that plan's; any other unit with a header made from its name
 * ("UBND XÃ SƠN HÀ" / "BAN CHỈ ĐẠO ANTT"). The register is the speaking unit's own.
 */
@Service
public class Letterheads {

    private final PlanManagement plans;
    private final OrgUnitManagement units;
    private final CampaignTerritories territories;

    Letterheads(PlanManagement plans, OrgUnitManagement units, CampaignTerritories territories) {
        this.plans = plans;
        this.units = units;
        this.territories = territories;
    }

    /**
     * The header of a document.
     *
     * @param registerUnitId whose register numbers it
     * @param parentBody "UBND HUYỆN QUAN SƠN", or null
     * @param issuingBody "BAN CHỈ ĐẠO 138"
     * @param abbreviation the issuer's abbreviation in numbers ("BCĐ")
     * @param place the place before the date ("Quan Sơn")
     * @param signature authority, titles and the signer's name when known
     */
    public record Letterhead(
            long registerUnitId,
            String parentBody,
            String issuingBody,
            String abbreviation,
            String place,
            OfficialDocument.Signature signature) {}

    /** The letterhead of {@code unitId}'s documents of the campaign. Not scoped: callers check the unit. */
    public Letterhead of(Campaign campaign, long unitId) {
        if (territories.speaksForCampaign(campaign, unitId)) {
            Optional<Plan> top = plans.systemTopPlan(campaign.id());
            if (top.isPresent()) {
                return fromPlan(campaign.committeeId(), top.get().content());
            }
            OrgUnit territory = territories.of(campaign);
            Letterhead named = fromName(territory);
            return new Letterhead(
                    campaign.committeeId(),
                    named.parentBody(),
                    named.issuingBody(),
                    named.abbreviation(),
                    named.place(),
                    named.signature());
        }
        Optional<Plan> own = plans.systemPlanOfUnit(campaign.id(), unitId);
        if (own.isPresent()) {
            return fromPlan(unitId, own.get().content());
        }
        return fromName(units.systemFindById(unitId).orElseThrow());
    }

    static Letterhead fromPlan(long registerUnitId, PlanContent c) {
        return new Letterhead(
                registerUnitId,
                c.parentBody(),
                c.issuingBody(),
                c.abbreviationOrDefault(),
                c.place(),
                c.officialSignature());
    }

    /** A header from the unit's name, as a unit without a plan of its own writes it. */
    public static Letterhead fromName(OrgUnit unit) {
        String place = shortName(unit.name());
        String kind =
                unit.name().substring(0, unit.name().length() - place.length()).strip();
        return new Letterhead(
                unit.id(),
                "UBND " + unit.name().toUpperCase(Locale.ROOT),
                "BAN CHỈ ĐẠO ANTT",
                "BCĐ",
                place,
                new OfficialDocument.Signature(
                        "TM. BAN CHỈ ĐẠO",
                        "TRƯỞNG BAN",
                        kind.isEmpty() ? null : "CHỦ TỊCH UBND " + kind.toUpperCase(Locale.ROOT),
                        null));
    }

    /** "Xã Sơn Hà" → "Sơn Hà": the place name printed before the date. */
    public static String shortName(String name) {
        return vn.ngayhoi.document.Speakers.shortName(name);
    }

    /**
     * The first line of a unit's ma-két: the steering committee's full name for a territorial unit,
     * the unit's own name for an agency, school or enterprise; upper case.
     */
    public static String bannerOrganiser(String unitName, boolean territorial) {
        return territorial
                ? "BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM VÀ XÂY DỰNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC "
                        + unitName.toUpperCase(Locale.ROOT)
                : unitName.toUpperCase(Locale.ROOT);
    }
}
