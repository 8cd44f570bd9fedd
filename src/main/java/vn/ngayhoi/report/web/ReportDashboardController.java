package vn.ngayhoi.report.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.plan.PlanStatus;
import vn.ngayhoi.report.ReportDashboard;
import vn.ngayhoi.report.ReportDashboard.Dashboard;
import vn.ngayhoi.report.ReportTotals.Counts;
import vn.ngayhoi.shared.web.Problems;
import vn.ngayhoi.shared.web.ScriptJson;

/**
 * The dashboard of a campaign for the standing office and leaders, as a page and in the API, with
 * the same numbers: the page embeds the API's body for its charts. Every figure carries the address
 * of its list, so a card or a bar leads to the units behind it.
 */
@Controller
class ReportDashboardController {

    /** The children drawn in the bar chart and its table; the totals page lists them all. */
    static final int CHART_CHILDREN = 20;

    private final ReportDashboard dashboards;
    private final Problems problems;
    private final JsonMapper json;

    ReportDashboardController(ReportDashboard dashboards, Problems problems, JsonMapper json) {
        this.dashboards = dashboards;
        this.problems = problems;
        this.json = json;
    }

    record StatusCount(String status, long count, String url) {}

    record PlansBody(long issued, long total, String url, String issuedUrl, List<StatusCount> byStatus) {}

    record FestivalsBody(
            long total,
            long held,
            long registered,
            long awaitingResults,
            long postponed,
            String url,
            String heldUrl,
            String registeredUrl,
            String awaitingResultsUrl,
            String postponedUrl,
            List<StatusCount> byStatus) {}

    record TypeBody(
            String typeCode,
            String typeName,
            long expected,
            long received,
            long onTime,
            long late,
            long missing,
            long accepted,
            String url,
            String missingUrl) {}

    record ReportsBody(
            long expected,
            long received,
            long onTime,
            long late,
            long missing,
            long accepted,
            int receivedPercent,
            String url,
            String receivedUrl,
            String missingUrl,
            List<TypeBody> byType) {}

    record IndicatorBody(String code, String label, String type, BigDecimal value, String url) {}

    /** {@code value} is null and {@code accepted} false for a unit with nothing accepted yet. */
    record ChildBody(
            String code, String name, boolean own, boolean accepted, BigDecimal value, String url, String totalsUrl) {}

    record ChildrenBody(String indicatorCode, String indicatorLabel, String url, List<ChildBody> items) {}

    /** The API's dashboard; paths and field names are a contract. Values are accepted ones. */
    record DashboardBody(
            long campaignId,
            int year,
            String campaignName,
            String unitCode,
            String unitName,
            String parentCode,
            LocalDate deadline,
            LocalDate today,
            PlansBody plans,
            FestivalsBody festivals,
            ReportsBody reports,
            List<IndicatorBody> indicators,
            ChildrenBody children) {}

    @GetMapping("/api/v1/campaigns/{id}/dashboard")
    @ResponseBody
    DashboardBody api(@PathVariable long id, @RequestParam(required = false) String unit) {
        return body(dashboards.of(id, unit));
    }

    @GetMapping("/reports/dashboard")
    String page(@RequestParam long campaign, @RequestParam(required = false) String unit, Model model) {
        Dashboard d = dashboards.of(campaign, unit);
        DashboardBody body = body(d);
        model.addAttribute("d", d);
        model.addAttribute("b", body);
        model.addAttribute(
                "chartChildren",
                Math.min(CHART_CHILDREN, body.children().items().size()));
        model.addAttribute("data", ScriptJson.of(json, Map.of("data", body, "labels", labels())));
        return "report/dashboard";
    }

    /** The words the charts need, in the reader's language. */
    private Map<String, Object> labels() {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("accepted", problems.message("report.dashboard.series.accepted"));
        labels.put("awaiting", problems.message("report.dashboard.series.awaiting"));
        labels.put("missing", problems.message("report.dashboard.series.missing"));
        labels.put("noData", problems.message("report.dashboard.noData"));
        labels.put("own", problems.message("report.totals.ownReport"));
        labels.put("notAccepted", problems.message("report.totals.notAccepted"));
        Map<String, String> festival = new LinkedHashMap<>();
        for (FestivalStatus s : FestivalStatus.values()) {
            festival.put(s.name(), problems.message(s.messageKey()));
        }
        labels.put("festival", festival);
        labels.put("chartChildren", CHART_CHILDREN);
        return labels;
    }

