package vn.ngayhoi.commendation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.Territories.Territory;

/**
 * A district of its own for commendation tests: its committee and campaign, a Phòng Nội vụ, accounts
 * of every part the chain has (prefix {@code p}), two communes, and a council of five.
 */
final class CommendationFixture {

    static final String PASSWORD = "Khen-thuong-Mat-khau-9";

    final Territory territory;
    final OrgUnit noiVu;
    final OrgUnit communeA;
    final OrgUnit communeB;
    final String p;

    private CommendationFixture(Territory territory, OrgUnit noiVu, OrgUnit a, OrgUnit b, String p) {
        this.territory = territory;
        this.noiVu = noiVu;
        this.communeA = a;
        this.communeB = b;
        this.p = p;
    }

    /** {@code communeA} and {@code communeB} are codes of communes of {@code districtCode}. */
    static CommendationFixture create(
            ApplicationContext context, String districtCode, int year, String communeA, String communeB, String p) {
        Territory t = Territories.create(context, districtCode, year);
        OrgUnitManagement units = context.getBean(OrgUnitManagement.class);
        OrgUnit noiVu = units.systemCreate(new CreateUnit(
                t.district().id(), "DEPARTMENT", "Phòng Nội vụ " + t.district().name(), null));
        OrgUnit a = Territories.unit(context, communeA);
        OrgUnit b = Territories.unit(context, communeB);
        Territories.account(context, p + ".thuongtruc", PASSWORD, "Hà Văn Trực", t.district(), Role.STANDING_OFFICE);
        Territories.account(context, p + ".chutich", PASSWORD, "Lê Văn Chủ", t.district(), Role.LEADER);
        Territories.account(context, p + ".theodoi", PASSWORD, "Vi Văn Dõi", t.district(), Role.VIEWER);
        Territories.account(context, p + ".noivu", PASSWORD, "Lò Thị Nội", noiVu, Role.DEPARTMENT_OFFICER);
        Territories.account(context, p + ".xaa", PASSWORD, "Cầm Văn A", a, Role.UNIT_OFFICER);
        Territories.account(context, p + ".xab", PASSWORD, "Cầm Văn B", b, Role.UNIT_OFFICER);
        return new CommendationFixture(t, noiVu, a, b, p);
    }

    /** A round of the campaign with its council of five, the deadline given. */
    Round round(ApplicationContext context, String title, LocalDate deadline) {
        CommendationRounds rounds = context.getBean(CommendationRounds.class);
        Round r = rounds.systemCreate(territory.campaign().id(), title, noiVu.id(), deadline, null, "system");
        rounds.systemSetCouncil(
                r.id(),
                List.of(
                        new CommendationRounds.CouncilMember("Lê Văn Chủ", "CHAIR", "Chủ tịch UBND huyện"),
                        new CommendationRounds.CouncilMember("Hà Văn Trực", "VICE_CHAIR", "Trưởng Công an huyện"),
                        new CommendationRounds.CouncilMember("Lò Thị Nội", "SECRETARY", "Trưởng phòng Nội vụ"),
                        new CommendationRounds.CouncilMember("Bùi Văn Một", "MEMBER", "Chủ tịch UB MTTQ huyện"),
                        new CommendationRounds.CouncilMember("Bùi Thị Hai", "MEMBER", "Chủ tịch Hội LHPN huyện")));
        return r;
    }
}
