package vn.ngayhoi.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.report.ReportForm.Indicator;
import vn.ngayhoi.report.internal.CountRollups;
import vn.ngayhoi.report.internal.Rollups;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/**
 * Totals, drill-down, comparison with last year and completeness for any unit's subtree in scope.
 * Totals are live: they come from the roll-ups every status change keeps in its own transaction,
 * from accepted values, or accepted and submitted ones on a switch.
 */
@Service
public class ReportTotals {

    private final ReportForms forms;
    private final Rollups rollups;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;
    private final UnitHistory history;
    private final CountRollups counts;

    ReportTotals(
            ReportForms forms,
            Rollups rollups,
            CountRollups counts,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            AccessPolicy policy,
            JdbcClient jdbc,
            UnitHistory history) {
        this.history = history;
        this.forms = forms;
        this.rollups = rollups;
        this.campaigns = campaigns;
        this.units = units;
        this.policy = policy;
        this.jdbc = jdbc;
        this.counts = counts;
    }

    /** The subtree asked for: a unit, or (unit null) everything, which only an administrator reaches. */
    public record Area(ReportForm form, OrgUnit unit) {
        public long key() {
            return unit == null ? Rollups.EVERYTHING : unit.id();
        }

        public String pathPrefix() {
            return unit == null ? "/" : unit.path();
        }
    }

    /** Totals of every numeric indicator, zero where nothing was reported. */
    public record Totals(Area area, Map<String, BigDecimal> values) {}

    /**
     * One row of a drill-down: a child unit (or the unit's own report) and its subtree's totals;
     * {@code reports} counts the reports behind them (accepted, or accepted and submitted). A row with
     * none has no figures at all: pages show it as "chưa tiếp nhận", never as 0, because a unit that
     * has not reported did not do nothing.
     */
    public record Row(OrgUnit unit, boolean own, Map<String, BigDecimal> values, long reports) {
        public boolean reported() {
            return reports > 0;
        }
    }

    /** Completeness of one unit type (or all, type null). */
    public record Counts(String typeCode, long expected, long received, long onTime, long late, long accepted) {
        public long missing() {
            return expected - received;
        }

        public int receivedPercent() {
            return expected == 0 ? 0 : (int) (received * 100 / expected);
        }
    }

    /** A unit that has not sent its report (none, a draft, or returned and not yet resent). */
    public record Missing(long unitId, String code, String name, String typeCode, ReportStatus status) {}

    public record Completeness(Area area, Counts all, List<Counts> byType, List<Missing> missing) {}

    /**
     * The area of a campaign's form: the unit with {@code unitCode} (404 outside scope), or the
     * account's own unit, or everything for an administrator without a code.
     */
    public Area area(long campaignId, String unitCode) {
        return area(campaigns.get(campaignId), unitCode);
    }

    /** The same for a campaign the caller has already read (and so checked it may see). */
    public Area area(Campaign campaign, String unitCode) {
        ReportForm form =
                forms.find(campaign.id()).orElseThrow(() -> new NotFoundException("report_form:" + campaign.id()));
        if (unitCode != null && !unitCode.isBlank()) {
            return new Area(form, units.getByCode(unitCode.strip(), form.deadline()));
        }
        Actor actor = policy.requireActor();
        if (policy.scopeOf(actor) == Scope.ALL || actor.has(Role.ADMIN)) {
            return new Area(form, null);
        }
        return new Area(form, units.get(actor.unitId()));
    }

    public Totals totals(Area area, boolean includeSubmitted) {
        Map<String, BigDecimal> found = rollups.totals(area.form().id(), area.key(), includeSubmitted);
        return new Totals(area, complete(area.form(), found));
    }

    /** The totals of each child's subtree, and of the unit's own report when it reports itself. */
    public List<Row> drillDown(Area area, boolean includeSubmitted) {
        return drillDown(area, includeSubmitted, null);
    }