    /**
     * JSON safe inside a {@code <script type="application/json">}: {@code <}, {@code >} and {@code &}
     * only occur in strings there, where their escapes mean the same.
     */
    private static DashboardBody body(Dashboard d) {
        long campaign = d.campaign().id();
        String unit = d.area().unit() == null ? null : d.area().unit().code();

        List<StatusCount> planCounts = Arrays.stream(PlanStatus.values())
                .map(s -> new StatusCount(s.name(), d.plans(s), link("/plans", campaign, unit, s.name())))
                .toList();
        PlansBody plans = new PlansBody(
                d.plans(PlanStatus.ISSUED),
                d.plansTotal(),
                link("/plans", campaign, unit, null),
                link("/plans", campaign, unit, PlanStatus.ISSUED.name()),
                planCounts);

        List<StatusCount> festivalCounts = Arrays.stream(FestivalStatus.values())
                .map(s -> new StatusCount(s.name(), d.festivals(s), link("/festivals", campaign, unit, s.name())))
                .toList();
        FestivalsBody festivals = new FestivalsBody(
                d.festivalsTotal(),
                d.festivals(FestivalStatus.HELD),
                d.festivals(FestivalStatus.REGISTERED),
                d.festivals(FestivalStatus.AWAITING_RESULTS),
                d.festivals(FestivalStatus.POSTPONED),
                link("/festivals", campaign, unit, null),
                link("/festivals", campaign, unit, FestivalStatus.HELD.name()),
                link("/festivals", campaign, unit, FestivalStatus.REGISTERED.name()),
                link("/festivals", campaign, unit, FestivalStatus.AWAITING_RESULTS.name()),
                link("/festivals", campaign, unit, FestivalStatus.POSTPONED.name()),
                festivalCounts);

        String reportList = link("/reports", campaign, unit, null);
        String received = reportList + "#report-list";
        String missing = reportList + "#missing";
        Counts all = d.reports().all();
        ReportsBody reports = new ReportsBody(
                all.expected(),
                all.received(),
                all.onTime(),
                all.late(),
                all.missing(),
                all.accepted(),
                all.receivedPercent(),
                reportList + "#completeness",
                received,
                missing,
                d.reports().byType().stream()
                        .map(c -> new TypeBody(
                                c.typeCode(),
                                d.typeNames().getOrDefault(c.typeCode(), c.typeCode()),
                                c.expected(),
                                c.received(),
                                c.onTime(),
                                c.late(),
                                c.missing(),
                                c.accepted(),
                                received,
                                missing))
                        .toList());

        String totals = link("/reports/totals", campaign, unit, null);
        List<IndicatorBody> indicators = d.keyFigures().stream()
                .map(k -> new IndicatorBody(
                        k.indicator().code(),
                        k.indicator().label(),
                        k.indicator().type().name(),
                        k.value(),
                        totals))
                .toList();

        ChildrenBody children = new ChildrenBody(
                d.chartIndicator() == null ? null : d.chartIndicator().code(),
                d.chartIndicator() == null ? null : d.chartIndicator().label(),
                totals,
                d.children().stream()
                        .map(c -> new ChildBody(
                                c.unit().code(),
                                c.unit().name(),
                                c.own(),
                                c.accepted(),
                                c.value(),
                                c.own()
                                        ? totals
                                        : link(
                                                "/reports/dashboard",
                                                campaign,
                                                c.unit().code(),
                                                null),
                                c.own()
                                        ? totals
                                        : link(
                                                "/reports/totals",
                                                campaign,
                                                c.unit().code(),
                                                null)))
                        .toList());

        return new DashboardBody(
                campaign,
                d.campaign().year(),
                d.campaign().name(),
                unit,
                d.area().unit() == null ? null : d.area().unit().name(),
                d.parentCode(),
                d.area().form().deadline(),
                d.today(),
                plans,
                festivals,
                reports,
                indicators,
                children);
    }

    /** A list's address with the campaign, and the unit and the status when there are. */
    private static String link(String path, long campaign, String unit, String status) {
        // Plain concatenation: a dashboard writes a few hundred of these (issue 20's profile showed
        // UriComponentsBuilder as its largest cost); codes and status names only need query encoding.
        StringBuilder link = new StringBuilder(path).append("?campaign=").append(campaign);
        if (unit != null) {
            link.append("&unit=").append(java.net.URLEncoder.encode(unit, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (status != null) {
            link.append("&status=").append(java.net.URLEncoder.encode(status, java.nio.charset.StandardCharsets.UTF_8));
        }
        return link.toString();
    }
}
