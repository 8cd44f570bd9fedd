package vn.ngayhoi.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.commendation.CommendationDecisions.AwardLine;
import vn.ngayhoi.commendation.CommendationDecisions.DecisionView;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * The dated data: the working-day clock over the 2025 holidays, the administrator's edit of a day
 * off, and the prize money of decisions dated either side of the 01/07/2026 change of lương cơ sở,
 * rounded up to 10,000 đ, with the total in words.
 */
@IntegrationTest
class CommendationMoneyIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MutableClock clock;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    PrizeMoney prizeMoney;

    SignedIn signedIn;

    @BeforeEach
    void signIn() {
        signedIn = new SignedIn(context.getBean(UserDetailsService.class));
    }

    @AfterEach
    void reset() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
        signedIn.clear();
    }

    @Test
    void twentyWorkingDaysFromThe24thOfApril2025SkipTheHolidaysAndWeekends() {
        // Received Thursday 24/04/2025. Counting from the next day: Fri 25/04 (1), Mon 28 (2), Tue 29
        // (3); Wed 30/04 and Thu 01/05 are holidays; Fri 02/05 (4); 05–09/05 (5–9); 12–16/05 (10–14);
        // 19–23/05 (15–19); Monday 26/05/2025 is the 20th.
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 4, 24), 20)).isEqualTo(LocalDate.of(2025, 5, 26));
        // Weekends alone would have ended on Thursday 22/05.
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 4, 30))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 5, 1))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 5, 2))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 4, 26))).isFalse();
    }

    @Test
    void theAdministratorEditsTheDaysOff() {
        LocalDate tuesday = LocalDate.of(2041, 3, 5);
        assertThat(workingDays.addWorkingDays(LocalDate.of(2041, 3, 4), 1)).isEqualTo(tuesday);
        signedIn.as("admin");
        try {
            workingDays.put(tuesday, false, "Ngày nghỉ thử");
            assertThat(workingDays.addWorkingDays(LocalDate.of(2041, 3, 4), 1)).isEqualTo(tuesday.plusDays(1));
            // A Saturday made a working day by a swap counts.
            workingDays.put(LocalDate.of(2041, 3, 9), true, "Làm bù");
            assertThat(workingDays.addWorkingDays(LocalDate.of(2041, 3, 8), 1)).isEqualTo(LocalDate.of(2041, 3, 9));
        } finally {
            workingDays.remove(tuesday);
            workingDays.remove(LocalDate.of(2041, 3, 9));
            signedIn.clear();
        }
        assertThat(workingDays.addWorkingDays(LocalDate.of(2041, 3, 4), 1)).isEqualTo(tuesday);
        // Anyone else is refused.
        signedIn.as("noivu");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> workingDays.put(tuesday, false, "Không được")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void prizeMoneyUsesTheBaseSalaryInForceOnTheDecisionDate() {
        assertThat(prizeMoney.baseSalaryOn(LocalDate.of(2022, 8, 14))).isEqualTo(1_490_000);
        assertThat(prizeMoney.baseSalaryOn(LocalDate.of(2023, 7, 1))).isEqualTo(1_800_000);
        assertThat(prizeMoney.baseSalaryOn(LocalDate.of(2026, 6, 30))).isEqualTo(2_340_000);
        assertThat(prizeMoney.baseSalaryOn(LocalDate.of(2026, 7, 1))).isEqualTo(2_530_000);

        CommendationFixture f = CommendationFixture.create(context, "397", 2041, "15667", "15670", "cm");
        DecisionView june = decided(f, "Đợt tháng 6", LocalDate.of(2026, 6, 30), "Nguyễn");
        // 2,340,000 đ: collective 0.6 → 1,404,000 → 1,410,000; individual 0.3 → 702,000 → 710,000;
        // household 0.45 → 1,053,000 → 1,060,000.
        assertThat(june.baseSalary()).isEqualTo(2_340_000);
        assertThat(amounts(june))
                .containsEntry("GK_TT", 1_410_000L)
                .containsEntry("GK_CN", 710_000L)
                .containsEntry("GK_HGD", 1_060_000L);
        assertThat(june.total()).isEqualTo(3_180_000);
        assertThat(june.totalInWords()).isEqualTo("Ba triệu một trăm tám mươi nghìn đồng");

        DecisionView july = decided(f, "Đợt tháng 7", LocalDate.of(2026, 7, 1), "Trần");
        // 2,530,000 đ: 1,518,000 → 1,520,000; 759,000 → 760,000; 1,138,500 → 1,140,000.
        assertThat(july.baseSalary()).isEqualTo(2_530_000);
        assertThat(amounts(july))
                .containsEntry("GK_TT", 1_520_000L)
                .containsEntry("GK_CN", 760_000L)
                .containsEntry("GK_HGD", 1_140_000L);
        assertThat(july.total()).isEqualTo(3_420_000);
        assertThat(july.totalInWords()).isEqualTo("Ba triệu bốn trăm hai mươi nghìn đồng");
        // The 2026 decision cites NĐ 152/2025.
        assertThat(CommendationDocuments.lawBases(july.date())).anyMatch(b -> b.contains("152/2025/NĐ-CP"));
    }

    private DecisionView decided(CommendationFixture f, String title, LocalDate on, String family) {
        Round r = f.round(context, title, LocalDate.of(2022, 8, 31));
        Nominations nominations = context.getBean(Nominations.class);
        signedIn.as(f.p + ".xaa");
        long a = nominations
                .create(
                        r.id(),
                        new Nominations.Input(
                                "COLLECTIVE",
                                null,
                                "Công an xã " + family,
                                null,
                                null,
                                null,
                                null,
                                40,
                                "Giữ vững an ninh trật tự.",
                                "GK_TT"))
                .id();
        long b = nominations
                .create(
                        r.id(),
                        new Nominations.Input(
                                "INDIVIDUAL",
                                null,
                                family + " Văn Bình",
                                "NAM",
                                1980,
                                "Trưởng thôn",
                                null,
                                null,
                                "Vận động nhân dân.",
                                "GK_CN"))
                .id();
        long c = nominations
                .create(
                        r.id(),
                        new Nominations.Input(
                                "HOUSEHOLD",
                                null,
                                family + " Văn Chủ Hộ",
                                "NAM",
                                null,
                                null,
                                "Thôn Một",
                                null,
                                "Hiến đất.",
                                "GK_HGD"))
                .id();
        context.getBean(Submissions.class).submit(r.id(), null);
        signedIn.as(f.p + ".noivu");
        for (long id : List.of(a, b, c)) {
            nominations.vet(id, "ACCEPTED", null, null);
        }
        CouncilMeetings.Votes yes = new CouncilMeetings.Votes(5, 0);
        context.getBean(CouncilMeetings.class).record(r.id(), 5, List.of(), Map.of(a, yes, b, yes, c, yes));
        clock.set(LocalDateTime.of(on, java.time.LocalTime.of(9, 0))
                .atZone(Formats.ZONE)
                .toInstant());
        signedIn.as(f.p + ".chutich");
        DecisionView d = context.getBean(CommendationDecisions.class).decide(r.id());
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
        signedIn.clear();
        assertThat(d.date()).isEqualTo(on);
        return d;
    }

    private static Map<String, Long> amounts(DecisionView d) {
        return d.lines().stream().collect(java.util.stream.Collectors.toMap(AwardLine::awardType, AwardLine::amount));
    }
}
