package vn.ngayhoi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.shared.DemoSelection;
import vn.ngayhoi.shared.database.DatabaseMode;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.web.LoginHints;

/**
 * Loads huyện Quan Sơn as it stood in 2022 on a new embedded database, never on an external one.
 * While it is loaded the sign-in page lists its accounts and their shared password.
 */
@Component
@Order(15)
public class DemoScenario implements ApplicationRunner, LoginHints {

    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);

    /** The structure the 2022 demo lives in: the three-level list valid until 30/06/2025. */
    public static final String STRUCTURE = "2024";

    public static final String QUAN_SON = "387";
    public static final String SON_HA = "15004";
    public static final String MUONG_MIN = "15025";
    /** Xã Na Mèo: its report was returned with a reason, the journey its account shows. */
    public static final String NA_MEO = "15013";

    private static final String SETTING = "demo.loaded";
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private final OrgUnitManagement units;
    private final AccountManagement accounts;
    private final DemoPlan2022 plan2022;
    private final JdbcClient jdbc;
    private final DatabaseMode mode;
    private final boolean enabled;
    private final DemoThanhHoa2026 thanhHoa2026;
    private final String password;

    DemoScenario(
            OrgUnitManagement units,
            AccountManagement accounts,
            DemoPlan2022 plan2022,
            JdbcClient jdbc,
            DatabaseMode mode,
            DemoSelection selection,
            DemoThanhHoa2026 thanhHoa2026,
            @Value("${ngayhoi.demo.password:Quanson@2022}") String password) {
        this.thanhHoa2026 = thanhHoa2026;
        this.units = units;
        this.accounts = accounts;
        this.plan2022 = plan2022;
        this.jdbc = jdbc;
        this.mode = mode;
        this.enabled = selection.is(DemoSelection.QUAN_SON_2022);
        this.password = password;
    }

    /** The demo's accounts: username, role, full name, position, unit (code or demo unit name). */
    record DemoAccount(String username, Role role, String fullName, String position, String unit) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(
                    "thuongtruc",
                    Role.STANDING_OFFICE,
                    "Hà Văn Thắng",
                    "Cán bộ Thường trực Ban Chỉ đạo 138 huyện (Công an huyện Quan Sơn)",
                    QUAN_SON),
            new DemoAccount(
                    "chutich",
                    Role.LEADER,
                    "Lương Tiến Thành",
                    "Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo 138",
                    QUAN_SON),
            new DemoAccount("sonha", Role.UNIT_OFFICER, "Lò Thị Hoa", "Công an xã Sơn Hà", SON_HA),
            new DemoAccount("muongmin", Role.UNIT_OFFICER, "Phạm Văn Dũng", "Công an xã Mường Mìn", MUONG_MIN),
            new DemoAccount("nameo", Role.UNIT_OFFICER, "Lộc Thị Hương", "Công an xã Na Mèo", NA_MEO),
            new DemoAccount("noivu", Role.DEPARTMENT_OFFICER, "Lê Thị Mai", "Chuyên viên Phòng Nội vụ", "Phòng Nội vụ"),
            new DemoAccount(
                    "taichinh",
                    Role.DEPARTMENT_OFFICER,
                    "Vi Thị Lan",
                    "Chuyên viên Phòng Tài chính - Kế hoạch",
                    "Phòng Tài chính - Kế hoạch"),
            new DemoAccount("theodoi", Role.VIEWER, "Vi Văn Sơn", "Văn phòng HĐND - UBND huyện", QUAN_SON));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!mode.embedded() || !enabled || loaded() || accounts.anyAccountExists()) {
            return;
        }
        OrgUnit quanSon = units.systemFind(STRUCTURE, QUAN_SON).orElse(null);
        OrgUnit sonHa = units.systemFind(STRUCTURE, SON_HA).orElse(null);
        if (quanSon == null || sonHa == null) {
            log.warn("Demo scenario skipped: the 2024 unit list is not imported");
            return;
        }
        OrgUnit committee = create(quanSon, "COMMITTEE", "Ban Chỉ đạo 138 huyện Quan Sơn");
        List<OrgUnit> district = new java.util.ArrayList<>(List.of(committee));
        district.add(create(quanSon, "AGENCY", "Công an huyện Quan Sơn"));
        OrgUnit finance = create(quanSon, "DEPARTMENT", "Phòng Tài chính - Kế hoạch");
        district.add(finance);
        OrgUnit noiVu = create(quanSon, "DEPARTMENT", "Phòng Nội vụ");
        district.add(noiVu);
        district.add(create(quanSon, "DEPARTMENT", "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch"));
        district.add(create(quanSon, "MASS_ORGANIZATION", "Ủy ban MTTQ Việt Nam huyện Quan Sơn"));
        for (String kdc : List.of("Bản Hả", "Bản Bóng", "Bản Xộp Huối", "Bản Cha Khót")) {
            create(sonHa, "RESIDENTIAL_AREA", kdc);
        }
        create(sonHa, "SCHOOL", "Trường Tiểu học Sơn Hà");

        for (DemoAccount a : ACCOUNTS) {
            OrgUnit unit = a.unit().equals("Phòng Nội vụ")
                    ? noiVu
                    : a.unit().equals(finance.name())
                            ? finance
                            : units.systemFind(STRUCTURE, a.unit()).orElseThrow();
            var user =
                    accounts.systemCreate(a.username(), password, a.fullName(), a.position(), unit, Set.of(a.role()));
            accounts.systemSetEmail(user.id(), a.username() + "@quanson.test");
        }
        plan2022.load(committee, district);
        jdbc.sql("insert into app_setting (key, value) values (?, 'true')")
                .param(SETTING)
                .update();
        log.info("Loaded the demo scenario (huyện Quan Sơn, 2022); demo accounts share the password {}", password);
    }

    private OrgUnit create(OrgUnit parent, String type, String name) {
        return units.systemCreate(new CreateUnit(parent.id(), type, name, SINCE));
    }

    public boolean loaded() {
        return jdbc.sql("select count(*) from app_setting where key = ?")
                        .param(SETTING)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public String password() {
        return loaded() || thanhHoa2026.loaded() ? password : "";
    }

    /** The sign-in page's list: this scenario's accounts, or the Thanh Hóa 2026 one's when that is loaded. */
    @Override
    public List<Hint> accounts() {
        if (mode.embedded() && thanhHoa2026.loaded()) {
            return thanhHoa2026.accounts();
        }
        if (!mode.embedded() || !loaded()) {
            return List.of();
        }
        return ACCOUNTS.stream()
                .map(a -> new Hint(a.username(), a.role().messageKey(), a.fullName() + " – " + a.position()))
                .toList();
    }
}
