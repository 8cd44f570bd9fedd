package vn.ngayhoi.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngayhoi.evaluation.EvidenceSource;
import vn.ngayhoi.evaluation.UnitKind;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.outreach.OutreachFigures;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.plan.PlanStatus;
import vn.ngayhoi.report.ReportManagement;

/**
 * Reads what the system already knows for a unit and a year, each figure through its owner's public
 * API (festival, plan, report, outreach) or a published view (campaign_territory), never another
 * module's tables.
 */
@Component
public class EvidenceReader {

    private final JdbcClient jdbc;
    private final FestivalManagement festivals;
    private final PlanManagement plans;
    private final ReportManagement reports;
    private final OutreachFigures outreach;
    private final OrgUnitManagement units;
    private final EvaluationRepository evaluations;

    EvidenceReader(
            JdbcClient jdbc,
            FestivalManagement festivals,
            PlanManagement plans,
            ReportManagement reports,
            OutreachFigures outreach,
            OrgUnitManagement units,
            EvaluationRepository evaluations) {
        this.jdbc = jdbc;
        this.festivals = festivals;
        this.plans = plans;
        this.reports = reports;
        this.outreach = outreach;
        this.units = units;
        this.evaluations = evaluations;
    }

    /** The figure, or empty when the system holds nothing to say (no campaign that year). */
    public Optional<BigDecimal> read(EvidenceSource source, OrgUnit unit, int year, boolean registeredInWindow) {
        return read(source, unit, year, registeredInWindow, () -> campaignOf(unit, year));
    }

    /** As above, the year's campaign supplied by a caller that reads several figures at once. */
    public Optional<BigDecimal> read(
            EvidenceSource source,
            OrgUnit unit,
            int year,
            boolean registeredInWindow,
            java.util.function.Supplier<Optional<Long>> campaign) {
        return switch (source) {
            case REGISTERED_IN_Q1 -> Optional.of(flag(registeredInWindow));
            case PLAN_ISSUED ->
                campaignOf(unit, year)
                        .map(c -> flag(plans.systemPlanOfUnit(c, unit.id())
                                .filter(p -> p.status() == PlanStatus.ISSUED)
                                .isPresent()));
            case FESTIVAL_HELD ->
                campaignOf(unit, year)
                        .map(c -> flag(festivals
                                .systemOfUnit(c, unit.id())
                                .filter(f -> f.status() == FestivalStatus.HELD)
                                .isPresent()));
            case REPORT_ACCEPTED ->
                campaignOf(unit, year)
                        .map(c -> flag(reports.systemAcceptedOf(c, unit.id()).isPresent()));
            case MODELS_LAUNCHED ->
                Optional.of(
                        BigDecimal.valueOf(outreach.systemByUnit(campaign.get().orElse(-1L), year, unit.path()).stream()
                                .mapToLong(f -> f.launched() + f.replicated())
                                .sum()));
            case SUBUNITS_REGISTERED_PCT -> Optional.of(percent(unit, year, false));
            case SUBUNITS_RECOGNISED_PCT -> Optional.of(percent(unit, year, true));
        };
    }

    /** The units whose results the commune's derived criteria count: its KDC, agencies, enterprises, schools. */
    public List<OrgUnit> subunits(OrgUnit unit) {
        return units.systemUnitsOfTypes(unit.path(), UnitKind.subunitTypeCodes()).stream()
                .filter(u -> u.id() != unit.id())
                .toList();
    }

    private BigDecimal percent(OrgUnit unit, int year, boolean recognised) {
        List<OrgUnit> under = subunits(unit);
        if (under.isEmpty()) {
            return BigDecimal.valueOf(100);
        }
        long[] counts = evaluations.counts(under.stream().map(OrgUnit::id).toList(), year);
        long n = recognised ? counts[1] : counts[0];
        return BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(under.size()), 2, RoundingMode.DOWN);
    }

    /** The campaign of {@code year} whose territory holds the unit, the nearest territory first. */
    public Optional<Long> campaignOf(OrgUnit unit, int year) {
        return jdbc.sql("""
                        select t.campaign_id from campaign_territory t join campaign c on c.id = t.campaign_id
                         where c.year = ? and ? like t.territory_path || '%'
                         order by length(t.territory_path) desc, t.campaign_id limit 1
                        """).params(year, unit.path()).query(Long.class).optional();
    }

    private static BigDecimal flag(boolean b) {
        return b ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
