package vn.ngayhoi.task.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.CampaignTerritories;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitType;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanEvents.PlanIssued;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.task.TaskFulfilment;
import vn.ngayhoi.task.TaskManagement;

/**
 * When a plan is issued, each item of "III. Tổ chức thực hiện" becomes a task for its unit; an item
 * addressed to a group (the communes, the committee's member agencies) becomes one task per unit.
 * Runs in the issuing transaction: a plan is never issued without its tasks.
 */
@Component
class TaskGenerator {

    static final List<String> COMMUNE_TYPES = List.of("COMMUNE", "WARD", "TOWNSHIP", "SPECIAL_ZONE");

    private final PlanManagement plans;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final TaskManagement tasks;
    private final CampaignTerritories territories;

    TaskGenerator(
            PlanManagement plans,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            TaskManagement tasks,
            CampaignTerritories territories) {
        this.plans = plans;
        this.campaigns = campaigns;
        this.units = units;
        this.tasks = tasks;
        this.territories = territories;
    }

    @EventListener
    void on(PlanIssued issued) {
        Plan plan = plans.systemGet(issued.planId()).orElseThrow();
        // an amending plan keeps the tasks of the plan it replaces (their progress and evidence stay)
        if (plan.content().responsibilities().isEmpty() || plan.replacesPlanId() != null) {
            return;
        }
        OrgUnit issuer = units.systemFindById(plan.unitId()).orElseThrow();
        OrgUnit territory = territories.ofUnit(issuer);
        LocalDate deadline =
                campaigns.systemFind(plan.campaignId()).orElseThrow().reportDeadline();
        String notation = plan.numberLine() == null ? "" : plan.numberLine().replace("Số: ", "");
        for (PlanContent.Responsibility r : plan.content().responsibilities()) {
            LocalDate due = r.dueDates() == null || r.dueDates().isEmpty()
                    ? deadline
                    : r.dueDates().stream().min(Comparator.naturalOrder()).orElseThrow();
            String section = "III." + r.number();
            for (OrgUnit unit : targets(r, plan, issuer, territory)) {
                // The unit's name first: a list of tasks across units reads as who must do what.
                String title = unit.name() + ": " + r.heading() + " (KH " + notation + ", mục " + section + ")";
                tasks.systemCreate(
                        plan.campaignId(),
                        plan.id(),
                        section,
                        title,
                        r.body(),
                        unit.id(),
                        issuer.id(),
                        List.of(),
                        due,
                        completedBy(r));
            }
        }
    }

    private Set<OrgUnit> targets(PlanContent.Responsibility r, Plan plan, OrgUnit issuer, OrgUnit territory) {
        Set<OrgUnit> out = new LinkedHashSet<>();
        if ("COMMUNES".equals(r.group())) {
            List<String> types = plan.cascadeTypes().isEmpty() ? COMMUNE_TYPES : plan.cascadeTypes();
            out.addAll(units.systemUnitsOfTypes(territory.path(), types));
        }
        if ("COMMITTEE_MEMBERS".equals(r.group())) {
            List<String> nonTerritorial = units.types().stream()
                    .filter(t -> !t.territorial()
                            && !t.code().equals("RESIDENTIAL_AREA")
                            && !t.code().equals("COMMITTEE"))
                    .map(UnitType::code)
                    .toList();
            units.systemUnitsOfTypes(territory.path(), nonTerritorial).stream()
                    .filter(u -> u.parentId() != null && u.parentId() == territory.id())
                    .forEach(out::add);
        }
        if (r.unitCodes() != null) {
            r.unitCodes()
                    .forEach(code -> units.systemUnitsOfTypes(territory.path(), allTypes()).stream()
                            .filter(u -> u.code().equals(code))
                            .forEach(out::add));
        }
        if (r.unitNames() != null && !r.unitNames().isEmpty()) {
            units.systemUnitsOfTypes(territory.path(), allTypes()).stream()
                    .filter(u -> r.unitNames().contains(u.name()))
                    .forEach(out::add);
        }
        out.removeIf(u -> u.id() == issuer.id());
        return out;
    }

    /** Codes the task module does not know (a newer plan, a typo) complete nothing. */
    private static List<TaskFulfilment> completedBy(PlanContent.Responsibility r) {
        return r.completedBy().stream()
                .filter(c -> Arrays.stream(TaskFulfilment.values())
                        .anyMatch(f -> f.name().equals(c)))
                .map(TaskFulfilment::valueOf)
                .toList();
    }

    private List<String> allTypes() {
        return units.types().stream().map(UnitType::code).toList();
    }
}
