package vn.ngayhoi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.register.OutgoingRegister;
import vn.ngayhoi.register.RegisterEntry;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;

/**
 * An issued plan is never edited: its amendment is a new plan with a new number naming the old one,
 * signed off like any plan, linked to it in the register and delivered to whoever had the first. Run on
 * a territory of its own, so the demo's 01/KH-BCĐ stays as other tests read it.
 */
@IntegrationTest
class PlanAmendmentIntegrationTests {

    @Autowired
    PlanManagement plans;

    @Autowired
    vn.ngayhoi.plan.PlanFiles files;

    @Autowired
    PlanDerivations derivations;

    @Autowired
    OutgoingRegister register;

    @Autowired
    DocumentRenderer renderer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    SignedIn signedIn;

    @AfterEach
    void signOut() {
        if (signedIn != null) {
            signedIn.clear();
        }
    }

    @Test
    void amendingAnIssuedPlanIssues02NamingThe01AndItsRecipientsReceiveIt() {
        Territories.Territory t = Territories.create(context, "394", 2033);
        OrgUnit commune = Territories.unit(context, "15397");
        Territories.account(
                context, "tt2033", "Thu-Nghiem-2033!", "Thường trực thử", t.district(), Role.STANDING_OFFICE);
        Territories.account(context, "ct2033", "Thu-Nghiem-2033!", "Chủ tịch thử", t.district(), Role.LEADER);
        Territories.account(context, "xa2033", "Thu-Nghiem-2033!", "Cán bộ xã thử", commune, Role.UNIT_OFFICER);
        PlanContent content = vn.ngayhoi.support.DemoPlanCopy.content(
                context,
                List.of(
                        new PlanContent.Recipient(commune.name(), commune.name(), "để thực hiện", commune.id()),
                        new PlanContent.Recipient("Lưu: VT", null, null, null)),
                true);
        Plan first = plans.systemCreate(t.campaign().id(), t.committee().id(), null, content, List.of(), null);
        plans.systemApprove(first.id());
        first = plans.systemIssue(first.id(), LocalDate.of(2022, 7, 18));
        assertThat(first.numberLine()).isEqualTo("Số: 01/KH-BCĐ");
        long firstId = first.id();

        signedIn = new SignedIn(users);
        signedIn.as("tt2033");
        Plan amendment = derivations.startAmendment(firstId);
        assertThat(derivations.startAmendment(firstId).id())
                .as("a second start opens the same draft")
                .isEqualTo(amendment.id());
        assertThat(amendment.status()).isEqualTo(PlanStatus.DRAFT);
        // the issued plan stands until the amendment is issued
        assertThat(plans.systemTopPlan(t.campaign().id()).orElseThrow().id()).isEqualTo(firstId);
        plans.edit(
                amendment.id(),
                amendment.content().subject(),
                List.of("Mục đích đã sửa theo chỉ đạo mới của tỉnh."),
                amendment.version());
        plans.submit(amendment.id());
        signedIn.as("ct2033");
        plans.approve(amendment.id());
        signedIn.as("tt2033");
        Plan issued = plans.issue(amendment.id());

        assertThat(issued.numberLine()).isEqualTo("Số: 02/KH-BCĐ");
        String text = TextNorm.norm(renderer.firstPageText(files.pdf(issued.id())))
                + TextNorm.norm(new String(files.document(issued.id()).body().toString()));
        assertThat(TextNorm.norm(renderer.firstPageText(files.pdf(issued.id()))))
                .contains("Số: 02/KH-BCĐ");
        assertThat(text).contains("thay thế Kế hoạch số 01/KH-BCĐ ngày 18/7/2022");

        // both stay in the register, linked to each other
        List<RegisterEntry> entries = register.systemEntries(t.committee().id(), 2022);
        assertThat(entries).extracting(RegisterEntry::fullNotation).containsExactly("01/KH-BCĐ", "02/KH-BCĐ");
        assertThat(entries.get(1).replaces()).isEqualTo("01/KH-BCĐ");
        assertThat(entries.get(0).replacedBy()).isEqualTo("02/KH-BCĐ");
        assertThat(entries.get(0).status()).isEqualTo("ISSUED");

        // the old plan says it was replaced; the new one stands; the change of section reads as lines
        assertThat(plans.systemGet(firstId).orElseThrow().replacedByPlanId()).isEqualTo(issued.id());
        assertThat(plans.systemTopPlan(t.campaign().id()).orElseThrow().id()).isEqualTo(issued.id());
        var changes = derivations.amendmentChanges(issued.id());
        assertThat(changes)
                .anySatisfy(c -> assertThat(c.added()).contains("Mục đích đã sửa theo chỉ đạo mới của tỉnh."));
        assertThat(changes)
                .anySatisfy(c ->
                        assertThat(c.added()).contains("Kế hoạch này thay thế Kế hoạch số 01/KH-BCĐ ngày 18/7/2022."));
        assertThatThrownBy(() -> derivations.startAmendment(firstId))
                .isInstanceOf(ConflictException.class)
                .hasMessage("plan.amend.alreadyReplaced");

        // the commune that received 01 finds 02 in its inbox
        signedIn.as("xa2033");
        assertThat(plans.inbox()).extracting(Plan::id).contains(issued.id(), firstId);
    }

