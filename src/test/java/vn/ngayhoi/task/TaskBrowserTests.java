package vn.ngayhoi.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.Browser;
import vn.ngayhoi.support.IntegrationTest;

/** A commune officer reports a task done with a photo from a phone; the standing office sees it. */
@IntegrationTest
class TaskBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @TempDir
    Path tmp;

    @Test
    void theSonHaOfficerCompletesATaskWithAPhotoAndTheMatrixShowsItDone() throws Exception {
        // Sơn Hà's plan item completed itself (its plan issued, its report accepted): the officer
        // finishes a task the standing office added by hand, which only the unit can close.
        long task = vn.ngayhoi.support.DemoTasks.forSonHa(
                context,
                "Ra mắt mô hình Camera đối với ANTT tại xã điểm",
                "Tổ chức ra mắt mô hình trong phần lễ của Ngày hội.",
                java.time.LocalDate.of(2022, 8, 15));
        Path photo = tmp.resolve("le-chao-co.png");
        Files.write(photo, TaskIntegrationTests.png());

        try (Browser phone = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            phone.signIn("sonha", Api.DEMO_PASSWORD);
            var driver = phone.driver();
            assertThat(driver.findElement(By.id("todos")).getText()).contains("Ra mắt mô hình Camera");
            phone.open("/tasks");
            phone.click(By.cssSelector("[data-task='" + task + "']"));
            phone.click(By.cssSelector("#form-complete summary"));
            driver.findElement(By.id("complete-note"))
                    .sendKeys("Đã tổ chức lễ chào cờ và ra mắt mô hình Camera đối với ANTT.");
            driver.findElement(By.id("complete-files")).sendKeys(photo.toString());
            phone.click(By.id("complete-task"));
            phone.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-status"), "Hoàn thành"));
            assertThat(driver.findElement(By.id("history")).getText()).contains("le-chao-co.png");
            assertThat(phone.scrollsSideways()).isFalse();
            phone.screenshot("sonha-task-done-390");
        }
        assertThat(jdbc.sql("select count(*) from task_attachment where task_id = ? and file_name = 'le-chao-co.png'")
                        .param(task)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        try (Browser office = new Browser(port, 1280, 900)) {
            office.signIn("thuongtruc", Api.DEMO_PASSWORD);
            office.open("/tasks/matrix");
            var row = office.driver().findElement(By.cssSelector("#matrix tr[data-unit='15004']"));
            var cell = row.findElement(By.cssSelector("a[href$='/tasks/" + task + "']"));
            assertThat(cell.getText()).isEqualTo("Hoàn thành");
            office.screenshot("standing-office-matrix");
        }
    }

    @Test
    void theStandingOfficeDraftsAChasingLetterTheChairmanApprovesItAndItIsIssuedFromTheCheckPage() {
        String letterPath;
        try (Browser office = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            office.signIn("thuongtruc", Api.DEMO_PASSWORD);
            office.open("/tasks");
            // other tests add campaigns of other years: the 2022 one, whose tasks are overdue
            office.click(By.xpath("//form[starts-with(@action, '/tasks/letters')]//button[contains(., '2022')]"));
            office.await().until(ExpectedConditions.presenceOfElementLocated(By.id("submit-letter")));
            letterPath = office.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
            assertThat(letterPath).matches("/tasks/letters/\\d+");
            assertThat(office.driver().findElement(By.id("letter-status")).getText())
                    .isEqualTo("Dự thảo");
            office.click(By.id("submit-letter"));
            office.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("letter-status"), "Chờ duyệt"));
            assertThat(office.driver().findElements(By.id("approve-letter"))).isEmpty();
            assertThat(office.scrollsSideways()).isFalse();
        }
        try (Browser chairman = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            chairman.signIn("chutich", Api.DEMO_PASSWORD);
            assertThat(chairman.driver().findElement(By.id("todos")).getText())
                    .contains("Duyệt văn bản: Công văn đôn đốc");
            chairman.open(letterPath);
            chairman.click(By.id("approve-letter"));
            chairman.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("letter-status"), "Đã duyệt"));
        }
        try (Browser office = new Browser(port, Browser.PHONE_WIDTH, 844)) {
            office.signIn("thuongtruc", Api.DEMO_PASSWORD);
            office.open(letterPath);
            office.click(By.id("issue-letter"));
            String number = office.await()
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("check-number")))
                    .getText();
            assertThat(number).matches("Số: \\d{2}/BCĐ");
            assertThat(office.driver().findElement(By.id("check-page1")).getText())
                    .contains(number)
                    .contains("Kính gửi:");
            assertThat(office.scrollsSideways()).isFalse();
            office.screenshot("letter-check-390");
            office.click(By.id("confirm-issue"));
            office.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("letter-status"), "Đã ban hành"));
            assertThat(office.driver().findElement(By.id("letter-number")).getText())
                    .startsWith(number);
        }
    }
}
