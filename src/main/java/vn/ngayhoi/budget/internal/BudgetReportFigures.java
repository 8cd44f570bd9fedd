package vn.ngayhoi.budget.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngayhoi.report.ReportFigureSource;

/**
 * The report's "kinh phí đã chi": what the unit spent of the campaign's approved budget allocated to
 * it, the settled figure once it closed its settlement. Nothing for a unit without an allocation, which
 * types what it spent from its own budget.
 */
@Component
class BudgetReportFigures implements ReportFigureSource {

    private final BudgetRepository repository;

    BudgetReportFigures(BudgetRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<String, Long> figures(long campaignId, long unitId) {
        Long spent = repository.spentOrSettled(campaignId, unitId);
        return spent == null ? Map.of() : Map.of("budget.spent", spent);
    }
}