    /**
     * The demo's own plan, as the standing office would amend it: the amendment takes the register's
     * next number (03/KH-BCĐ on the demo as it starts: 01/KH-BCĐ the plan, 02/BCĐ the chasing letter of
     * 21/08, for numbers are one sequence per register and year, NĐ 30; later if another test issued
     * from the committee's register first), names 01/KH-BCĐ, is linked to it in the register and reaches Sơn
     * Hà's inbox. Run in one transaction rolled back at the end, so the demo stays as other tests
     * read it; the last lines check it did.
     */
    @Test
    void amendingTheDemoPlanIssuesTheNextNumberNamingThe01AndSonHaReceivesIt() {
        long demoCampaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        Plan demo = plans.systemTopPlan(demoCampaign).orElseThrow();
        assertThat(demo.numberLine()).isEqualTo("Số: 01/KH-BCĐ");
        List<RegisterEntry> before = register.systemEntries(demo.unitId(), 2022);
        String expected = String.format("Số: %02d/KH-BCĐ", before.size() + 1);
        signedIn = new SignedIn(users);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            signedIn.as("thuongtruc");
            Plan amendment = derivations.startAmendment(demo.id());
            plans.edit(
                    amendment.id(),
                    amendment.content().subject(),
                    List.of("Mục đích bổ sung theo chỉ đạo của Ban Chỉ đạo tỉnh."),
                    amendment.version());
            plans.submit(amendment.id());
            signedIn.as("chutich");
            plans.approve(amendment.id());
            signedIn.as("thuongtruc");
            Plan issued = plans.issue(amendment.id());

            assertThat(issued.numberLine()).isEqualTo(expected);
            assertThat(TextNorm.norm(renderer.firstPageText(files.pdf(issued.id()))))
                    .contains(expected);
            assertThat(TextNorm.norm(files.document(issued.id()).body().toString()))
                    .contains("thay thế Kế hoạch số 01/KH-BCĐ ngày 18/7/2022");
            List<RegisterEntry> entries = register.systemEntries(demo.unitId(), 2022);
            RegisterEntry first = entries.stream()
                    .filter(e -> e.fullNotation().equals("01/KH-BCĐ"))
                    .findFirst()
                    .orElseThrow();
            RegisterEntry second = entries.stream()
                    .filter(e -> ("Số: " + e.fullNotation()).equals(expected))
                    .findFirst()
                    .orElseThrow();
            assertThat(second.replaces()).isEqualTo("01/KH-BCĐ");
            assertThat(first.replacedBy()).isEqualTo(second.fullNotation());
            signedIn.as("sonha");
            assertThat(plans.inbox()).extracting(Plan::id).contains(issued.id());
            status.setRollbackOnly();
        });
        assertThat(plans.systemTopPlan(demoCampaign).orElseThrow().id()).isEqualTo(demo.id());
        assertThat(register.systemEntries(demo.unitId(), 2022)).hasSameSizeAs(before);
    }

    /** NFC, whitespace made single spaces. */
    static final class TextNorm {
        static String norm(String s) {
            return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)
                    .replaceAll("[\\s\\u00A0]+", " ");
        }
    }
}
