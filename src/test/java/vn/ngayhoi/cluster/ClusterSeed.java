package vn.ngayhoi.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.shared.files.FileStore;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.task.TaskManagement;

/**
 * The two-instance test's own data, loaded at the start of its first instance on the new database
 * (not a bean of the application: {@link Cluster} puts this class on that instance's class path and
 * names it in {@code spring.main.sources}). A district with its steering committee and one commune,
 * an office and a head, a campaign of 2025 whose plan is issued and whose one task was due on
 * 05/08/2025, so on any later day the office has something overdue to chase in a công văn đôn đốc —
 * whatever the clock, and whatever any other test did.
 */
public class ClusterSeed implements ApplicationRunner {

    static final String OFFICE = "vanphong";
    static final String HEAD = "truongban";
    static final String PASSWORD = "Cluster@2026-test";

    private final OrgUnitManagement units;
    private final AccountManagement accounts;
    private final CampaignManagement campaigns;
    private final PlanManagement plans;
    private final TaskManagement tasks;
    private final JsonMapper json;
    private final FileStore files;

    public ClusterSeed(
            OrgUnitManagement units,
            AccountManagement accounts,
            CampaignManagement campaigns,
            PlanManagement plans,
            TaskManagement tasks,
            JsonMapper json,
            FileStore files) {
        this.units = units;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.plans = plans;
        this.tasks = tasks;
        this.json = json;
        this.files = files;
    }

    @Override
    public void run(ApplicationArguments args) {
        awaitStore();
        LocalDate since = LocalDate.of(2020, 1, 1);
        OrgUnit root = units.systemFind("VN", "VN").orElseThrow();
        OrgUnit province = units.systemCreate(new CreateUnit(root.id(), "PROVINCE", "Tỉnh Thử Nghiệm", since));
        OrgUnit district = units.systemCreate(new CreateUnit(province.id(), "DISTRICT", "Huyện Hai Máy", since));
        OrgUnit committee =
                units.systemCreate(new CreateUnit(district.id(), "COMMITTEE", "Ban Chỉ đạo 138 huyện Hai Máy", since));
        OrgUnit commune = units.systemCreate(new CreateUnit(district.id(), "COMMUNE", "Xã Một Cân Bằng", since));
        accounts.systemCreate(
                OFFICE, PASSWORD, "Hà Văn Thường", "Thường trực Ban Chỉ đạo", district, Set.of(Role.STANDING_OFFICE));
        accounts.systemCreate(HEAD, PASSWORD, "Lương Văn Trưởng", "Trưởng Ban Chỉ đạo", district, Set.of(Role.LEADER));
        Campaign campaign = campaigns.systemCreate(new NewCampaign(
                committee.id(),
                2025,
                "Ngày hội toàn dân bảo vệ ANTQ năm 2025",
                LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 8, 19),
                LocalDate.of(2025, 8, 20),
                null,
                null,
                null,
                null,
                List.of()));
        // The demo's plan text: what a chasing letter cites is the issued plan's number and subject.
        Plan plan = plans.systemCreate(
                campaign.id(), committee.id(), null, planText(), List.of(), LocalDate.of(2025, 7, 29));
        plans.systemApprove(plan.id());
        plans.systemIssue(plan.id(), LocalDate.of(2025, 7, 18));
        tasks.systemCreate(
                campaign.id(),
                null,
                null,
                commune.name() + ": gửi lịch tổ chức Ngày hội về Thường trực Ban Chỉ đạo",
                "Đăng ký ngày, giờ, địa điểm tổ chức Ngày hội.",
                commune.id(),
                district.id(),
                List.of(),
                LocalDate.of(2025, 8, 5));
    }

    /**
     * The object store starts beside the instances (see {@link Cluster}) and may not answer yet; the
     * plan's files go there. A missing file's check answers once it does.
     */
    private void awaitStore() {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                files.exists("0".repeat(64));
                return;
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > end) {
                    throw notYet;
                }
                // polling a process that gives no other signal of readiness
                LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            }
        }
    }

    private PlanContent planText() {
        try (InputStream in = new ClassPathResource("demo/plan-2022-quan-son.json").getInputStream()) {
            return json.readValue(in.readAllBytes(), PlanContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
