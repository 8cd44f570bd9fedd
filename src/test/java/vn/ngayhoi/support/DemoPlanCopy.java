package vn.ngayhoi.support;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.plan.PlanContent;
import vn.ngayhoi.plan.PlanManagement;

/**
 * The demo plan's text for a territory of a test's own: the same sections and signature, with the
 * recipients a test gives (none of the demo's units, whose inboxes other tests read).
 */
public final class DemoPlanCopy {

    private DemoPlanCopy() {}

    /** The demo plan's text; recipients as given, responsibilities kept or dropped. */
    public static PlanContent content(
            ApplicationContext context, List<PlanContent.Recipient> recipients, boolean withResponsibilities) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long demoCampaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        PlanContent demo = context.getBean(PlanManagement.class)
                .systemTopPlan(demoCampaign)
                .orElseThrow()
                .content();
        return new PlanContent(
                demo.parentBody(),
                demo.issuingBody(),
                demo.issuerAbbreviation(),
                demo.place(),
                demo.subject(),
                demo.citations(),
                demo.preamble(),
                demo.sections(),
                withResponsibilities ? demo.responsibilities() : List.of(),
                recipients,
                demo.signature(),
                demo.ceremonySteps(),
                demo.festivalActivities(),
                demo.banner());
    }

    /** The demo plan's recipients' lines, delivered to nobody. */
    public static List<PlanContent.Recipient> undelivered(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        long demoCampaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        return context
                .getBean(PlanManagement.class)
                .systemTopPlan(demoCampaign)
                .orElseThrow()
                .content()
                .recipients()
                .stream()
                .map(r -> new PlanContent.Recipient(r.text(), r.unitName(), r.purpose(), null))
                .toList();
    }
}
