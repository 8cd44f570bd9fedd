package vn.ngayhoi.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.report.internal.ReportRepository;
import vn.ngayhoi.report.internal.ReportRepository.Located;
import vn.ngayhoi.shared.Slice;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.security.AccessPolicy;

/**
 * The reports page's list read a page at a time (issue 20): the rows of one page and how many
 * match, in two statements whatever the number of units in the area. The rows are those of
 * {@link ReportManagement#list}; the API's id-ordered pages stay in {@link ReportManagement#page}.
 */
@Service
public class ReportLists {

    private final ReportRepository reports;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final ReportTotals totals;
    private final JdbcClient jdbc;

    ReportLists(
            ReportRepository reports,
            OrgUnitManagement units,
            AccessPolicy policy,
            ReportTotals totals,
            JdbcClient jdbc) {
        this.totals = totals;
        this.jdbc = jdbc;
        this.reports = reports;
        this.units = units;
        this.policy = policy;
    }

    /**
     * One page of the area's units that owe the form a report and have not sent it, in tree order,
     * and how many there are: the list under the reports page's completeness and the API's
     * {@code missingUnits}, in two statements whatever the area's size (issue 20).
     */
    public Slice<ReportTotals.Missing> missing(ReportTotals.Area area, long offset, int limit) {
        ReportTotals.Scan scan = totals.scan(area);
        return Slice.read(
                jdbc,
                ReportTotals.MISSING_SELECT,
                scan.where() + ReportTotals.MISSING_WHERE,
                ReportTotals.MISSING_ORDER,
                java.util.Arrays.asList(scan.params()),
                ReportTotals::missing,
                offset,
                limit);
    }

    /**
     * The form's reports in scope (under {@code unitCode} when given; outside the scope a 404),
     * in {@code status} when given, of units whose name holds {@code q} (accents optional): sent
     * ones first, then returned, drafts, accepted.
     */
    public Slice<Report> byUrgency(
            ReportForm form, String unitCode, ReportStatus status, String q, long offset, int limit) {
        String prefix = unitCode == null || unitCode.isBlank()
                ? policy.currentScope().pathPrefix()
                : units.getByCode(unitCode.strip(), form.deadline()).path();
        Slice<Located> found = reports.pageByUrgency(
                form.id(), prefix, status == null ? null : status.name(), Texts.fold(q), offset, limit);
        return new Slice<>(found.items().stream().map(Located::report).toList(), found.total());
    }
}
