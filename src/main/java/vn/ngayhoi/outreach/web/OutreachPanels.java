package vn.ngayhoi.outreach.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.outreach.Coverage;
import vn.ngayhoi.outreach.CoverageAssignment;
import vn.ngayhoi.outreach.ModelRegistry;
import vn.ngayhoi.shared.web.PanelSource;

/** The festival page's outreach part: the models launched there and the coverage recorded for it. */
@Component
class OutreachPanels implements PanelSource {

    private final ModelRegistry registry;
    private final Coverage coverage;
    private final FestivalManagement festivals;

    OutreachPanels(ModelRegistry registry, Coverage coverage, FestivalManagement festivals) {
        this.registry = registry;
        this.coverage = coverage;
        this.festivals = festivals;
    }

    @Override
    public List<Panel> panelsFor(String page, long id) {
        if (!"festival".equals(page)) {
            return List.of();
        }
        List<CoverageAssignment> assignments = coverage.ofFestival(id);
        var models = registry.launchedAt(id);
        String step = festivals.get(id).details().modelLaunch();
        // the registration's "ra mắt mô hình" step, until a model of the registry is linked to it
        String toRecord = models.isEmpty() && step != null && !step.isBlank() ? step : "";
        var items = coverage.itemsOfFestival(id);
        return List.of(new Panel(
                "outreach/festival-panel",
                Map.of(
                        "festivalId", id,
                        "assignments", assignments,
                        "items", items,
                        "models", models,
                        "toRecord", toRecord)));
    }
}
