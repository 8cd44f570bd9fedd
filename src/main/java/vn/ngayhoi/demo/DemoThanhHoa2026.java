package vn.ngayhoi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.orgunit.UnitLinks;
import vn.ngayhoi.plan.Plan;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanDerivations;
import vn.ngayhoi.plan.PlanManagement;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportManagement;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.report.ReportStatus;
import vn.ngayhoi.shared.DemoSelection;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.database.DatabaseMode;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.LoginHints.Hint;

/**
 * The second demo scenario ({@code NGAYHOI_DEMO=thanhhoa-2026}, ADR 0036): tỉnh Thanh Hóa on the two-tier
 * structure, seen on 21/08/2026. Ban Chỉ đạo tỉnh Thanh Hóa runs its 2026 campaign straight to the
 * communes; the eight communes formed from former huyện Quan Sơn have plans, festivals and reports;
 * 2025 is last year (their own figures) and 2024 the year before the merge, when the twelve old communes
 * reported to the province's committee of the three-level list, so their history runs across the merge.
 * Xã Trung Hạ was formed from whole communes; xã Tam Lư and xã Quan Sơn each took part of thị trấn Sơn Lư,
 * counted at 50 % for xã Quan Sơn and not counted for xã Tam Lư, so both notes show.
 */
@Component
@Order(16)
class DemoThanhHoa2026 implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoThanhHoa2026.class);

    static final String RESOURCE = "demo/plan-2026-thanh-hoa.json";
    private static final String SETTING = "demo.thanhhoa-2026.loaded";
    static final String PROVINCE = "38";
    static final String TAM_LU = "15019";
    static final String QUAN_SON = "15016";
    static final String TRUNG_HA = "15001";
    /** The eight communes of 2025 whose codes come from former huyện Quan Sơn (units/SOURCES.md). */
    static final List<String> COMMUNES =
            List.of("15001", "15007", "15010", "15013", "15016", "15019", "15022", "15025");
    /** The twelve communes of huyện Quan Sơn in 2024. */
    static final List<String> OLD_COMMUNES = List.of(
            "14995", "14998", "14999", "15001", "15004", "15007", "15010", "15013", "15016", "15019", "15022", "15025");

    record Account(String username, Role role, String fullName, String position, String structure, String unit) {}

    static final List<Account> ACCOUNTS = List.of(
            new Account(
                    "thuongtructinh",
                    Role.STANDING_OFFICE,
                    "Lê Văn Hùng",
                    "Cán bộ Thường trực Ban Chỉ đạo tỉnh (Phòng PV05, Công an tỉnh Thanh Hóa)",
                    "2025",
                    PROVINCE),
            new Account("lanhdaotinh", Role.LEADER, "Lò Văn Thành", "Trưởng Ban Chỉ đạo tỉnh", "2025", PROVINCE),
            new Account("tamlu", Role.UNIT_OFFICER, "Hà Thị Lan", "Công an xã Tam Lư", "2025", TAM_LU),
            new Account("xaquanson", Role.UNIT_OFFICER, "Lữ Văn Minh", "Công an xã Quan Sơn", "2025", QUAN_SON),
            new Account("trungha", Role.UNIT_OFFICER, "Phạm Thị Thu", "Công an xã Trung Hạ", "2025", TRUNG_HA),
            new Account(
                    "v05",
                    Role.STANDING_OFFICE,
                    "Nguyễn Minh Quân",
                    "Cục V05 - Bộ Công an, Thường trực Ban Chỉ đạo Trung ương",
                    "VN",
                    "VN"),
            new Account(
                    "huyenquanson",
                    Role.VIEWER,
                    "Hà Văn Thắng",
                    "Nguyên cán bộ Công an huyện Quan Sơn (đến 30/06/2025)",
                    "2024",
                    "387"));

    private final OrgUnitManagement units;
    private final UnitLinks links;
    private final AccountManagement accounts;
    private final CampaignManagement campaigns;
    private final PlanManagement plans;
    private final PlanDerivations derivations;
    private final FestivalManagement festivals;
    private final vn.ngayhoi.festival.FestivalDefaults festivalDefaults;
    private final ReportForms forms;
    private final ReportManagement reports;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DatabaseMode mode;
    private final boolean enabled;
    private final String password;

    DemoThanhHoa2026(
            OrgUnitManagement units,
            UnitLinks links,
            AccountManagement accounts,
            CampaignManagement campaigns,
            PlanManagement plans,
            PlanDerivations derivations,
            FestivalManagement festivals,
            vn.ngayhoi.festival.FestivalDefaults festivalDefaults,
            ReportForms forms,
            ReportManagement reports,
            JdbcClient jdbc,
            JsonMapper json,
            DatabaseMode mode,
            DemoSelection selection,
            @Value("${ngayhoi.demo.password:Quanson@2022}") String password) {
        this.units = units;
        this.links = links;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.plans = plans;
        this.derivations = derivations;
        this.festivals = festivals;
        this.festivalDefaults = festivalDefaults;
        this.forms = forms;
        this.reports = reports;
        this.jdbc = jdbc;
        this.json = json;
        this.mode = mode;
        this.enabled = selection.is(DemoSelection.THANH_HOA_2026);
        this.password = password;
    }

    /** Runs after the unit lists and their links are imported (BundledUnitLists, order 10). */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.embedded() || !enabled || loaded() || accounts.anyAccountExists()) {
            return;
        }
        OrgUnit province = units.systemFind("2025", PROVINCE).orElse(null);
        OrgUnit oldProvince = units.systemFind("2024", PROVINCE).orElse(null);
        if (province == null || oldProvince == null) {
            log.warn("Thanh Hóa 2026 demo skipped: the unit lists are not imported");
            return;
        }
        OrgUnit committee = create(province, "COMMITTEE", "Ban Chỉ đạo tỉnh Thanh Hóa", LocalDate.of(2025, 7, 1));
        List<OrgUnit> provinceUnits = new ArrayList<>(List.of(committee));
        for (String[] u : new String[][] {
            {"AGENCY", "Công an tỉnh Thanh Hóa"},
            {"DEPARTMENT", "Sở Tài chính"},
            {"DEPARTMENT", "Sở Nội vụ"},
            {"DEPARTMENT", "Sở Văn hóa, Thể thao và Du lịch"},
            {"MASS_ORGANIZATION", "Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa"}
        }) {
            provinceUnits.add(create(province, u[0], u[1], LocalDate.of(2025, 7, 1)));
        }
        OrgUnit oldCommittee =
                create(oldProvince, "COMMITTEE", "Ban Chỉ đạo 138 tỉnh Thanh Hóa", LocalDate.of(2020, 1, 1));
        for (Account a : ACCOUNTS) {
            OrgUnit unit = units.systemFind(a.structure(), a.unit()).orElseThrow();
            var user =
                    accounts.systemCreate(a.username(), password, a.fullName(), a.position(), unit, Set.of(a.role()));
            accounts.systemSetEmail(user.id(), a.username() + "@thanhhoa.test");
        }
        // Part of thị trấn Sơn Lư counts for xã Quan Sơn at half; for xã Tam Lư it is left uncounted.
        OrgUnit sonLu = units.systemFind("2024", "15016").orElseThrow();
        OrgUnit xaQuanSon = units.systemFind("2025", QUAN_SON).orElseThrow();
        links.systemSetShare(sonLu.id(), xaQuanSon.id(), new java.math.BigDecimal("0.5"));

        year2024(oldCommittee);
        year2025(committee);
        year2026(committee, provinceUnits);
        jdbc.sql("insert into app_setting (key, value) values (?, 'true')")
                .param(SETTING)
                .update();
        log.info("Loaded the demo scenario tỉnh Thanh Hóa 2026; its accounts share the password {}", password);
    }

    /** 2024, the last year of the three-level list: all twelve Quan Sơn communes reported, accepted. */
    private void year2024(OrgUnit oldCommittee) {
        Campaign c = campaigns.systemCreate(campaign(oldCommittee, 2024, List.of()));
        ReportForm form = forms.systemDefineDefault(c);
        int n = 0;
        for (String code : OLD_COMMUNES) {
            n++;
            OrgUnit unit = units.systemFind("2024", code).orElseThrow();
            record(form, unit, participants2024(code), n, 2024, ReportStatus.ACCEPTED);
        }
    }

    /** Participants of 2024 by commune: Sơn Hà 1.150, Tam Lư 980, TT Sơn Lư 1.420, the others from a rule. */
    static int participants2024(String code) {
        return switch (code) {
            case "15004" -> 1_150;
            case "15019" -> 980;
            case "15016" -> 1_420;
            default -> 600 + (Integer.parseInt(code) % 97) * 5;
        };
    }

    /** 2025, the first Day after the merge: the eight new communes reported to the province. */
    private void year2025(OrgUnit committee) {
        Campaign c = campaigns.systemCreate(campaign(committee, 2025, List.of()));
        ReportForm form = forms.systemDefineDefault(c);
        int n = 0;
        for (String code : COMMUNES) {
            n++;
            OrgUnit unit = units.systemFind("2025", code).orElseThrow();
            record(form, unit, 1_500 + n * 137, n, 2025, ReportStatus.ACCEPTED);
        }
    }

    private void year2026(OrgUnit committee, List<OrgUnit> provinceUnits) {
        byte[] bytes = read();
        DemoPlan2022.CampaignData data = json.readValue(bytes, DemoPlan2022.CampaignData.class);
        PlanContent content = json.readValue(bytes, PlanContent.class);
        OrgUnit pilot = units.systemFind("2025", data.pilot().unitCode()).orElseThrow();
        Campaign campaign = campaigns.systemCreate(data.campaign(committee, 2026, pilot));
        List<PlanContent.Recipient> recipients = DemoPlan2022.recipients(content, provinceUnits);
        // The province's plan goes straight to the communes: there is no district level any more.
        Plan plan = plans.systemCreate(
                campaign.id(),
                committee.id(),
                null,
                content.withRecipients(recipients),
                List.of("COMMUNE", "WARD", "SPECIAL_ZONE"),
                LocalDate.of(2026, 7, 25));
        plans.systemApprove(plan.id());
        plans.systemIssue(plan.id(), LocalDate.of(2026, 7, 10));
        OrgUnit tamLu = units.systemFind("2025", TAM_LU).orElseThrow();
        Plan tamLuPlan = derivations.systemStartOwnPlan(plan.id(), tamLu.id());
        plans.systemSign(tamLuPlan.id(), "Hà Văn Tiến");
        plans.systemApprove(tamLuPlan.id());
        plans.systemIssue(tamLuPlan.id(), LocalDate.of(2026, 7, 20));
        OrgUnit trungHa = units.systemFind("2025", TRUNG_HA).orElseThrow();
        Plan trungHaPlan = derivations.systemStartOwnPlan(plan.id(), trungHa.id());
        plans.systemSign(trungHaPlan.id(), "Phạm Văn Hòa");
        plans.systemApprove(trungHaPlan.id());
        plans.systemIssue(trungHaPlan.id(), LocalDate.of(2026, 7, 22));
        derivations.systemStartOwnPlan(
                plan.id(), units.systemFind("2025", QUAN_SON).orElseThrow().id());

        ReportForm form = forms.systemDefineDefault(campaign);
        int n = 0;
        for (String code : COMMUNES) {
            n++;
            OrgUnit unit = units.systemFind("2025", code).orElseThrow();
            if (code.equals(QUAN_SON)) {
                // Xã Quan Sơn has registered its festival for after the Day and not reported yet.
                festival(campaign, unit, 22, FestivalStatus.REGISTERED, 0);
                continue;
            }
            int people = 1_600 + n * 151;
            festival(campaign, unit, 10 + n, FestivalStatus.HELD, people);
            if (code.equals(TAM_LU)) {
                continue; // Tam Lư held its festival; its report is the one left to send.
            }
            record(form, unit, people, n, 2026, n % 3 == 0 ? ReportStatus.SUBMITTED : ReportStatus.ACCEPTED);
        }
    }

    private void festival(Campaign campaign, OrgUnit unit, int day, FestivalStatus status, int people) {
        FestivalDetails d = festivalDefaults.defaults(campaign.id(), unit.id());
        FestivalDetails details = new FestivalDetails(
                d.programme(),
                d.activities(),
                Map.of("CADRES", 45, "PEOPLE", 1_200, "YOUTH", 150, "POLICE", 15),
                List.of("Đại biểu Ban Chỉ đạo tỉnh", "Người có uy tín trong đồng bào"),
                campaign.pilotUnitId() != null && campaign.pilotUnitId() == unit.id() ? d.modelLaunch() : null,
                Map.of(),
                List.of(),
                null);
        Festival f = festivals.systemCreate(
                campaign.id(),
                unit.id(),
                at(2026, day, "07:30"),
                at(2026, day, "11:00"),
                "Sân trung tâm " + unit.name().toLowerCase(java.util.Locale.ROOT),
                false,
                FestivalStatus.REGISTERED,
                details,
                null);
        if (status == FestivalStatus.HELD) {
            List<Boolean> steps = new ArrayList<>();
            f.details().programme().forEach(s -> steps.add(!s.optional()));
            Map<String, Integer> attendance = new LinkedHashMap<>();
            attendance.put("CADRES", 40);
            attendance.put("PEOPLE", people - 40 - 120 - 14);
            attendance.put("YOUTH", 120);
            attendance.put("POLICE", 14);
            festivals.systemRecordResults(
                    f.id(),
                    attendance,
                    steps,
                    List.of(new FestivalDetails.Pledge(List.of(unit.name(), "Công an tỉnh Thanh Hóa"))),
                    "12 suất quà cho gia đình chính sách và lực lượng tham gia bảo vệ ANTT ở cơ sở");
        }
    }

    private void record(ReportForm form, OrgUnit unit, int participants, int n, int year, ReportStatus outcome) {
        Map<String, String> values = new LinkedHashMap<>(
                reports.systemOpen(form.id(), unit.id()).data().values());
        values.put("held_commune", "1");
        values.put("held_residential", Integer.toString(4 + n % 5));
        values.put("held_school", Integer.toString(1 + n % 2));
        values.put("held_agency", Integer.toString(n % 3));
        values.put("participants", Integer.toString(participants));
        values.put("delegates", Integer.toString(30 + 2 * n));
        values.put("format", "Tập trung");
        values.put("banners", Integer.toString(6 + n));
        values.put("budget_spent", Integer.toString(12_000_000 + 500_000 * n));
        values.put("collectives_proposed", Integer.toString(2 + n % 2));
        values.put("collectives_commended", Integer.toString(1 + n % 2));
        values.put("pledges_signed", "true");
        ReportData.Narrative narrative = new ReportData.Narrative(
                "Tổ chức Ngày hội đúng kế hoạch; phần hội thu hút đông đảo Nhân dân các bản tham gia.",
                null,
                "Phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số.",
                null);
        OffsetDateTime sent = at(year, 18, "15:00").plusHours(n);
        reports.systemRecord(
                form.id(),
                unit.id(),
                new Entry(values, narrative),
                sent,
                outcome,
                null,
                "canbo." + unit.code(),
                "thuongtructinh",
                sent.plusDays(1));
    }

    private static NewCampaign campaign(OrgUnit committee, int year, List<String> slogans) {
        return new NewCampaign(
                committee.id(),
                year,
                "Ngày hội toàn dân bảo vệ ANTQ năm " + year,
                LocalDate.of(year, 8, 1),
                LocalDate.of(year, 8, 19),
                LocalDate.of(year, 8, 20),
                null,
                null,
                null,
                null,
                slogans);
    }

    private OrgUnit create(OrgUnit parent, String type, String name, LocalDate since) {
        return units.systemCreate(new CreateUnit(parent.id(), type, name, since));
    }

    boolean loaded() {
        return jdbc.sql("select count(*) from app_setting where key = ?")
                        .param(SETTING)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Hint> accounts() {
        return ACCOUNTS.stream()
                .map(a -> new Hint(a.username(), a.role().messageKey(), a.fullName() + " – " + a.position()))
                .toList();
    }

    private static OffsetDateTime at(int year, int day, String time) {
        return LocalDate.of(year, 8, day)
                .atTime(LocalTime.parse(time))
                .atZone(Formats.ZONE)
                .toOffsetDateTime();
    }

    private static byte[] read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
