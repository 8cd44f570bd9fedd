package vn.ngayhoi.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

@IntegrationTest
class TaskIntegrationTests {

    @Autowired
    TaskManagement tasks;

    @Autowired
    ChasingLetters letters;

    @Autowired
    TaskMatrix matrix;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.ngayhoi.account.AccountManagement accounts;

    @Autowired
    vn.ngayhoi.orgunit.OrgUnitManagement units;

    @Autowired
    UserDetailsService userDetails;

    @LocalServerPort
    int port;

    SignedIn signedIn;
    Api api;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        api = new Api(port);
    }

    @AfterEach
    void tearDown() {
        signedIn.clear();
    }

    long taskOf(String unitCode, String section) {
        return jdbc.sql("""
                        select t.id from task t join org_unit o on o.id = t.unit_id join campaign c on c.id = t.campaign_id
                        where o.code = ? and t.source_section = ? and c.year = 2022
                        """).params(unitCode, section).query(Long.class).single();
    }

    @Test
    void issuingThePlanMadeOneTaskPerUnitOfEachResponsibility() {
        Map<String, Long> bySection = new java.util.TreeMap<>();
        jdbc.sql("""
                        select t.source_section, count(*) from task t join plan p on p.id = t.plan_id
                        join campaign c on c.id = p.campaign_id where c.year = 2022 group by t.source_section
                        """).query(rs -> {
            bySection.put(rs.getString(1), rs.getLong(2));
        });
        assertThat(bySection)
                .containsEntry("III.1", 12L)
                .containsEntry("III.2", 1L)
                .containsEntry("III.3", 1L)
                .containsEntry("III.4", 1L)
                .containsEntry("III.5", 1L)
                .containsEntry("III.6", 5L);
        signedIn.as("sonha");
        Task sonHa = tasks.get(taskOf("15004", "III.1"));
        assertThat(sonHa.dueDate()).isEqualTo(LocalDate.of(2022, 8, 20));
        assertThat(sonHa.duty()).contains("Báo cáo kết quả tổ chức");
        assertThat(sonHa.title()).contains("01/KH-BCĐ").contains("III.1");
    }

    @Test
    void overdueIsDerivedFromTheDueDateNeverStored() {
        signedIn.as("thuongtruc");
        List<Task> overdue = tasks.list(null, null, "OVERDUE");
        assertThat(overdue).isNotEmpty().allMatch(t -> t.overdueOn(LocalDate.of(2022, 8, 10)));
        // Trung Xuân (14995) registered its festival, which completed its schedule task: not overdue.
        assertThat(overdue).extracting(Task::unitCode).contains("15007").doesNotContain("15004", "14995");
        Task sample = overdue.get(0);
        assertThat(sample.overdueOn(sample.dueDate())).isFalse();
        assertThat(sample.overdueOn(sample.dueDate().plusDays(1))).isTrue();
        var m = matrix.build(null, null, null);
        assertThat(m.rows()).extracting(TaskMatrix.Row2::unitCode).contains("15004", "15025");
        assertThat(m.counts().get("task.status.OVERDUE")).isPositive();
        assertThat(matrix.xlsx(null, null, null)).startsWith(0x50, 0x4B);
    }

    @Test
    void aCommuneOfficerGets404ForAnotherCommunesTasksAndFilesEvenGuessingIds() {
        // A task of its own: other tests complete Sơn Hà's plan task.
        long sonHa = jdbc.sql("select id from org_unit where structure_code = '2024' and code = '15004'")
                .query(Long.class)
                .single();
        long sonHaTask = tasks.systemCreate(
                        null,
                        null,
                        null,
                        "Chụp ảnh khánh tiết",
                        "Gửi ảnh.",
                        sonHa,
                        sonHa,
                        List.of(),
                        LocalDate.of(2022, 8, 14))
                .id();
        signedIn.as("sonha");
        tasks.report(sonHaTask, "Ảnh sân khấu", 70, List.of(new Upload("san-khau.png", png())));
        long attachment = jdbc.sql("select max(id) from task_attachment where task_id = ?")
                .param(sonHaTask)
                .query(Long.class)
                .single();
        assertThat(tasks.attachment(attachment).content()).isEqualTo(png());

        signedIn.as("muongmin");
        assertThatThrownBy(() -> tasks.get(sonHaTask)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tasks.attachment(attachment)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tasks.attachment(attachment + 100_000)).isInstanceOf(NotFoundException.class);
        assertThat(tasks.list(null, null, null)).extracting(Task::unitCode).containsOnly("15025");
        assertThat(api.get("/api/v1/tasks/" + sonHaTask, "muongmin", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tasks/" + (sonHaTask + 100_000), "muongmin", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tasks?unit=15004", "muongmin", Api.DEMO_PASSWORD)
                        .status())
                .isEqualTo(404);
        var mine = api.get("/api/v1/tasks", "muongmin", Api.DEMO_PASSWORD).json();
        assertThat(mine.get("items").findValuesAsString("unitCode")).containsOnly("15025");
        assertThat(mine.get("items").get(0).has("overdue")).isTrue();
    }

    @Test
    void badFilesAreRefusedInVietnameseAndNothingIsStored() {
        long task = taskOf("15022", "III.1");
        long before = count("task_attachment") + count("task_progress");
        signedIn.as("thuongtruc");
        int percentBefore = tasks.get(task).percent();
        signedIn.clear();
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        var renamed = api.postMultipart(
                "/api/v1/tasks/" + task + "/progress",
                "thuongtruc",
                Api.DEMO_PASSWORD,
                Map.of("note", "Báo cáo", "percent", "50"),
                List.<Object[]>of(
                        new Object[] {"files", "bao-cao.png", png()}, new Object[] {"files", "bao-cao.pdf", exe}));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.json().get("message").asString())
                .contains("bao-cao.pdf")
                .contains("không phải ảnh, PDF");

        var traversal = api.postMultipart(
                "/api/v1/tasks/" + task + "/progress",
                "thuongtruc",
                Api.DEMO_PASSWORD,
                Map.of("note", "x", "percent", "10"),
                List.<Object[]>of(new Object[] {"files", "../../etc/passwd.png", png()}));
        assertThat(traversal.status()).isEqualTo(400);
        assertThat(traversal.json().get("message").asString()).contains("không hợp lệ");

        byte[] big = new byte[25 * 1024 * 1024];
        byte[] header = pdfHeader();
        System.arraycopy(header, 0, big, 0, header.length);
        var tooBig = api.postMultipart(
                "/api/v1/tasks/" + task + "/progress",
                "thuongtruc",
                Api.DEMO_PASSWORD,
                Map.of("note", "x", "percent", "10"),
                List.<Object[]>of(new Object[] {"files", "lon.pdf", big}));
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().get("message").asString()).contains("Tệp quá lớn");

        assertThat(count("task_attachment") + count("task_progress")).isEqualTo(before);
        signedIn.as("thuongtruc");
        assertThat(tasks.get(task).percent()).isEqualTo(percentBefore);
    }

    @Test
    void completingNeedsANoteAndTheAssignerMayReturnWithAReason() {
        long task = taskOf("15013", "III.1");
        signedIn.as("thuongtruc");
        assertThatThrownBy(() -> tasks.complete(task, "  ", List.of())).isInstanceOf(ValidationException.class);
        Task done = tasks.complete(
                task, "Đã tổ chức Ngày hội tại bản Na Mèo", List.of(new Upload("bien-ban.pdf", pdfHeader())));
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.percent()).isEqualTo(100);
        // Done already (a resent form, a second tab): 409, not bad input.
        assertThatThrownBy(() -> tasks.complete(task, "Gửi lại lần hai", List.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("task.alreadyDone");
        assertThatThrownBy(() -> tasks.sendBack(task, "")).isInstanceOf(ValidationException.class);
        Task returned = tasks.sendBack(task, "Thiếu ảnh biên bản");
        assertThat(returned.status()).isEqualTo(TaskStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Thiếu ảnh biên bản");
        assertThatThrownBy(() -> tasks.sendBack(task, "Thiếu ảnh biên bản"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("task.alreadyReturned");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where target = ? and action in ('TASK_COMPLETED','TASK_RETURNED')")
                        .param("task:" + task)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theChasingLetterIsNumberedWithoutTypeAbbreviationAndReachesTheLateUnits() throws Exception {
        long campaign = jdbc.sql("select id from campaign where year = 2022")
                .query(Long.class)
                .single();
        signedIn.as("thuongtruc");
        var draft = letters.draft(campaign);
        assertThat(draft.issued()).isFalse();
        assertThat(letters.page(draft.id()).recipients())
                .extracting(ChasingLetters.Overdue::unitName)
                .contains("Xã Tam Thanh")
                .doesNotContain("Xã Sơn Hà");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(letters.pdf(draft.id()))) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("[\\s\\u00a0]+", " ");
            assertThat(text).contains("DỰ THẢO").contains("Số: /BCĐ").contains("Kính gửi:");
        }
        // nobody issues it before the committee's head signs it off
        assertThatThrownBy(() -> letters.check(draft.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("signoff.stateNow.DRAFT");
        var submitted = letters.submit(draft.id(), 0);
        assertThatThrownBy(() -> letters.approve(draft.id(), submitted.version()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signedIn.as("chutich");
        assertThat(letters.page(draft.id()).maySign()).isTrue();
        letters.approve(draft.id(), submitted.version());
        signedIn.as("thuongtruc");
        var check = letters.check(draft.id());
        var letter = letters.issue(draft.id(), check.numberLine());
        assertThat(letter.numberLine()).matches("Số: \\d{2}/BCĐ").isEqualTo(check.numberLine());
        assertThatThrownBy(() -> letters.issue(draft.id(), check.numberLine()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("task.letter.alreadyIssued");
        assertThat(letters.recipients(letter.id())).contains("Xã Tam Thanh").doesNotContain("Xã Sơn Hà");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(letters.pdf(letter.id()))) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(letter.numberLine())
                    .contains("V/v đôn đốc thực hiện Kế hoạch số 01/KH-BCĐ")
                    .contains("Xã Tam Thanh");
        }
        signedIn.as("sonha");
        assertThat(letters.visible()).extracting(ChasingLetters.Letter::id).doesNotContain(letter.id());
        assertThatThrownBy(() -> letters.pdf(letter.id())).isInstanceOf(NotFoundException.class);
        // Mường Mìn registered its festival, which completed its schedule task: it is not late.
        signedIn.as("muongmin");
        assertThat(letters.visible()).extracting(ChasingLetters.Letter::id).doesNotContain(letter.id());
        if (accounts.systemFindByUsername("tt.tamthanh").isEmpty()) {
            accounts.systemCreate(
                    "tt.tamthanh",
                    "Tam-Thanh-2022",
                    "Vi Văn Thanh",
                    null,
                    units.systemFind("2024", "15007").orElseThrow(),
                    java.util.Set.of(vn.ngayhoi.shared.security.Role.UNIT_OFFICER));
        }
        signedIn.as("tt.tamthanh");
        assertThat(letters.visible()).extracting(ChasingLetters.Letter::id).contains(letter.id());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    static byte[] png() {
        try {
            var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] pdfHeader() {
        return "%PDF-1.7\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
