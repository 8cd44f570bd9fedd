package vn.ngayhoi.festival;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.internal.FestivalRepository;
import vn.ngayhoi.festival.internal.FestivalRepository.Located;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/**
 * How far the festivals of a campaign reach, by kind of unit: how many units exist in the caller's
 * part of the campaign's territory, how many registered (registered or held), how many held, and
 * which units have not registered yet. Public so that reports can reuse it.
 */
@Service
public class FestivalCoverage {

    private final FestivalRepository festivals;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final vn.ngayhoi.campaign.CampaignTerritories territories;
    private final AccessPolicy policy;
    private final Clock clock;

    FestivalCoverage(
            FestivalRepository festivals,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            vn.ngayhoi.campaign.CampaignTerritories territories,
            AccessPolicy policy,
            Clock clock) {
        this.festivals = festivals;
        this.campaigns = campaigns;
        this.units = units;
        this.territories = territories;
        this.policy = policy;
        this.clock = clock;
    }

    /** The kinds of unit counted, each with its unit types. */
    public enum Kind {
        COMMUNE_LEVEL(List.of("COMMUNE", "WARD", "TOWNSHIP", "SPECIAL_ZONE")),
        RESIDENTIAL_AREA(List.of("RESIDENTIAL_AREA")),
        AGENCY(List.of("AGENCY", "DEPARTMENT", "MASS_ORGANIZATION", "ENTERPRISE")),
        SCHOOL(List.of("SCHOOL"));

        private final List<String> typeCodes;

        Kind(List<String> typeCodes) {
            this.typeCodes = typeCodes;
        }

        public List<String> typeCodes() {
            return typeCodes;
        }

        public String messageKey() {
            return "festival.coverage.kind." + name();
        }
    }

    /** One kind: units, how many registered (or held), how many held, the units still missing. */
    public record Row(Kind kind, int units, int registered, int held, List<OrgUnit> missing) {

        public Row {
            missing = List.copyOf(missing);
        }

        /** Bootstrap width class of the registered share, to the nearest quarter (no inline style). */
        public String registeredWidth() {
            return width(registered, units);
        }

        public String heldWidth() {
            return width(held, units);
        }

        public int registeredPercent() {
            return units == 0 ? 0 : Math.round(100f * registered / units);
        }

        public int heldPercent() {
            return units == 0 ? 0 : Math.round(100f * held / units);
        }

        static String width(int part, int whole) {
            if (whole == 0 || part <= 0) {
                return "w-0";
            }
            if (part >= whole) {
                return "w-100";
            }
            int quarters = Math.max(1, Math.min(3, Math.round(4f * part / whole)));
            return "w-" + quarters * 25;
        }
    }

    /**
     * The coverage of a campaign within {@code area}, one row per kind; campaign and area are null
     * (and no rows) when the caller sees no campaign at all.
     */
    public record Coverage(Campaign campaign, OrgUnit area, List<Row> rows) {
        public Coverage {
            rows = List.copyOf(rows);
        }

        public Row row(Kind kind) {
            return rows.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
        }
    }

    /**
     * Coverage of the campaign ({@code null}: the newest the caller sees) over the part of its
     * territory the caller reaches; for the standing office, leaders and administrators.
     */
    public Coverage of(Long campaignId) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.LEADER, Role.ADMIN);
        Actor actor = policy.requireActor();
        Campaign campaign;
        if (campaignId == null) {
            // A territory without a campaign yet is not an error: the page says there is none.
            var newest = campaigns.list().stream().findFirst();
            if (newest.isEmpty()) {
                return new Coverage(null, null, List.of());
            }
            campaign = newest.get();
        } else {
            campaign = campaigns.get(campaignId);
        }
        OrgUnit area = area(campaign, policy.scopeOf(actor), actor);
        LocalDate today = LocalDate.now(clock);
        Map<Long, FestivalStatus> statusByUnit = new HashMap<>();
        for (Located l : festivals.list(area.path(), campaign.id(), null, List.of())) {
            statusByUnit.put(l.festival().unitId(), l.festival().status());
        }
        List<Row> rows = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<OrgUnit> ofKind = units.systemUnitsOfTypes(area.path(), kind.typeCodes()).stream()
                    .filter(u -> u.validOn(today))
                    .toList();
            int registered = 0;
            int held = 0;
            List<OrgUnit> missing = new ArrayList<>();
            for (OrgUnit u : ofKind) {
                FestivalStatus s = statusByUnit.get(u.id());
                if (s == FestivalStatus.REGISTERED || s == FestivalStatus.HELD) {
                    registered++;
                } else {
                    missing.add(u);
                }
                if (s == FestivalStatus.HELD) {
                    held++;
                }
            }
            rows.add(new Row(kind, ofKind.size(), registered, held, missing));
        }
        return new Coverage(campaign, area, rows);
    }

    /**
     * The campaign's territory (the committee's parent unit) when the caller reaches all of it,
     * otherwise the caller's own unit inside it; a caller outside the territory is refused.
     */
    private OrgUnit area(Campaign campaign, Scope scope, Actor actor) {
        OrgUnit territory = territories.of(campaign);
        if (scope.contains(territory.path())) {
            return territory;
        }
        if (scope.pathPrefix().startsWith(territory.path())) {
            return units.systemFindById(actor.unitId()).orElseThrow();
        }
        throw policy.refuse(actor, "campaign:" + campaign.id());
    }
}
