package vn.ngayhoi.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.FestivalFigures;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.PlanFigures;
import vn.ngayhoi.plan.PlanStatus;
import vn.ngayhoi.report.ReportForm.Indicator;
import vn.ngayhoi.report.ReportTotals.Area;
import vn.ngayhoi.report.ReportTotals.Rates;
import vn.ngayhoi.report.ReportTotals.Row;
import vn.ngayhoi.shared.security.AccessPolicy;

/**
 * The standing office's and leaders' one-page view of a campaign in a subtree: plans by status,
 * festivals by status, how many reports are in (on time, late, missing) by unit type, the accepted
 * totals of a few key indicators and one indicator per child unit. Every count comes from the
 * roll-ups (ADR 0028, 0040), never from a loop over units or a GROUP BY over the area, so it reads
 * the same few rows for a whole country; the missing units are counted, not listed.
 */
@Service
public class ReportDashboard {

    /** The indicators shown as cards, in this order, when the form has them. */
    public static final List<String> KEY_INDICATORS =
            List.of("participants", "held_commune", "held_residential", "models_launched", "budget_spent");

    /** The indicator drawn per child unit, when the form has it. */
    public static final String CHART_INDICATOR = "participants";

    private final ReportTotals totals;
    private final FestivalFigures festivals;
    private final PlanFigures plans;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final Clock clock;

    ReportDashboard(
            ReportTotals totals,
            FestivalFigures festivals,
            PlanFigures plans,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            AccessPolicy policy,
            Clock clock) {
        this.totals = totals;
        this.festivals = festivals;
        this.plans = plans;
        this.campaigns = campaigns;
        this.units = units;
        this.policy = policy;
        this.clock = clock;
    }

    /** An indicator's accepted total in the area. */
    public record KeyFigure(Indicator indicator, BigDecimal value) {}

    /**
     * One child unit (or the area unit's own report) and its value of the chart indicator; the value
     * is null while nothing of the unit is accepted, so it reads "chưa tiếp nhận" rather than 0.
     */
    public record ChildFigure(OrgUnit unit, boolean own, BigDecimal value) {
        public boolean accepted() {
            return value != null;
        }
    }

    /**
     * Everything the dashboard shows. {@code parentCode} is the unit one level up when the account may
     * see it (null at the top of its scope); {@code typeNames} names the unit types of {@code reports}.
     */
    public record Dashboard(
            Campaign campaign,
            Area area,
            String parentCode,
            LocalDate today,
            Map<PlanStatus, Integer> plans,
            Map<FestivalStatus, Integer> festivals,
            Rates reports,
            Map<String, String> typeNames,
            List<KeyFigure> keyFigures,
            Indicator chartIndicator,
            List<ChildFigure> children) {

        public int plans(PlanStatus status) {
            return plans.getOrDefault(status, 0);
        }

        public int plansTotal() {
            return plans.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int festivals(FestivalStatus status) {
            return festivals.getOrDefault(status, 0);
        }

        public int festivalsTotal() {
            return festivals.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Days from today to the report deadline: positive before it, negative after it. */
        public long daysToDeadline() {
            return java.time.temporal.ChronoUnit.DAYS.between(today, area.form().deadline());
        }
    }

    /**
     * The dashboard of a campaign for the unit with {@code unitCode} (404 outside the account's scope),
     * or for the account's own unit, or everything for an administrator: the same area as the totals.
     */
    @Transactional(readOnly = true)
    public Dashboard of(long campaignId, String unitCode) {
        // One connection for the dozen reads below: at 50 clients on a pool of 10, a read outside a
        // transaction queued for the pool once per statement. The campaign is read (and checked)
        // once, not once for the area and again for the page.
        Campaign campaign = campaigns.get(campaignId);
        Area area = totals.area(campaign, unitCode);
        ReportForm form = area.form();
        Map<String, BigDecimal> accepted = totals.totals(area, false).values();

        List<KeyFigure> keys = new ArrayList<>();
        for (String code : KEY_INDICATORS) {
            form.definition()
                    .indicator(code)
                    .filter(i -> accepted.containsKey(i.code()))
                    .ifPresent(i -> keys.add(new KeyFigure(i, accepted.get(code))));
        }
        if (keys.isEmpty()) {
            form.definition().numericIndicators().stream()
                    .limit(4)
                    .forEach(i -> keys.add(new KeyFigure(i, accepted.get(i.code()))));
        }
        Indicator chart = form.definition()
                .indicator(CHART_INDICATOR)
                .filter(i -> accepted.containsKey(i.code()))
                .orElse(keys.isEmpty() ? null : keys.get(0).indicator());

        List<ChildFigure> children = new ArrayList<>();
        if (chart != null) {
            for (Row row : totals.drillDown(area, false, chart.code())) {
                children.add(new ChildFigure(
                        row.unit(),
                        row.own(),
                        row.reported() ? row.values().getOrDefault(chart.code(), BigDecimal.ZERO) : null));
            }
            // largest first, the units with nothing accepted after every figure
            children.sort(Comparator.comparing(
                            ChildFigure::value, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))
                    .reversed()
                    .thenComparing(c -> c.unit().name()));
        }

        Map<String, String> typeNames = new LinkedHashMap<>();
        units.types().forEach(t -> typeNames.put(t.code(), t.name()));

        return new Dashboard(
                campaign,
                area,
                parentCode(area.unit()),
                LocalDate.now(clock),
                plans.systemCountByStatus(
                        campaign.id(), area.unit() == null ? null : area.unit().id()),
                festivals.systemCountByStatus(campaign.id(), area.pathPrefix()),
                totals.rates(area),
                typeNames,
                keys,
                chart,
                children);
    }

    /** The unit one level up, if the account reaches it. */
    private String parentCode(OrgUnit unit) {
        if (unit == null || unit.parentCode() == null) {
            return null;
        }
        String path = unit.path();
        String parentPath = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
        return policy.currentScope().contains(parentPath) ? unit.parentCode() : null;
    }
}
