package vn.ngayhoi.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanDerivations;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.task.Task;
import vn.ngayhoi.task.TaskFulfilment;
import vn.ngayhoi.task.TaskManagement;

/**
 * The 2022 campaign of Ban Chỉ đạo 138 huyện Quan Sơn and its plan, entered from the real document
 * (resources demo/plan-2022-quan-son.json): issued, with Sơn Hà's own plan issued and Mường Mìn's in
 * draft so that the cascade view has content.
 */
@Component
class DemoPlan2022 {

    static final String RESOURCE = "demo/plan-2022-quan-son.json";

    private final CampaignManagement campaigns;
    private final PlanManagement plans;
    private final PlanDerivations derivations;
    private final OrgUnitManagement units;
    private final TaskManagement tasks;
    private final DemoFestivals2022 festivals2022;
    private final DemoReports2022 reports2022;
    private final DemoForum2022 forum2022;
    private final DemoCommendations2022 commendations2022;
    private final DemoOutreach2022 outreach2022;
    private final DemoEvaluation2022 evaluation2022;
    private final DemoBudget2022 budget2022;
    private final JsonMapper json;

    DemoPlan2022(
            CampaignManagement campaigns,
            PlanManagement plans,
            PlanDerivations derivations,
            OrgUnitManagement units,
            TaskManagement tasks,
            DemoFestivals2022 festivals2022,
            DemoReports2022 reports2022,
            DemoForum2022 forum2022,
            DemoCommendations2022 commendations2022,
            DemoOutreach2022 outreach2022,
            DemoEvaluation2022 evaluation2022,
            DemoBudget2022 budget2022,
            JsonMapper json) {
        this.budget2022 = budget2022;
        this.campaigns = campaigns;
        this.plans = plans;
        this.derivations = derivations;
        this.units = units;
        this.tasks = tasks;
        this.festivals2022 = festivals2022;
        this.reports2022 = reports2022;
        this.forum2022 = forum2022;
        this.commendations2022 = commendations2022;
        this.outreach2022 = outreach2022;
        this.evaluation2022 = evaluation2022;
        this.json = json;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CampaignData(
            LocalDate windowStart, LocalDate windowEnd, LocalDate reportDeadline, Pilot pilot, List<String> slogans) {

        /** The campaign the plan file describes, for a committee and year. */
        NewCampaign campaign(OrgUnit committee, int year, OrgUnit pilotUnit) {
            return new NewCampaign(
                    committee.id(),
                    year,
                    "Ngày hội toàn dân bảo vệ ANTQ năm " + year,
                    windowStart,
                    windowEnd,
                    reportDeadline,
                    pilotUnit.id(),
                    pilot.from(),
                    pilot.to(),
                    pilot.model(),
                    slogans);
        }
    }

    /** The plan's recipients, each named unit found among {@code candidates} by its exact name. */
    static List<PlanContent.Recipient> recipients(PlanContent content, List<OrgUnit> candidates) {
        List<PlanContent.Recipient> recipients = new ArrayList<>();
        for (PlanContent.Recipient r : content.recipients()) {
            Long unitId = r.unitName() == null
                    ? null
                    : candidates.stream()
                            .filter(u -> u.name().equals(r.unitName()))
                            .map(OrgUnit::id)
                            .findFirst()
                            .orElse(null);
            recipients.add(new PlanContent.Recipient(r.text(), r.unitName(), r.purpose(), unitId));
        }
        return recipients;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pilot(String unitCode, LocalDate from, LocalDate to, String model) {}

    void load(OrgUnit committee, List<OrgUnit> districtUnits) {
        byte[] bytes = read();
        CampaignData data = json.readValue(bytes, CampaignData.class);
        PlanContent content = json.readValue(bytes, PlanContent.class);
        OrgUnit pilot = units.systemFind(DemoScenario.STRUCTURE, data.pilot().unitCode())
                .orElseThrow();
        Campaign campaign = campaigns.systemCreate(data.campaign(committee, 2022, pilot));
        List<PlanContent.Recipient> recipients = recipients(content, districtUnits);
        Plan plan = plans.systemCreate(
                campaign.id(),
                committee.id(),
                null,
                content.withRecipients(recipients),
                List.of("COMMUNE", "TOWNSHIP"),
                LocalDate.of(2022, 7, 29));
        plans.systemApprove(plan.id());
        plans.systemIssue(plan.id(), LocalDate.of(2022, 7, 18));

        OrgUnit sonHa =
                units.systemFind(DemoScenario.STRUCTURE, DemoScenario.SON_HA).orElseThrow();
        Plan sonHaPlan = derivations.systemStartOwnPlan(plan.id(), sonHa.id());
        plans.systemSign(sonHaPlan.id(), "Lò Văn Tuấn");
        plans.systemApprove(sonHaPlan.id());
        plans.systemIssue(sonHaPlan.id(), LocalDate.of(2022, 7, 25));
        OrgUnit muongMin =
                units.systemFind(DemoScenario.STRUCTURE, DemoScenario.MUONG_MIN).orElseThrow();
        derivations.systemStartOwnPlan(plan.id(), muongMin.id());
        loadTasks(campaign, plan);
        festivals2022.load(campaign, sonHa);
        // The commendations after the festivals (their nominations cite them) and before the reports
        // (whose commendation figures come from them).
        commendations2022.load(
                campaign,
                districtUnits.stream()
                        .filter(u -> u.name().equals("Phòng Nội vụ"))
                        .findFirst()
                        .orElseThrow());
        // The propaganda log and the models before the reports: their figures are prefilled from them.
        outreach2022.load(campaign);
        // The forum before the reports: their opinion counts are prefilled from it.
        forum2022.load(campaign);
        // The budget before the reports: Sơn Hà's "kinh phí đã chi" is prefilled from its payments.
        budget2022.load(campaign);
        reports2022.load(campaign);
        // The year's "An toàn về ANTT" registrations (issue 17): their own tables, no figure above reads them.
        evaluation2022.load();
    }

    /**
     * The tasks as they stood on 10/08/2022: the plan's items (made when it was issued) partly done,
     * and a task the standing office gave every commune, due 05/08/2022, that most have not finished.
     */
    private void loadTasks(Campaign campaign, Plan plan) {
        OrgUnit quanSon =
                units.systemFind(DemoScenario.STRUCTURE, DemoScenario.QUAN_SON).orElseThrow();
        for (Task t : tasks.systemTasksOfPlan(plan.id())) {
            String key = t.sourceSection() + " " + t.unitCode();
            if (key.equals("III.1 15004")) {
                tasks.systemReport(
                        t.id(),
                        "Đã xây dựng kế hoạch, đang chuẩn bị sân khấu và khánh tiết cho xã điểm.",
                        60,
                        false,
                        "sonha");
            } else if (key.equals("III.1 15019")) {
                tasks.systemReport(t.id(), "Đã họp Ban Chỉ đạo xã, phân công nhiệm vụ.", 30, false, "system");
            } else if ("III.2".equals(t.sourceSection())) {
                tasks.systemReport(
                        t.id(), "Đã kiểm tra công tác chuẩn bị tại xã Sơn Hà lần 1.", 40, false, "thuongtruc");
            } else if ("III.4".equals(t.sourceSection())) {
                tasks.systemReport(
                        t.id(), "Đã trình Chủ tịch UBND huyện danh sách đề nghị khen thưởng.", 100, true, "noivu");
            }
        }
        for (OrgUnit commune : units.systemUnitsOfTypes(quanSon.path(), List.of("COMMUNE", "TOWNSHIP"))) {
            Task t = tasks.systemCreate(
                    campaign.id(),
                    null,
                    null,
                    commune.name() + ": gửi lịch tổ chức Ngày hội về Thường trực Ban Chỉ đạo 138 huyện",
                    "Đăng ký ngày, giờ, địa điểm tổ chức Ngày hội và thành phần mời dự để huyện bố trí lãnh đạo dự.",
                    commune.id(),
                    quanSon.id(),
                    List.of(),
                    LocalDate.of(2022, 8, 5),
                    List.of(TaskFulfilment.FESTIVAL_REGISTERED));
            if (List.of("15004", "15001", "15019").contains(commune.code())) {
                tasks.systemReport(t.id(), "Đã gửi lịch tổ chức.", 100, true, "system");
            } else if (List.of("15025", "15010").contains(commune.code())) {
                tasks.systemReport(t.id(), "Đang thống nhất địa điểm với các bản.", 50, false, "system");
            }
        }
    }

    private static byte[] read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
