package vn.ngayhoi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.orgunit.UnitCommands.MoveUnit;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.DemoPlanCopy;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.Territories.Territory;

/**
 * Plans by status kept as roll-ups (ADR 0040) equal a recount of the plans for every subtree key
 * after a seeded random sequence of plan status changes through {@link PlanManagement} (submitted,
 * approved, returned, one issued and its amendment started) and of unit moves (communes with their
 * khu dân cư between two districts, khu dân cư between communes), and the dashboard's figures are
 * those roll-ups. The recount is written here from the plan and unit tables, not taken from the code
 * under test. The two districts are the test's own, created under Nghệ An (the 2024 list has no
 * code 411; they are named after it), each with a campaign of its own (2067, 2068).
 */
@IntegrationTest
class PlanCountRecountIntegrationTests {

    private static final String USER = "kehoach411";
    private static final String PASSWORD = "Ke-Hoach-411-2067";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanDerivations derivations;

    @Autowired
    PlanFigures figures;

    @Autowired
    OrgUnitManagement units;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        new SignedIn(userDetails).clear();
    }

    @Test
    void planCountsEqualARecountAfterRandomStatusChangesAndMoves() {
        OrgUnit province = Territories.unit(context, "40");
        List<OrgUnit> districts = new ArrayList<>();
        List<Long> communes = new ArrayList<>();
        List<Long> areas = new ArrayList<>();
        for (String suffix : List.of("A", "B")) {
            OrgUnit district = units.systemCreate(
                    new CreateUnit(province.id(), "DISTRICT", "Huyện Thử Kế Hoạch 411" + suffix, null));
            districts.add(district);
            for (int c = 1; c <= 3; c++) {
                OrgUnit commune =
                        units.systemCreate(new CreateUnit(district.id(), "COMMUNE", "Xã Thử 411" + suffix + c, null));
                communes.add(commune.id());
                for (int a = 1; a <= 2; a++) {
                    areas.add(units.systemCreate(new CreateUnit(
                                    commune.id(), "RESIDENTIAL_AREA", "Khu dân cư 411" + suffix + c + a, null))
                            .id());
                }
            }
        }
        Territory first = Territories.create(context, districts.get(0).code(), 2067);
        Territory second = Territories.create(context, districts.get(1).code(), 2068);
        context.getBean(AccountManagement.class)
                .systemCreate(
                        USER,
                        PASSWORD,
                        "Thường trực thử 411",
                        null,
                        province,
                        Set.of(Role.STANDING_OFFICE, Role.LEADER));
        PlanContent content = DemoPlanCopy.content(context, DemoPlanCopy.undelivered(context), false);

        // a plan of each campaign at its committee, at every commune and at every other khu dân cư
        Random random = new Random(411_2067);
        List<Long> planIds = new ArrayList<>();
        List<Long> topIds = new ArrayList<>();
        for (Territory t : List.of(first, second)) {
            long top = plans.systemCreate(t.campaign().id(), t.committee().id(), null, content, List.of(), null)
                    .id();
            planIds.add(top);
            topIds.add(top);
            List<Long> below = new ArrayList<>(communes);
            for (int i = 0; i < areas.size(); i += 2) {
                below.add(areas.get(i));
            }
            for (long unit : below) {
                planIds.add(plans.systemCreate(t.campaign().id(), unit, top, content, List.of(), null)
                        .id());
            }
        }

        SignedIn signedIn = new SignedIn(userDetails);
        signedIn.as(USER);
        int changes = 0;
        int moves = 0;
        boolean issued = false;
        while (changes < 40 || moves < 10) {
            if (moves < 10 && random.nextInt(5) == 0) {
                // moving units is the administrator's
                signedIn.as("admin");
                if (random.nextBoolean()) {
                    long commune = communes.get(random.nextInt(communes.size()));
                    OrgUnit target = districts.get(random.nextInt(2));
                    if (units.systemFindById(commune).orElseThrow().parentId() != target.id()) {
                        units.move(new MoveUnit(commune, target.id()));
                        moves++;
                    }
                } else {
                    long area = areas.get(random.nextInt(areas.size()));
                    long target = communes.get(random.nextInt(communes.size()));
                    if (units.systemFindById(area).orElseThrow().parentId() != target) {
                        units.move(new MoveUnit(area, target));
                        moves++;
                    }
                }
                signedIn.as(USER);
                continue;
            }
            long id = planIds.get(random.nextInt(planIds.size()));
            try {
                PlanStatus status = plans.get(id).status();
                switch (status) {
                    case DRAFT, RETURNED -> plans.submit(id);
                    case SUBMITTED -> {
                        if (random.nextBoolean()) {
                            plans.approve(id);
                        } else {
                            plans.sendBack(id, "Bổ sung nội dung");
                        }
                    }
                    case APPROVED -> {
                        if (issued || !topIds.contains(id)) {
                            continue;
                        }
                        // one committee's plan issued (it renders the plan), then its amendment
                        // started: a new draft
                        plans.issue(id);
                        planIds.add(derivations.startAmendment(id).id());
                        issued = true;
                    }
                    case ISSUED -> {
                        continue;
                    }
                }
                changes++;
            } catch (ValidationException | ConflictException refused) {
                // a step the plan's state refuses changes nothing, as the recount will show
            }
        }
        signedIn.clear();

        assertThat(issued).as("one plan was issued").isTrue();
        for (Territory t : List.of(first, second)) {
            long campaign = t.campaign().id();
            Map<String, Long> rolled = rollups(campaign);
            assertThat(rolled).as("plans of campaign %s", campaign).isEqualTo(recount(campaign));
            assertThat(rolled.keySet()).as("more than one status").anyMatch(k -> k.endsWith("/SUBMITTED"));
            // what the dashboard reads: the district (wherever the moves left its units) and the whole
            for (Long key : List.of(0L, districts.get(0).id(), districts.get(1).id())) {
                Map<PlanStatus, Integer> shown = figures.systemCountByStatus(campaign, key == 0 ? null : key);
                for (PlanStatus s : PlanStatus.values()) {
                    assertThat(shown.get(s).longValue())
                            .as("%s under %s", s, key)
                            .isEqualTo(rolled.getOrDefault(key + "/" + s, 0L));
                }
            }
        }
    }

    private Map<String, Long> rollups(long campaignId) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("select unit_id, status, n from plan_count where campaign_id = ? and n <> 0")
                .param(campaignId)
                .query(rs -> {
                    rows.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
                });
        return rows;
    }

    private Map<String, Long> recount(long campaignId) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.sql("""
                        select k, p.status, count(*)
                        from plan p join org_unit o on o.id = p.unit_id
                             cross join lateral unnest(
                                 array[0::bigint] || string_to_array(trim(both '/' from o.path), '/')::bigint[]) as k
                        where p.campaign_id = ?
                        group by 1, 2
                        """).param(campaignId).query(rs -> {
            rows.put(rs.getLong(1) + "/" + rs.getString(2), rs.getLong(3));
        });
        return rows;
    }
}