    /**
     * The same with the values of one indicator only when {@code indicatorCode} is given (the
     * dashboard's chart): the rows read do not multiply by the form's indicators.
     */
    public List<Row> drillDown(Area area, boolean includeSubmitted, String indicatorCode) {
        List<OrgUnit> children =
                area.unit() == null ? units.roots() : units.children(area.unit().id());
        List<Long> keys = new ArrayList<>(children.stream().map(OrgUnit::id).toList());
        Map<Long, Map<String, BigDecimal>> found =
                rollups.totalsOf(area.form().id(), keys, includeSubmitted, indicatorCode);
        Map<Long, Long> counted = reportsBelow(area.form(), children, includeSubmitted);
        List<Row> rows = new ArrayList<>();
        // once for the level, not once per child (a national level has a hundred)
        List<Indicator> numeric = area.form().definition().numericIndicators().stream()
                .filter(i -> indicatorCode == null || i.code().equals(indicatorCode))
                .toList();
        OrgUnit root = forms.root(area.form());
        if (area.unit() != null && forms.assigned(area.form(), root, area.unit())) {
            Map<String, BigDecimal> own = ownValues(area, includeSubmitted);
            rows.add(new Row(area.unit(), true, complete(numeric, own), ownReported(area, includeSubmitted) ? 1 : 0));
        }
        for (OrgUnit child : children) {
            Map<String, BigDecimal> values = found.get(child.id());
            if (values != null || forms.assigned(area.form(), root, child) || child.hasChildren()) {
                rows.add(new Row(
                        child,
                        false,
                        complete(numeric, values == null ? Map.of() : values),
                        counted.getOrDefault(child.id(), 0L)));
            }
        }
        return rows;
    }

    /** How many counted reports each child's subtree holds: read from the completeness roll-ups. */
    private Map<Long, Long> reportsBelow(ReportForm form, List<OrgUnit> children, boolean includeSubmitted) {
        if (children.isEmpty()) {
            return Map.of();
        }
        return counts.reportsOf(form.id(), children.stream().map(OrgUnit::id).toList(), includeSubmitted);
    }

