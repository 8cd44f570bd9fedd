package vn.ngayhoi.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitCommands.CreateUnit;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.shared.security.Role;

/**
 * A district of its own for tests that change data: a steering committee under it, a campaign dated
 * like the demo's (window 01/08–19/08/2022, reports due 20/08/2022) but numbered another year, since
 * other tests find the demo campaign as the only one of 2022, and the default report form.
 */
public final class Territories {

    private Territories() {}

    public record Territory(OrgUnit district, OrgUnit committee, Campaign campaign, ReportForm form) {}

    public static Territory create(ApplicationContext context, String districtCode, int year) {
        OrgUnitManagement units = context.getBean(OrgUnitManagement.class);
        OrgUnit district = unit(context, districtCode);
        String lower = Character.toLowerCase(district.name().charAt(0))
                + district.name().substring(1);
        OrgUnit committee =
                units.systemCreate(new CreateUnit(district.id(), "COMMITTEE", "Ban Chỉ đạo 138 " + lower, null));
        Campaign campaign = context.getBean(CampaignManagement.class)
                .systemCreate(new NewCampaign(
                        committee.id(),
                        year,
                        "Ngày hội toàn dân bảo vệ ANTQ " + lower,
                        LocalDate.of(2022, 8, 1),
                        LocalDate.of(2022, 8, 19),
                        LocalDate.of(2022, 8, 20),
                        null,
                        null,
                        null,
                        null,
                        List.of()));
        ReportForm form = context.getBean(ReportForms.class).systemDefineDefault(campaign);
        return new Territory(district, committee, campaign, form);
    }

    /** A unit of the 2024 list by its code. */
    public static OrgUnit unit(ApplicationContext context, String code) {
        return context.getBean(OrgUnitManagement.class).systemFind("2024", code).orElseThrow();
    }

    /** An account with one role at a unit. */
    public static void account(
            ApplicationContext context, String username, String password, String fullName, OrgUnit unit, Role role) {
        context.getBean(AccountManagement.class).systemCreate(username, password, fullName, null, unit, Set.of(role));
    }
}
