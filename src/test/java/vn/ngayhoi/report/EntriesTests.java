package vn.ngayhoi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ngayhoi.report.internal.DefaultForm;
import vn.ngayhoi.report.internal.Entries;
import vn.ngayhoi.shared.ValidationException.Problem;

/** How typed values are read: Vietnamese numbers, ranges, rules, and what a draft may leave out. */
class EntriesTests {

    private final ReportForm.Definition form = DefaultForm.definition();

    @Test
    void vietnameseNumbersAreReadAsTyped() {
        Entries.Checked c = Entries.check(
                form,
                Map.of("participants", "1.234", "budget_spent", "12.500.000", "pledges_signed", "Có", "banners", " 7 "),
                false);
        assertThat(c.problems()).isEmpty();
        assertThat(c.values())
                .containsEntry("participants", "1234")
                .containsEntry("budget_spent", "12500000")
                .containsEntry("pledges_signed", "true")
                .containsEntry("banners", "7");
        assertThat(Entries.numbers(form, c.values()).get("pledges_signed")).isEqualByComparingTo("1");
    }

    @Test
    void everyProblemIsFoundAtOnceAndNamesItsField() {
        Entries.Checked c = Entries.check(
                form,
                Map.of(
                        "banners", "-1",
                        "leaflets", "12,5",
                        "format", "Trực tuyến hoàn toàn",
                        "collectives_proposed", "2",
                        "collectives_commended", "3"),
                true);
        assertThat(c.problems())
                .extracting(Problem::field, Problem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("v_banners", "report.value.min"),
                        org.assertj.core.groups.Tuple.tuple("v_leaflets", "report.value.integer"),
                        org.assertj.core.groups.Tuple.tuple("v_format", "report.value.choice"),
                        org.assertj.core.groups.Tuple.tuple("v_participants", "report.value.required"),
                        org.assertj.core.groups.Tuple.tuple("v_collectives_commended", "report.comparison.LE"));
    }

    @Test
    void aDraftMayLeaveRequiredValuesAndRulesForLater() {
        Entries.Checked c =
                Entries.check(form, Map.of("collectives_proposed", "1", "collectives_commended", "3"), false);
        assertThat(c.problems()).isEmpty();
    }
}
