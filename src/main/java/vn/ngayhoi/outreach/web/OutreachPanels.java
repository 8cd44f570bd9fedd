package vn.ngayhoi.outreach.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngayhoi.outreach.Coverage;
import vn.ngayhoi.outreach.CoverageAssignment;
import vn.ngayhoi.outreach.ModelRegistry;
import vn.ngayhoi.shared.web.PanelSource;

/** The festival page's outreach part: the models launched there and the coverage recorded for it. */
@Component
class OutreachPanels implements PanelSource {

    private final ModelRegistry registry;
    private final Coverage coverage;

    OutreachPanels(ModelRegistry registry, Coverage coverage) {
        this.registry = registry;
        this.coverage = coverage;
    }

    @Override
    public List<Panel> panelsFor(String page, long id) {
        if (!"festival".equals(page)) {
            return List.of();
        }
        List<CoverageAssignment> assignments = coverage.ofFestival(id);
        var models = registry.launchedAt(id);
        if (assignments.isEmpty() && models.isEmpty()) {
            return List.of();
        }
        var items = coverage.itemsOfFestival(id);
        return List.of(new Panel(
                "outreach/festival-panel", Map.of("assignments", assignments, "items", items, "models", models)));
    }
}
