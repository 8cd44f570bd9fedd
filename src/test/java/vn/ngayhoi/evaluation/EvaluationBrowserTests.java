package vn.ngayhoi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.festival.FestivalStatus;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.MutableClock;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.TestClockConfiguration;

/**
 * On a phone, 390 px wide, in district 407's year 2031: a khu dân cư's officer registers in quarter
 * I (the Bản đăng ký is issued), self-assesses at the end of the period with what the system
 * suggests (registered in quarter I, its festival held) and submits; the commune's chairman
 * recognises it.
 */
@IntegrationTest
class EvaluationBrowserTests {

    static final int YEAR = 2031;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.set(TestClockConfiguration.START.atZone(Formats.ZONE).toInstant());
    }

    void today(int month, int day) {
        clock.set(
                LocalDate.of(YEAR, month, day).atTime(9, 0).atZone(Formats.ZONE).toInstant());
    }

    @Test
    void aKdcOfficerRegistersSelfAssessesWithTheSuggestedEvidenceAndIsRecognisedByTheCommune() {
        Territories.Territory t = Territories.create(context, "407", YEAR);
        EvaluationFixture.Commune c = EvaluationFixture.commune(context, t.district(), "dt", "Xã Thử Điện Thoại", 1);
        OrgUnit kdc = c.kdcs().get(0);
        Territories.account(
                context, "dg.dt.thon", EvaluationFixture.PASSWORD, "Trưởng thôn thử", kdc, Role.UNIT_OFFICER);
        FestivalManagement festivals = context.getBean(FestivalManagement.class);
        Festival f = festivals.systemCreate(
                t.campaign().id(),
                kdc.id(),
                OffsetDateTime.of(2022, 8, 12, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
                OffsetDateTime.of(2022, 8, 12, 11, 0, 0, 0, ZoneOffset.ofHours(7)),
                "Nhà văn hóa thôn",
                false,
                FestivalStatus.REGISTERED,
                new FestivalDetails(null, null, null, null, null, null, null, null),
                null);
        festivals.systemRecordResults(f.id(), Map.of("PEOPLE", 90), List.of(), List.of(), null);

        today(2, 15);
        try (Browser officer = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            var driver = officer.driver();
            officer.signIn("dg.dt.thon", EvaluationFixture.PASSWORD);
            officer.open("/evaluation?year=" + YEAR);
            driver.findElement(By.id("resolutionRef")).sendKeys("số 01-NQ/CB ngày 10/02/2031");
            officer.click(By.id("register"));
            officer.await().until(ExpectedConditions.presenceOfElementLocated(By.id("assess-form")));
            assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Đã đăng ký");
            assertThat(driver.findElement(By.id("due")).getText()).isEqualTo("14/11/2031");
            assertThat(officer.scrollsSideways()).isFalse();

            // the end of the period: the system's figures stand beside the criteria they prove
            today(10, 25);
            officer.open(driver.getCurrentUrl().replaceAll("^https?://[^/]+", ""));
            String kdc1 = driver.findElement(By.cssSelector("[data-code=KDC1]")).getText();
            assertThat(kdc1).contains("Hệ thống ghi nhận: đăng ký trong quý I (1 = có): 1");
            assertThat(driver.findElement(By.cssSelector("[data-code=Q510_NGAYHOI]"))
                            .getText())
                    .contains("Ngày hội đã tổ chức (1 = có): 1")
                    .contains("Đạt");
            assertThat(driver.findElement(By.id("evidence-KDC1")).getAttribute("value"))
                    .contains("đăng ký trong quý I");
            for (String code : List.of("KDC1", "KDC2", "KDC3", "KDC5")) {
                officer.click(By.id("met-yes-" + code));
            }
            driver.findElement(By.id("value-KDC4")).sendKeys("0");
            driver.findElement(By.id("reportText")).sendKeys("Năm 2031 thôn không có vụ việc phức tạp.");
            driver.findElement(By.id("minutesText")).sendKeys("Họp ngày 20/10/2031, 45/50 hộ dự, thống nhất.");
            assertThat(officer.scrollsSideways()).isFalse();
            officer.click(By.id("submit"));
            officer.await().until(ExpectedConditions.textToBe(By.id("status"), "Đã nộp hồ sơ"));
            officer.screenshot("evaluation-submitted-390");
        }

        today(11, 5);
        try (Browser leader = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            var driver = leader.driver();
            leader.signIn(c.leader(), EvaluationFixture.PASSWORD);
            long id = jdbc.sql("select id from evaluation where unit_id = ? and year = ?")
                    .params(kdc.id(), YEAR)
                    .query(Long.class)
                    .single();
            leader.open("/evaluation/" + id);
            assertThat(driver.findElement(By.cssSelector("[data-code=Q510_NGAYHOI]"))
                            .getAttribute("data-met"))
                    .isEqualTo("true");
            leader.click(By.id("recognise"));
            leader.await().until(ExpectedConditions.textToBe(By.id("status"), "Đạt"));
            // 95: everything but the results report, which no one has accepted
            assertThat(driver.findElement(By.id("score")).getText()).isEqualTo("95 – Xuất sắc");
            assertThat(leader.scrollsSideways()).isFalse();
        }
        assertThat(jdbc.sql("""
                        select count(*) from issued_document d join evaluation e
                          on d.source = 'evaluation-registration:' || e.id
                         where e.unit_id = ? and e.year = ? and e.status = 'RECOGNISED'
                        """).params(kdc.id(), YEAR).query(Long.class).single())
                .isEqualTo(1);
    }
}
