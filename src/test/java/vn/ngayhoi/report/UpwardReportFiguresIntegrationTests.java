package vn.ngayhoi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.report.ReportManagement.Entry;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.PageClient;
import vn.ngayhoi.support.SignedIn;
import vn.ngayhoi.support.Territories;

/**
 * The upward report's figures are taken once, when the draft is written or its figures refreshed:
 * its prose and its table say the same numbers, and a report accepted afterwards changes neither
 * until the officer refreshes them. Runs on a territory of its own.
 */
@IntegrationTest
class UpwardReportFiguresIntegrationTests {

    @Autowired
    UpwardReports upward;

    @Autowired
    ReportManagement reports;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.clear();
    }

    @Test
    void proseAndTableShowTheSameFiguresUntilRefreshed() {
        signedIn = new SignedIn(users);
        Territories.Territory t = Territories.create(context, "395", 2034);
        Territories.account(
                context, "tt2034", "Thu-Nghiem-2034", "Thường trực thử", t.district(), Role.STANDING_OFFICE);
        Territories.account(context, "ct2034", "Thu-Nghiem-2034", "Chủ tịch thử", t.district(), Role.LEADER);
        Territories.account(
                context,
                "xa2034a",
                "Thu-Nghiem-2034",
                "Cán bộ xã A",
                Territories.unit(context, "15493"),
                Role.UNIT_OFFICER);
        Territories.account(
                context,
                "xa2034b",
                "Thu-Nghiem-2034",
                "Cán bộ xã B",
                Territories.unit(context, "15499"),
                Role.UNIT_OFFICER);
        accepted("xa2034a", "15493", t, 640);

        UpwardReport draft = as("tt2034", () -> upward.draft(t.campaign().id()));
        String taken = participants(as("tt2034", () -> upward.document(draft.id())));
        assertThat(taken).isEqualTo("640");
        assertThat(draft.content().figures()).contains("số lượt người tham dự: 640");

        // a report accepted after the draft changes neither the prose nor the table
        accepted("xa2034b", "15499", t, 1000);
        UpwardReport same = as("tt2034", () -> upward.get(draft.id()));
        assertThat(participants(as("tt2034", () -> upward.document(draft.id()))))
                .isEqualTo("640");
        assertThat(same.content().figures()).contains("số lượt người tham dự: 640");
        // an edit of the words keeps the figures as taken
        UpwardReport edited = as("tt2034", () -> upward.edit(draft.id(), same.content(), same.version()));
        assertThat(participants(as("tt2034", () -> upward.document(draft.id()))))
                .isEqualTo("640");

        // refreshing takes them again, prose and table together
        UpwardReport refreshed = as("tt2034", () -> upward.refreshFigures(draft.id(), edited.version()));
        assertThat(participants(as("tt2034", () -> upward.document(draft.id()))))
                .isEqualTo("1.640");
        assertThat(refreshed.content().figures()).contains("số lượt người tham dự: 1.640");

        // through the pages: submitted, the chairman approves, the check page issues what it shows
        as("tt2034", () -> upward.submit(draft.id(), refreshed.version()));
        PageClient chairman = PageClient.signedIn(port, "ct2034", "Thu-Nghiem-2034");
        String onPage =
                chairman.get("/reports/upward?campaign=" + t.campaign().id()).body();
        assertThat(onPage).contains("id=\"approve-upward\"").contains("Chờ duyệt");
        Map<String, String> approve = PageClient.hiddenFields(onPage, "/reports/upward/" + draft.id() + "/approve");
        assertThat(chairman.post("/reports/upward/" + draft.id() + "/approve", approve)
                        .isRedirect())
                .isTrue();
        assertThat(as("tt2034", () -> upward.get(draft.id())).status()).isEqualTo("APPROVED");

        PageClient office = PageClient.signedIn(port, "tt2034", "Thu-Nghiem-2034");
        PageClient.Page check = office.get("/reports/upward/" + draft.id() + "/issue");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body()).contains("Số: 01/BC-BCĐ").contains("id=\"check-page1\"");
        Map<String, String> confirm = PageClient.hiddenFields(check.body(), "/reports/upward/" + draft.id() + "/issue");
        assertThat(confirm).containsEntry("numberLine", "Số: 01/BC-BCĐ");
        assertThat(office.post("/reports/upward/" + draft.id() + "/issue", confirm)
                        .isRedirect())
                .isTrue();
        assertThat(as("tt2034", () -> upward.get(draft.id())).numberLine()).isEqualTo("Số: 01/BC-BCĐ");
        assertThat(participants(as("tt2034", () -> upward.document(draft.id()))))
                .isEqualTo("1.640");
    }

    private void accepted(String officer, String unitCode, Territories.Territory t, int participants) {
        Report r = as(officer, () -> reports.open(t.campaign().id(), unitCode));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("participants", Integer.toString(participants));
        Report submitted = as(
                officer,
                () -> reports.submit(
                        r.id(),
                        new Entry(values, new ReportData.Narrative("Tổ chức đúng kế hoạch.", null, null, null)),
                        r.version()));
        as("tt2034", () -> reports.accept(submitted.id()));
    }

    /** The "Số lượt người tham dự" figure of the document's table. */
    private static String participants(OfficialDocument doc) {
        OfficialDocument.Table table = doc.body().stream()
                .filter(b -> b instanceof OfficialDocument.Table)
                .map(b -> (OfficialDocument.Table) b)
                .findFirst()
                .orElseThrow();
        return table.rows().stream()
                .filter(row -> row.get(1).toLowerCase().startsWith("số lượt người tham dự"))
                .map(row -> row.get(2))
                .findFirst()
                .orElseThrow();
    }

    private <T> T as(String user, Supplier<T> action) {
        signedIn.as(user);
        try {
            return action.get();
        } finally {
            signedIn.clear();
        }
    }
}
