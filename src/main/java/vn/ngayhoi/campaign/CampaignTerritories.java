package vn.ngayhoi.campaign;

import org.springframework.stereotype.Service;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;

/**
 * The one rule for the territory a campaign or a unit speaks for (ADR 0015): a campaign's territory is
 * the unit its committee stands under (the district for the district's committee), or the committee
 * itself at the top; a territorial unit (province, district, commune…) speaks for itself, and a
 * committee, department or agency for the unit it stands under. Not scoped: callers check access.
 * Set-based queries read the same rule from the view {@code campaign_territory} (V25).
 */
@Service
public class CampaignTerritories {

    private final OrgUnitManagement units;

    CampaignTerritories(OrgUnitManagement units) {
        this.units = units;
    }

    /** The territory of the campaign: the committee's parent, or the committee at the top. */
    public OrgUnit of(Campaign campaign) {
        return ofUnit(campaign.committeeId());
    }

    /** The territory a unit's documents and lists cover. */
    public OrgUnit ofUnit(long unitId) {
        return ofUnit(units.systemFindById(unitId).orElseThrow());
    }

    /** The territory a unit's documents and lists cover. */
    public OrgUnit ofUnit(OrgUnit unit) {
        if (isTerritorial(unit) || unit.parentId() == null) {
            return unit;
        }
        return units.systemFindById(unit.parentId()).orElseThrow();
    }

    /** Whether the unit is a territory of its own (province, district, commune…), not a body within one. */
    public boolean isTerritorial(OrgUnit unit) {
        return units.type(unit.typeCode()).map(t -> t.territorial()).orElse(true);
    }

    /** Whether the unit is the campaign's committee or the territory it serves. */
    public boolean speaksForCampaign(Campaign campaign, long unitId) {
        return unitId == campaign.committeeId() || unitId == of(campaign).id();
    }
}
