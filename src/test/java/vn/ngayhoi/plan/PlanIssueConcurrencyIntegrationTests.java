package vn.ngayhoi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;

/** A double click or two tabs on "Ban hành": one number, one frozen version, the PDF saying that number. */
@IntegrationTest
class PlanIssueConcurrencyIntegrationTests {

    @Autowired
    PlanManagement plans;

    @Autowired
    vn.ngayhoi.plan.PlanFiles files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    DocumentRenderer renderer;

    @Test
    void fiveConcurrentIssuesOfOneApprovedPlanTakeOneNumberAndTheOthersAreToldItIsIssued() throws Exception {
        Territories.Territory t = Territories.create(context, "393", 2032);
        Territories.account(
                context, "tt2032", "Thu-Nghiem-2032!", "Thường trực thử", t.district(), Role.STANDING_OFFICE);
        // the same text, delivered to nobody: the demo's communes must not find this plan in their inbox
        PlanContent content = vn.ngayhoi.support.DemoPlanCopy.content(
                context, vn.ngayhoi.support.DemoPlanCopy.undelivered(context), true);
        Plan plan = plans.systemCreate(t.campaign().id(), t.committee().id(), null, content, List.of(), null);
        plans.systemApprove(plan.id());

        List<String> outcomes = vn.ngayhoi.support.ConcurrentClicks.press(
                5, users, "tt2032", () -> plans.issue(plan.id()).numberLine());

        assertThat(outcomes).containsOnlyOnce("Số: 01/KH-BCĐ");
        assertThat(outcomes.stream().filter("plan.stateNow.ISSUED"::equals)).hasSize(4);
        assertThat(jdbc.sql("select count(*) from outgoing_document where register_unit_id = ?")
                        .param(t.committee().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from plan_version where plan_id = ?")
                        .param(plan.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Plan issued = plans.systemGet(plan.id()).orElseThrow();
        assertThat(issued.numberLine()).isEqualTo("Số: 01/KH-BCĐ");
        String firstPage = new SignedIn(users).as("tt2032", () -> renderer.firstPageText(files.pdf(plan.id())));
        assertThat(firstPage).contains(issued.numberLine());
    }
}