    private boolean ownReported(Area area, boolean includeSubmitted) {
        return jdbc.sql("select count(*) from report where form_id = ? and unit_id = ? and status = any(?::text[])")
                        .params(area.form().id(), area.unit().id(), statuses(includeSubmitted))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String[] statuses(boolean includeSubmitted) {
        return includeSubmitted ? new String[] {"SUBMITTED", "ACCEPTED"} : new String[] {"ACCEPTED"};
    }

    /**
     * A report beside what is below its unit: its own figures as typed, the accepted figures of the
     * units under it (a commune's khu dân cư, schools…) and the sum of the two, which is what the whole
     * commune did. {@code belowAccepted} counts the accepted reports below.
     */
    public record Breakdown(
            Map<String, BigDecimal> own,
            Map<String, BigDecimal> below,
            Map<String, BigDecimal> sum,
            long belowAccepted,
            long belowExpected) {}

    /**
     * The breakdown of a report the caller has already been allowed to read, when the form also
     * assigns units below its unit; empty otherwise (nothing below reports, so own is everything).
     */
    public Optional<Breakdown> breakdown(Report report) {
        ReportForm form = forms.systemGet(report.formId());
        OrgUnit unit = units.systemFindById(report.unitId()).orElseThrow();
        long expected = jdbc.sql("""
                        select count(*) from org_unit o
                        where o.path like ? and o.id <> ? and o.type_code = any(?::text[])
                          and (o.valid_from is null or o.valid_from <= ?) and (o.valid_to is null or o.valid_to >= ?)
                        """)
                .params(
                        unit.path() + "%",
                        unit.id(),
                        form.assignTypes().toArray(String[]::new),
                        form.deadline(),
                        form.deadline())
                .query(Long.class)
                .single();
        Map<String, BigDecimal> found = new LinkedHashMap<>();
        jdbc.sql("""
                        select v.indicator_code, sum(v.value)
                        from report r join org_unit o on o.id = r.unit_id join report_value v on v.report_id = r.id
                        where r.form_id = ? and o.path like ? and o.id <> ? and r.status = 'ACCEPTED'
                        group by v.indicator_code
                        """).params(form.id(), unit.path() + "%", unit.id()).query(rs -> {
            found.put(rs.getString(1), rs.getBigDecimal(2));
        });
        long accepted = jdbc.sql("""
                        select count(*) from report r join org_unit o on o.id = r.unit_id
                        where r.form_id = ? and o.path like ? and o.id <> ? and r.status = 'ACCEPTED'
                        """)
                .params(form.id(), unit.path() + "%", unit.id())
                .query(Long.class)
                .single();
        if (expected == 0 && accepted == 0) {
            return Optional.empty();
        }
        Map<String, BigDecimal> own = complete(
                form,
                vn.ngayhoi.report.internal.Entries.numbers(
                        form.definition(), report.data().values()));
        Map<String, BigDecimal> below = complete(form, found);
        Map<String, BigDecimal> sum = new LinkedHashMap<>();
        own.forEach((code, v) -> sum.put(code, plain(v.add(below.get(code)))));
        return Optional.of(new Breakdown(own, below, sum, accepted, expected));
    }

    /**
     * The same unit's totals in the committee's campaign of the year before, if there is one with a
     * form. Across a reorganisation the committee's lineage and the unit's predecessors stand in for
     * them (see {@link UnitHistory}).
     */
    public Optional<Totals> previousYear(Area area, boolean includeSubmitted) {
        return previousYearDetail(area, includeSubmitted).map(PreviousYear::totals);
    }

    /** Last year's totals and, across a merge, which predecessors were counted and which not. */
    public record PreviousYear(Totals totals, List<UnitHistory.Source> counted, List<UnitHistory.Source> notCounted) {
        public boolean acrossMerge() {
            return !counted.isEmpty() || !notCounted.isEmpty();
        }
    }

    public Optional<PreviousYear> previousYearDetail(Area area, boolean includeSubmitted) {
        Campaign c = campaigns.systemFind(area.form().campaignId()).orElseThrow();
        List<ReportForm> before = history.previousForms(c.committeeId(), c.year());
        if (before.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> sum = new LinkedHashMap<>();
        List<UnitHistory.Source> counted = new ArrayList<>();
        List<UnitHistory.Source> notCounted = new ArrayList<>();
        for (ReportForm form : before) {
            if (area.unit() == null) {
                rollups.totals(form.id(), Rollups.EVERYTHING, includeSubmitted)
                        .forEach((code, v) -> sum.merge(code, v, BigDecimal::add));
                continue;
            }
            UnitHistory.Figure figure = history.figure(form, area.unit(), includeSubmitted);
            figure.values().forEach((code, v) -> sum.merge(code, v, BigDecimal::add));
            counted.addAll(figure.counted());
            notCounted.addAll(figure.notCounted());
        }
        Area first = new Area(before.get(0), area.unit());
        return Optional.of(new PreviousYear(new Totals(first, complete(area.form(), sum)), counted, notCounted));
    }

    /**
     * Last year's figures of each drill-down row's unit (commune by commune beside this year's), by
     * unit id; empty when the committee's lineage has no campaign the year before.
     */
    public Map<Long, Map<String, BigDecimal>> previousYearOfRows(Area area, List<Row> rows, boolean includeSubmitted) {
        Campaign c = campaigns.systemFind(area.form().campaignId()).orElseThrow();
        List<ReportForm> before = history.previousForms(c.committeeId(), c.year());
        Map<Long, Map<String, BigDecimal>> result = new java.util.HashMap<>();
        if (before.isEmpty()) {
            return result;
        }
        for (Row row : rows) {
            if (row.own()) {
                continue;
            }
            Map<String, BigDecimal> sum = new LinkedHashMap<>();
            for (ReportForm form : before) {
                history.figure(form, row.unit(), includeSubmitted)
                        .values()
                        .forEach((code, v) -> sum.merge(code, v, BigDecimal::add));
            }
            result.put(row.unit().id(), complete(area.form(), sum));
        }
        return result;
    }

    /** How many reports a subtree owes and has sent, in all and by unit type, without naming the missing units. */
    public record Rates(Area area, Counts all, List<Counts> byType) {}

    /**
     * Completeness without the list of missing units, from the roll-ups every status change and unit
     * change keeps (ADR 0028): one row per unit type, whatever the size of the area. The missing count
     * is {@code all().missing()}.
     */
    public Rates rates(Area area) {
        List<Counts> byType = counts.of(area.form().id(), area.key()).stream()
                .map(r -> new Counts(r.typeCode(), r.expected(), r.received(), r.onTime(), r.late(), r.accepted()))
                .toList();
        return new Rates(area, sum(byType), byType);
    }

    private static Counts sum(List<Counts> byType) {
        return new Counts(
                null,
                byType.stream().mapToLong(Counts::expected).sum(),
                byType.stream().mapToLong(Counts::received).sum(),
                byType.stream().mapToLong(Counts::onTime).sum(),
                byType.stream().mapToLong(Counts::late).sum(),
                byType.stream().mapToLong(Counts::accepted).sum());
    }

    /** The same counts by recounting the area's units: what the roll-ups must equal. */
    public Rates recount(Area area) {
        return rates(area, scan(area));
    }

    private Rates rates(Area area, Scan scan) {
        List<Counts> byType = jdbc.sql("""
                        select o.type_code, count(*),
                               count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED')),
                               count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED') and not r.late),
                               count(*) filter (where r.status in ('SUBMITTED', 'ACCEPTED') and r.late),
                               count(*) filter (where r.status = 'ACCEPTED')
                        """ + scan.where() + " group by o.type_code order by o.type_code")
                .params(scan.params())
                .query((rs, i) -> new Counts(
                        rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
        return new Rates(area, sum(byType), byType);
    }

    public Completeness completeness(Area area) {
        Scan scan = scan(area);
        Rates rates = rates(area);
        List<Missing> missing = jdbc.sql(MISSING_SELECT + " " + scan.where() + MISSING_WHERE + " " + MISSING_ORDER)
                .params(scan.params())
                .query(ReportTotals::missing)
                .list();
        return new Completeness(area, rates.all(), rates.byType(), missing);
    }

    static final String MISSING_SELECT = "select o.id, o.code, o.name, o.type_code, r.status";
    static final String MISSING_WHERE = " and (r.id is null or r.status not in ('SUBMITTED', 'ACCEPTED'))";
    static final String MISSING_ORDER = "order by o.path, o.id";

    static Missing missing(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Missing(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5) == null ? null : ReportStatus.valueOf(rs.getString(5)));
    }

    /** The units that owe the form a report in the area, each with its report if it has one. */
    record Scan(String where, Object[] params) {}

    Scan scan(Area area) {
        ReportForm form = area.form();
        OrgUnit root = forms.root(form);
        String[] types = form.assignTypes().toArray(String[]::new);
        String where = """
                from org_unit o left join report r on r.unit_id = o.id and r.form_id = ?
                where o.path like ? and o.path like ? and o.type_code = any(?::text[])
                  and (o.valid_from is null or o.valid_from <= ?) and (o.valid_to is null or o.valid_to >= ?)
                """;
        Object[] params = {
            form.id(), area.pathPrefix() + "%", root.path() + "%", types, form.deadline(), form.deadline()
        };
        return new Scan(where, params);
    }

    private Map<String, BigDecimal> ownValues(Area area, boolean includeSubmitted) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        jdbc.sql("""
                        select v.indicator_code, v.value from report r join report_value v on v.report_id = r.id
                        where r.form_id = ? and r.unit_id = ? and r.status = any(?::text[])
                        """)
                .params(area.form().id(), area.unit().id(), statuses(includeSubmitted))
                .query(rs -> {
                    values.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return values;
    }

    /** Every numeric indicator of the form in its order, zero where nothing was found. */
    static Map<String, BigDecimal> complete(ReportForm form, Map<String, BigDecimal> found) {
        return complete(form.definition().numericIndicators(), found);
    }

    private static Map<String, BigDecimal> complete(List<Indicator> numeric, Map<String, BigDecimal> found) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Indicator i : numeric) {
            values.put(i.code(), plain(found.getOrDefault(i.code(), BigDecimal.ZERO)));
        }
        return values;
    }

    /** 1000 stays 1000 (not 1E+3), 12.50 becomes 12.5. */
    public static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The signed-in account's unit. */
    public long actorUnitId() {
        return policy.requireActor().unitId();
    }

    /** Dates for pages: the last day on time and the last day open. */
    public record Deadlines(LocalDate deadline, LocalDate onTimeUntil, LocalDate openUntil) {}

    public Deadlines deadlines(ReportForm form) {
        return new Deadlines(form.deadline(), form.onTimeUntil(), form.openUntil());
    }
}
