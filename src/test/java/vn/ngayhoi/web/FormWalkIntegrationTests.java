package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;

/**
 * Issue 19: no request ends in an error page. The walk takes every GET and POST handler with request
 * parameters from Spring MVC's own mapping (so a new form cannot be left out: a route without a
 * target below fails the test), and sends each parameter, one at a time, empty, too long, with
 * control characters and with values of the wrong type, as a signed-in user who may use the form.
 *
 * <p>The walk must change nothing the other tests read: forms that update carry a stale version,
 * forms that create carry one fixed field the service refuses (an unknown unit code or type), and
 * forms with a single field can only receive values that are refused anyway. Fixed fields are not
 * walked; they are listed per target.
 */
@IntegrationTest
class FormWalkIntegrationTests {

    private static final String ADMIN_PASSWORD = "Admin-Test-Password-1";
    private static final String WALKER = "walk.doimatkhau";
    private static final String WALKER_PASSWORD = "Walk-Mat-Khau-2022";
    private static final String STALE_VERSION = "987654";
    private static final String UNKNOWN_CODE = "99999999";

    /**
     * What each parameter receives: one control character (in turn), which must be refused naming
     * the parameter, and each odd value, which must not fail.
     */
    private static final List<String> CONTROL = List.of("a\u0000b", "x\u001by", "del\u007f");

    private static final List<String> ODD =
            List.of("", longText(), "chữ-không-phải-số", "+999999999-01-01", "-1", "99999999999999999999");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Signed in once for the class: the walk resets the walker's password on the way. */
    private static final Map<String, Session> sessions = new LinkedHashMap<>();

    private Api api;

    /** Where and as whom a route is walked: a concrete path, base values, fields not walked. */
    record Target(String user, String path, Map<String, String> base, Set<String> fixed) {
        static Target of(String user, String path) {
            return new Target(user, path, Map.of(), Set.of());
        }

        Target base(String... pairs) {
            Map<String, String> b = new LinkedHashMap<>(base);
            for (int i = 0; i < pairs.length; i += 2) {
                b.put(pairs[i], pairs[i + 1]);
            }
            return new Target(user, path, b, fixed);
        }

        /** A value sent with every request of the walk and never walked itself. */
        Target fixed(String name, String value) {
            Set<String> f = new LinkedHashSet<>(fixed);
            f.add(name);
            return new Target(user, path, base, f).base(name, value);
        }
    }

    record Session(String cookie, String csrf, String basic) {}

    record Answer(int status, String body, String contentType) {}

    @BeforeEach
    void setUp() {
        api = new Api(port);
        if (jdbc.sql("select count(*) from app_user where username = ?")
                        .param(WALKER)
                        .query(Long.class)
                        .single()
                == 0) {
            String body = """
                    {"username": "%s", "password": "%s", "fullName": "Người Đi Thử",
                     "unitCode": "15013", "roles": ["VIEWER"]}
                    """.formatted(WALKER, WALKER_PASSWORD);
            assertThat(api.postJson("/api/v1/users", "admin", ADMIN_PASSWORD, body)
                            .status())
                    .isEqualTo(201);
        }
    }

    private Map<String, Target> targets() {
        long campaign = id("select id from campaign order by id limit 1");
        long festival =
                id("select f.id from festival f join org_unit u on u.id = f.unit_id where u.code = 'KDC000008'");
        long unit = id("select id from org_unit where code = '15013' order by id limit 1");
        long draftPlan = id("select id from plan where status = 'DRAFT' order by id limit 1");
        long issuedPlan = id("select id from plan where status = 'ISSUED' order by id limit 1");
        long report = id("select r.id from report r join org_unit u on u.id = r.unit_id where u.code = '15004'");
        long form = id("select id from report_form order by id limit 1");
        long upward = id("select id from upward_report order by id limit 1");
        String committeeCode = jdbc.sql("select code from org_unit where name = 'Ban Chỉ đạo 138 huyện Quan Sơn'")
                .query(String.class)
                .single();
        long planEntry = id("select outgoing_id from plan where status = 'ISSUED' order by id limit 1");
        long doneTask = id(
                "select t.id from task t join org_unit u on u.id = t.unit_id where u.code = '15004' and t.status = 'DONE' order by t.id limit 1");
        long walker = id("select id from app_user where username = '" + WALKER + "'");
        String c = Long.toString(campaign);
        Map<String, Target> t = new LinkedHashMap<>();
        // Pages with query parameters: read-only.
        t.put("GET /admin/users", Target.of("admin", "/admin/users").base("q", "son"));
        t.put("GET /admin/audit", Target.of("admin", "/admin/audit").base("page", "0"));
        t.put("GET /festivals", Target.of("thuongtruc", "/festivals").base("campaign", c));
        t.put("GET /festivals/new", Target.of("thuongtruc", "/festivals/new").base("campaign", c, "unit", "15019"));
        t.put(
                "GET /festivals/calendar",
                Target.of("thuongtruc", "/festivals/calendar").base("campaign", c));
        t.put(
                "GET /festivals/coverage",
                Target.of("thuongtruc", "/festivals/coverage").base("campaign", c));
        t.put(
                "GET /public/festivals",
                Target.of("thuongtruc", "/public/festivals").base("unit", "15004"));
        t.put(
                "GET /org-units",
                Target.of("admin", "/org-units").base("q", "son", "structure", "2025", "at", "2026-01-01"));
        t.put("GET /org-units/search", Target.of("admin", "/org-units/search").base("q", "son"));
        t.put("GET /org-units/options", Target.of("admin", "/org-units/options").base("q", "son"));
        t.put("GET /plans", Target.of("thuongtruc", "/plans").base("campaign", c));
        t.put("GET /plans/{id}/banner.pdf", Target.of("thuongtruc", "/plans/" + issuedPlan + "/banner.pdf"));
        t.put("GET /reports", Target.of("thuongtruc", "/reports").base("campaign", c));
        t.put(
                "GET /reports/dashboard",
                Target.of("thuongtruc", "/reports/dashboard").base("campaign", c));
        t.put("GET /reports/form", Target.of("thuongtruc", "/reports/form").base("campaign", c));
        t.put("GET /reports/totals", Target.of("thuongtruc", "/reports/totals").base("campaign", c));
        t.put(
                "GET /reports/totals.xlsx",
                Target.of("thuongtruc", "/reports/totals.xlsx").base("campaign", c));
        t.put(
                "GET /reports/completeness.xlsx",
                Target.of("thuongtruc", "/reports/completeness.xlsx").base("campaign", c));
        t.put("GET /reports/upward", Target.of("thuongtruc", "/reports/upward").base("campaign", c));
        t.put("GET /tasks", Target.of("sonha", "/tasks"));
        t.put("GET /tasks/matrix", Target.of("thuongtruc", "/tasks/matrix").base("campaign", c));
        t.put(
                "GET /tasks/matrix.xlsx",
                Target.of("thuongtruc", "/tasks/matrix.xlsx").base("campaign", c));
        // The JSON API's query parameters.
        t.put(
                "GET /api/v1/festivals",
                Target.of("thuongtruc", "/api/v1/festivals").base("campaign", c));
        t.put(
                "GET /api/v1/org-units",
                Target.of("thuongtruc", "/api/v1/org-units").base("q", "son"));
        t.put("GET /api/v1/org-units/{code}", Target.of("thuongtruc", "/api/v1/org-units/15004"));
        t.put("GET /api/v1/org-units/{code}/children", Target.of("thuongtruc", "/api/v1/org-units/387/children"));
        t.put("GET /api/v1/plans", Target.of("thuongtruc", "/api/v1/plans").base("campaign", c));
        t.put("GET /api/v1/reports", Target.of("thuongtruc", "/api/v1/reports").base("campaign", c));
        t.put("GET /api/v1/campaigns/{id}/totals", Target.of("thuongtruc", "/api/v1/campaigns/" + c + "/totals"));
        t.put(
                "GET /api/v1/campaigns/{id}/completeness",
                Target.of("thuongtruc", "/api/v1/campaigns/" + c + "/completeness"));
        t.put("GET /api/v1/campaigns/{id}/dashboard", Target.of("thuongtruc", "/api/v1/campaigns/" + c + "/dashboard"));
        t.put("GET /api/v1/tasks", Target.of("thuongtruc", "/api/v1/tasks").base("campaign", c));
        t.put(
                "GET /api/v1/campaigns",
                Target.of("thuongtruc", "/api/v1/campaigns").base("year", "2022"));
        t.put("GET /api/v1/campaigns/{id}/sub-plans", Target.of("thuongtruc", "/api/v1/campaigns/" + c + "/sub-plans"));
        t.put(
                "GET /api/v1/campaigns/{id}/values",
                Target.of("thuongtruc", "/api/v1/campaigns/" + c + "/values").base("format", "json"));
        t.put("GET /api/v1/me/todos", Target.of("sonha", "/api/v1/me/todos"));
        t.put("GET /api/v1/me/tokens", Target.of("sonha", "/api/v1/me/tokens"));
        t.put("GET /api/v1/me/calendar-feeds", Target.of("sonha", "/api/v1/me/calendar-feeds"));
        t.put("GET /api/v1/tokens", Target.of("admin", "/api/v1/tokens"));
        // Access tokens and calendar URLs: an expiry in the past, so no walked request makes one.
        t.put(
                "POST /account/tokens",
                Target.of("sonha", "/account/tokens")
                        .base("name", "Đi thử", "scope", "read")
                        .fixed("expiresOn", "2000-01-01"));
        t.put(
                "POST /account/calendar-feeds",
                Target.of("sonha", "/account/calendar-feeds")
                        .base("name", "Đi thử", "campaignId", c)
                        .fixed("expiresOn", "2000-01-01"));
        t.put(
                "POST /api/v1/tasks/{id}/progress",
                Target.of("sonha", "/api/v1/tasks/" + doneTask + "/progress").base("note", "Đã xong", "percent", "50"));
        t.put(
                "POST /api/v1/tasks/{id}/complete",
                Target.of("sonha", "/api/v1/tasks/" + doneTask + "/complete").base("note", "Đã xong"));
        // Account forms.
        t.put(
                "POST /account/password",
                Target.of(WALKER, "/account/password")
                        .base(
                                "currentPassword",
                                WALKER_PASSWORD,
                                "newPassword",
                                "Mat-Khau-Moi-2022",
                                "confirmPassword",
                                "Mat-Khau-Moi-2022"));
        t.put(
                "POST /admin/users",
                Target.of("admin", "/admin/users")
                        .base("username", "walk.moi", "password", "Mat-Khau-Moi-2022", "fullName", "Người Mới")
                        .base("position", "Cán bộ", "roles", "VIEWER")
                        .fixed("unitCode", UNKNOWN_CODE));
        t.put("POST /admin/users/{id}/password", Target.of("admin", "/admin/users/" + walker + "/password"));
        // Outreach (issue 15): reads walk the demo campaign; every write carries one field the service
        // refuses (a negative count, a date before any campaign, an ftp link), so the walk stores nothing.
        long coverage = id("select id from outreach_coverage_assignment order by id limit 1");
        t.put(
                "GET /api/v1/propaganda",
                Target.of("thuongtruc", "/api/v1/propaganda")
                        .base("campaign", c, "unit", "15004", "channel", "BANNER"));
        t.put(
                "GET /api/v1/campaigns/{id}/propaganda/summary",
                Target.of("thuongtruc", "/api/v1/campaigns/" + c + "/propaganda/summary")
                        .base("unit", "15004"));
        t.put(
                "GET /api/v1/models",
                Target.of("thuongtruc", "/api/v1/models").base("unit", "15004", "status", "ACTIVE"));
        t.put(
                "GET /api/v1/coverage-assignments",
                Target.of("thuongtruc", "/api/v1/coverage-assignments").base("campaign", c));
        t.put(
                "GET /outreach/propaganda",
                Target.of("thuongtruc", "/outreach/propaganda")
                        .base("campaign", c, "unit", "15004", "channel", "BANNER"));
        t.put(
                "GET /outreach/summary",
                Target.of("thuongtruc", "/outreach/summary").base("campaign", c, "unit", "15004"));
        t.put(
                "GET /outreach/models",
                Target.of("thuongtruc", "/outreach/models").base("unit", "15004", "status", "ACTIVE"));
        t.put(
                "GET /outreach/coverage",
                Target.of("thuongtruc", "/outreach/coverage").base("campaign", c));
        long practiceModel = id("select id from outreach_model order by id limit 1");
        t.put(
                "GET /outreach/models/new",
                Target.of("thuongtruc", "/outreach/models/new").base("festival", Long.toString(festival)));
        t.put(
                "POST /outreach/models/new",
                Target.of("thuongtruc", "/outreach/models/new")
                        .base("field", "Camera an ninh", "unit", "15004", "launchedOn", "2022-08-15")
                        .base("festival", Long.toString(festival), "description", "Mô tả", "origin", "")
                        .fixed("name", ""));
        t.put(
                "POST /outreach/models/{id}/review",
                Target.of("thuongtruc", "/outreach/models/" + practiceModel + "/review")
                        .base("year", "2022", "effective", "true")
                        .fixed("reason", ""));
        t.put(
                "POST /outreach/models/{id}/retire",
                Target.of("thuongtruc", "/outreach/models/" + practiceModel + "/retire")
                        .base("version", STALE_VERSION)
                        .fixed("reason", ""));
        t.put(
                "POST /outreach/slogans",
                Target.of("sonha", "/outreach/slogans")
                        .base("campaign", c, "slogan", "0")
                        .fixed("place0", "x".repeat(301)));
        t.put(
                "POST /api/v1/propaganda",
                Target.of("sonha", "/api/v1/propaganda").base("campaign", c, "unit", "15004"));
        t.put(
                "POST /outreach/propaganda",
                Target.of("sonha", "/outreach/propaganda")
                        .base("campaign", c, "unit", "15004", "channel", "BANNER", "date", "2022-08-10")
                        .base("reach", "10", "link", "", "note", "Ghi chú")
                        .fixed("count", "-1"));
        t.put(
                "POST /outreach/coverage",
                Target.of("thuongtruc", "/outreach/coverage")
                        .base("campaign", c, "festival", Long.toString(festival), "unit", "15004", "task", "FILM")
                        .fixed("dueDate", "1800-01-01"));
        t.put(
                "POST /outreach/coverage/{id}/items",
                Target.of("thuongtruc", "/outreach/coverage/" + coverage + "/items")
                        .base("kind", "VIDEO", "title", "Phóng sự", "outlet", "Đài", "publishedOn", "2022-08-16")
                        .fixed("link", "ftp://x"));
        // Budget (issue 14): reads walk the demo's estimate; the API create carries no JSON body, so
        // nothing is stored.
        long budget = id("select e.id from budget_estimate e join campaign c on c.id = e.campaign_id"
                + " where c.year = 2022 order by e.id limit 1");
        String sonHaBudget = "/budgets/" + budget;
        t.put("GET /api/v1/budgets", Target.of("thuongtruc", "/api/v1/budgets").base("campaign", c, "unit", "15004"));
        t.put("POST /api/v1/budgets", Target.of("sonha", "/api/v1/budgets").base("campaign", c, "unit", "15004"));
        t.put(
                "GET /api/v1/budgets/{id}/payments",
                Target.of("sonha", "/api/v1/budgets/" + budget + "/payments").base("unit", "15004"));
        t.put(
                "GET /api/v1/budgets/{id}/summary",
                Target.of("sonha", "/api/v1/budgets/" + budget + "/summary").base("unit", "15004"));
        t.put("GET /budgets", Target.of("thuongtruc", "/budgets").base("campaign", c));
        t.put(
                "GET /budgets/{id}/spending",
                Target.of("sonha", sonHaBudget + "/spending").base("unit", "15004"));
        t.put(
                "GET /budgets/{id}/settlement.xlsx",
                Target.of("sonha", sonHaBudget + "/settlement.xlsx").base("unit", "15004"));
        t.put(
                "GET /budgets/{id}/settlement.pdf",
                Target.of("sonha", sonHaBudget + "/settlement.pdf").base("unit", "15004"));
        // Festivals.
        t.put(
                "POST /festivals",
                Target.of("thuongtruc", "/festivals")
                        .base("campaignId", c, "unitCode", "15019", "date", "2022-08-10", "startTime", "07:30")
                        .base("endTime", "11:00", "programme", "Khai mạc", "expected[PEOPLE]", "100")
                        .base("delegates", "Tỉnh", "internalNote", "", "action", "register")
                        .fixed("venue", ""));
        t.put(
                "POST /festivals/{id}/edit",
                Target.of("sonha", "/festivals/" + festival + "/edit")
                        .base("date", "2022-08-10", "startTime", "07:30", "endTime", "11:00", "venue", "Sân")
                        .base("programme", "Khai mạc", "expected[PEOPLE]", "100", "action", "register")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /festivals/{id}/status",
                Target.of("sonha", "/festivals/" + festival + "/status")
                        .base("reason", "Mưa bão")
                        .fixed("to", "NOPE"));
        t.put(
                "POST /festivals/{id}/results",
                Target.of("sonha", "/festivals/" + festival + "/results")
                        .base("attendance[PEOPLE]", "120", "held", "0", "pledges", "Hộ A", "gifts", "Quà")
                        .fixed("attendance[POLICE]", "không-phải-số"));
        t.put("POST /festivals/{id}/leaders", Target.of("thuongtruc", "/festivals/" + festival + "/leaders"));
        // Units.
        t.put(
                "POST /org-units/{id}/children",
                Target.of("admin", "/org-units/" + unit + "/children")
                        .base("name", "Thôn Đi Thử")
                        .fixed("typeCode", "NOPE"));
        t.put(
                "POST /org-units/{id}/rename",
                Target.of("admin", "/org-units/" + unit + "/rename")
                        .base("name", "Xã Đổi Tên")
                        .fixed("version", STALE_VERSION));
        t.put("POST /org-units/{id}/move", Target.of("admin", "/org-units/" + unit + "/move"));
        t.put("POST /org-units/{id}/dissolve", Target.of("admin", "/org-units/" + unit + "/dissolve"));
        t.put(
                "POST /admin/org-units/import",
                Target.of("admin", "/admin/org-units/import")
                        .base("structureCode", "WALK", "structureName", "Đi thử", "validFrom", "2026-01-01")
                        .base("validTo", ""));
        // Plans.
        t.put(
                "POST /plans/{id}/edit",
                Target.of("muongmin", "/plans/" + draftPlan + "/edit")
                        .base("subject", "Kế hoạch", "section", "Mục đích", "respHeading", "Công an xã")
                        .base("respBody", "Chủ trì", "recipients", "Như trên", "signatureAuthority", "TM. UBND")
                        .base("signatureTitle", "CHỦ TỊCH", "signatureSecondTitle", "", "signerName", "Lò Văn A")
                        .fixed("version", STALE_VERSION));
        t.put("POST /plans/{id}/return", Target.of("thuongtruc", "/plans/" + issuedPlan + "/return"));
        t.put("POST /campaigns/{id}/clone", Target.of("thuongtruc", "/campaigns/" + c + "/clone"));
        // Reports.
        t.put(
                "POST /reports/open",
                Target.of("thuongtruc", "/reports/open").base("campaign", c).fixed("unit", UNKNOWN_CODE));
        t.put("POST /reports/chase", Target.of("thuongtruc", "/reports/chase"));
        t.put(
                "POST /reports/{id}",
                Target.of("sonha", "/reports/" + report).base("action", "save").fixed("version", STALE_VERSION));
        t.put("POST /reports/{id}/return", Target.of("thuongtruc", "/reports/" + report + "/return"));
        t.put("POST /reports/form/default", Target.of("thuongtruc", "/reports/form/default"));
        t.put(
                "POST /reports/form/{id}/settings",
                Target.of("thuongtruc", "/reports/form/" + form + "/settings")
                        .base("title", "Báo cáo", "deadline", "2022-08-25", "graceDays", "2", "lockAfterDays", "5")
                        .base("types", "COMMUNE")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /reports/form/{id}/root",
                Target.of("thuongtruc", "/reports/form/" + form + "/root")
                        .base("unit", "387")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /reports/form/{id}/indicators",
                Target.of("thuongtruc", "/reports/form/" + form + "/indicators")
                        .base("section", "A", "code", "walk_x", "label", "Chỉ tiêu", "type", "INTEGER")
                        .base("required", "true", "min", "0", "max", "10", "choices", "")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /reports/form/{id}/indicators/{code}/remove",
                // Its only field: every walked value is a version that is not the form's.
                Target.of("thuongtruc", "/reports/form/" + form + "/indicators/walk_x/remove"));
        t.put(
                "POST /reports/form/{id}/rules",
                Target.of("thuongtruc", "/reports/form/" + form + "/rules")
                        .base("left", "a", "comparison", "LE", "right", "b")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /reports/form/{id}/exceptions",
                Target.of("thuongtruc", "/reports/form/" + form + "/exceptions")
                        .base("until", "2022-09-30", "reason", "Mất điện")
                        .fixed("unit", UNKNOWN_CODE));
        t.put("POST /reports/upward", Target.of("thuongtruc", "/reports/upward"));
        // The demo plan is issued: issuing it again is refused whatever number the page showed.
        t.put(
                "POST /plans/{id}/issue",
                Target.of("thuongtruc", "/plans/" + issuedPlan + "/issue").base("numberLine", "Số: 99/KH-BCĐ"));
        // Sign-off and issue with a stale version: refused, the demo's draft stays a draft.
        t.put(
                "POST /reports/upward/{id}/approve",
                Target.of("chutich", "/reports/upward/" + upward + "/approve").base("version", STALE_VERSION));
        t.put(
                "POST /reports/upward/{id}/return",
                Target.of("chutich", "/reports/upward/" + upward + "/return")
                        .base("reason", "Bổ sung")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /reports/upward/{id}/issue",
                Target.of("thuongtruc", "/reports/upward/" + upward + "/issue")
                        .base("numberLine", "Số: 99/BC-BCĐ")
                        .fixed("version", STALE_VERSION));
        // Sign-off steps and issue on the demo's issued letter and invitation: refused, nothing changes.
        long letter = id("select id from chasing_letter order by id limit 1");
        long invited = id("select festival_id from festival_invitation order by id limit 1");
        for (String prefix : List.of("/tasks/letters/" + letter, "/festivals/" + invited + "/invitation")) {
            String route = prefix.startsWith("/tasks") ? "POST /tasks/letters/{id}" : "POST /festivals/{id}/invitation";
            t.put(route + "/submit", Target.of("thuongtruc", prefix + "/submit").base("version", STALE_VERSION));
            t.put(route + "/approve", Target.of("chutich", prefix + "/approve").base("version", STALE_VERSION));
            t.put(
                    route + "/return",
                    Target.of("chutich", prefix + "/return")
                            .base("reason", "Bổ sung")
                            .fixed("version", STALE_VERSION));
        }
        t.put(
                "POST /tasks/letters/{id}/issue",
                Target.of("thuongtruc", "/tasks/letters/" + letter + "/issue").base("numberLine", "Số: 99/BCĐ"));
        t.put(
                "POST /festivals/{id}/invitation",
                Target.of("thuongtruc", "/festivals/" + invited + "/invitation").base("numberLine", "Số: 99/GM-BCĐ"));
        // The outgoing register: read-only, and a withdrawal by a commune officer (no such right).
        String register = "/registers/" + committeeCode + "/2022";
        t.put(
                "POST /registers/{unitCode}/{year}/entries/{entryId}/handling",
                Target.of("sonha", register + "/entries/" + planEntry + "/handling")
                        .base("copies", "2", "priority", "URGENT"));
        t.put(
                "GET /registers/{unitCode}/{year}",
                Target.of("thuongtruc", register).base("q", "don doc", "type", "Công văn", "month", "8"));
        t.put(
                "GET /registers/{unitCode}/{year}.xlsx",
                Target.of("thuongtruc", register + ".xlsx").base("q", "don doc", "type", "Công văn", "month", "8"));
        t.put(
                "GET /api/v1/registers/{unitCode}/{year}",
                Target.of("thuongtruc", "/api/v1" + register).base("q", "don doc", "type", "Công văn", "month", "8"));
        t.put(
                "GET /api/v1/registers/{unitCode}/{year}.xlsx",
                Target.of("thuongtruc", "/api/v1" + register + ".xlsx")
                        .base("q", "don doc", "type", "Công văn", "month", "8"));
        t.put(
                "POST /registers/{unitCode}/{year}/entries/{entryId}/withdraw",
                Target.of("sonha", register + "/entries/" + planEntry + "/withdraw")
                        .base("reason", "Nhầm"));
        t.put(
                "POST /reports/upward/{id}",
                Target.of("thuongtruc", "/reports/upward/" + upward)
                        .base("subject", "Báo cáo", "opening", "Mở đầu", "recipients", "Như trên", "highlight", "1")
                        .fixed("version", STALE_VERSION));
        // Tasks: the walker's task is done, so progress and completion are refused.
        t.put(
                "POST /tasks/{id}/progress",
                Target.of("sonha", "/tasks/" + doneTask + "/progress").base("note", "Đang làm", "percent", "50"));
        t.put(
                "POST /tasks/{id}/complete",
                Target.of("sonha", "/tasks/" + doneTask + "/complete").base("note", "Xong"));
        // The unit officer is not the assigner: refused, whatever the reason says.
        t.put("POST /tasks/{id}/return", Target.of("sonha", "/tasks/" + doneTask + "/return"));
        t.put(
                "POST /tasks",
                Target.of("thuongtruc", "/tasks")
                        .base("title", "Việc thử", "duty", "Làm thử", "dueDate", "2022-09-30", "campaign", c)
                        .fixed("units", UNKNOWN_CODE));
        t.put("POST /tasks/letters", Target.of("thuongtruc", "/tasks/letters"));
        forum(t, festival);
        twoTier(t);
        evaluation(t);
        // issue 20 item 3: the notices page pages (page, size)
        t.put("GET /notifications", Target.of("sonha", "/notifications").base("page", "0", "size", "50"));
        // paging3: the commendation rounds page pages (page, size)
        t.put("GET /commendations", Target.of("thuongtruc", "/commendations").base("page", "0", "size", "50"));
        return t;
    }

    /**
     * Issue 18's routes. The share the walk posts aims at a whole (full) link, which has no share, so
     * every variant is refused; the mapping import sends no file.
     */
    private void twoTier(Map<String, Target> t) {
        long tamLu2025 = id("select id from org_unit where structure_code = '2025' and code = '15019'");
        long sonHa2024 = id("select id from org_unit where structure_code = '2024' and code = '15004'");
        t.put(
                "POST /org-units/{id}/predecessors/{predecessorId}/share",
                Target.of("admin", "/org-units/" + tamLu2025 + "/predecessors/" + sonHa2024 + "/share")
                        .base("percent", "40"));
        t.put(
                "POST /admin/org-units/links/import",
                Target.of("admin", "/admin/org-units/links/import")
                        .base("fromStructure", "2024", "toStructure", "2025"));
        t.put(
                "GET /api/v1/org-units/{code}/history",
                Target.of("thuongtruc", "/api/v1/org-units/387/history")
                        .base("indicator", "participants", "years", "2021,2022", "at", "2022-08-23"));
        long province = id("select id from org_unit where structure_code = '2024' and code = '38'");
        t.put(
                "GET /org-units/{id}/children",
                Target.of("admin", "/org-units/" + province + "/children").base("structure", "2024"));
    }

    /**
     * Evaluation's routes (issue 17). Nothing changes the demo: every version is stale, the
     * registration names an unknown unit (and the demo clock is outside quarter I), the decision
     * finds nothing recognised, and only the authority may decide, which the walkers are not.
     */
    private void evaluation(Map<String, Target> t) {
        String kdc = Long.toString(id("""
                select e.id from evaluation e join org_unit u on u.id = e.unit_id
                 where e.year = 2022 and u.type_code = 'RESIDENTIAL_AREA' order by e.id limit 1"""));
        String set =
                Long.toString(id("select id from evaluation_rule_set where status = 'ACTIVE' order by id limit 1"));
        t.put("GET /evaluation", Target.of("thuongtruc", "/evaluation").base("year", "2022", "unit", "15004"));
        t.put(
                "POST /evaluation/register",
                Target.of("sonha", "/evaluation/register")
                        .base("year", "2022", "resolutionRef", "NQ 01", "planRef", "KH 02")
                        .fixed("unit", UNKNOWN_CODE));
        t.put("POST /evaluation/decisions", Target.of("sonha", "/evaluation/decisions"));
        t.put(
                "POST /evaluation/{id}/assess",
                Target.of("sonha", "/evaluation/" + kdc + "/assess")
                        .base("met_KDC1", "true", "value_KDC4", "0", "evidence_KDC1", "Nghị quyết")
                        .base("points_KDC1", "10", "reportText", "Báo cáo", "minutesText", "Biên bản")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /evaluation/{id}/recognise",
                Target.of("chutich", "/evaluation/" + kdc + "/recognise")
                        .base("score", "80")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /evaluation/{id}/return",
                Target.of("chutich", "/evaluation/" + kdc + "/return")
                        .base("reason", "Thiếu hồ sơ")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /evaluation/rule-sets/{id}/edit",
                Target.of("admin", "/evaluation/rule-sets/" + set + "/edit")
                        .base("name", "Bộ thử", "min_KHA", "70", "points_KDC1", "15")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /evaluation/rule-sets/{id}/activate",
                Target.of("admin", "/evaluation/rule-sets/" + set + "/activate")
                        .base("from", "2030-01-01")
                        .fixed("version", STALE_VERSION));
        t.put("POST /evaluation/rule-sets/{id}/copy", Target.of("admin", "/evaluation/rule-sets/" + set + "/copy"));
        t.put(
                "GET /api/v1/evaluation-sets",
                Target.of("thuongtruc", "/api/v1/evaluation-sets").base("year", "2022"));
        t.put(
                "GET /api/v1/evaluations",
                Target.of("thuongtruc", "/api/v1/evaluations").base("year", "2022", "unit", "15004"));
        t.put(
                "GET /api/v1/evaluations/summary",
                Target.of("thuongtruc", "/api/v1/evaluations/summary").base("year", "2022", "unit", "15004"));
    }

    /**
     * The forum's routes. Nothing the walk sends may change the demo: the answered opinion it aims at
     * is past answering and approving, every version is stale, the public form names no commune, the
     * intake names a festival outside the officer's scope and topics are for the standing office only.
     */
    private void forum(Map<String, Target> t, long festivalOfAnotherUnit) {
        long answered = id("select o.id from forum_opinion o join org_unit u on u.id = o.unit_id"
                + " where u.code = '15004' and o.status = 'ANSWERED' order by o.id limit 1");
        String o = "/forum/" + answered;
        t.put(
                "GET /forum",
                Target.of("thuongtruc", "/forum")
                        .base("unit", "15004", "status", "ANSWERED", "topic", "ANTT", "year", "2022"));
        t.put(
                "GET /forum/intake",
                Target.of("thuongtruc", "/forum/intake").base("festival", Long.toString(festivalOfAnotherUnit)));
        t.put("GET /y-kien", Target.of("sonha", "/y-kien").base("festival", Long.toString(festivalOfAnotherUnit)));
        t.put("GET /y-kien/cong-khai", Target.of("sonha", "/y-kien/cong-khai").base("unit", "387", "topic", "ANTT"));
        t.put("GET /y-kien/don-vi", Target.of("sonha", "/y-kien/don-vi").base("communeName", "son ha"));
        t.put("GET /y-kien/tra-cuu", Target.of("sonha", "/y-kien/tra-cuu").base("ma", "ABCD-EFGH-JKMN"));
        t.put(
                "GET /api/v1/opinions",
                Target.of("thuongtruc", "/api/v1/opinions")
                        .base("unit", "15004", "status", "ANSWERED", "topic", "ANTT"));
        t.put(
                "POST /y-kien",
                Target.of("sonha", "/y-kien")
                        .base("topic", "ANTT", "text", "Ý kiến thử", "anonymous", "true")
                        .fixed("communeName", UNKNOWN_CODE));
        t.put(
                "POST /forum/intake",
                Target.of("sonha", "/forum/intake?festival=" + festivalOfAnotherUnit)
                        .base("speaker", "Người nói", "topic", "ANTT", "text", "Ý kiến thử"));
        t.put("POST /forum/topics", Target.of("sonha", "/forum/topics").base("name", "Lĩnh vực thử"));
        t.put(
                "POST /forum/topics/{code}",
                Target.of("sonha", "/forum/topics/ANTT").base("active", "false"));
        t.put(
                "POST /forum/{id}/answer",
                Target.of("thuongtruc", o + "/answer").base("text", "Trả lời").fixed("version", STALE_VERSION));
        t.put("POST /forum/{id}/approve", Target.of("chutich", o + "/approve"));
        t.put(
                "POST /forum/{id}/route",
                Target.of("thuongtruc", o + "/route")
                        .base("unitCode", "15001", "reason", "Thử")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /forum/{id}/publish",
                Target.of("thuongtruc", o + "/publish")
                        .base("question", "Câu hỏi")
                        .fixed("version", STALE_VERSION));
        // Commendations: the demo round is decided and its nominations vetted, so nothing walked changes.
        long round = id("select id from commendation_round order by id limit 1");
        long nomination = id("select n.id from commendation_nomination n join org_unit u on u.id = n.unit_id"
                + " where u.code = '15004' order by n.id limit 1");
        String cr = "/commendations/" + round;
        String demoCampaign = Long.toString(id("select id from campaign where year = 2022"));
        String cn = "/commendations/nominations/" + nomination;
        t.put(
                "POST /commendations",
                Target.of("thuongtruc", "/commendations")
                        .base("campaign", demoCampaign, "title", "Đợt thử", "deadline", "2022-08-30")
                        .fixed("vettingUnit", UNKNOWN_CODE));
        t.put("POST /commendations/nominations/{id}", Target.of("sonha", cn).base("version", STALE_VERSION));
        t.put(
                "POST /commendations/nominations/{id}/vet",
                Target.of("noivu", cn + "/vet")
                        .base("outcome", "RETURNED", "reason", "Thử")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /commendations/nominations/{id}/discipline",
                Target.of("noivu", cn + "/discipline")
                        .base("pending", "true", "note", "Thử")
                        .fixed("version", STALE_VERSION));
        t.put(
                "POST /commendations/{id}/meeting",
                Target.of("noivu", cr + "/meeting").base("present", "5", "for-" + nomination, "5"));
        t.put(
                "POST /commendations/{id}/rules",
                Target.of("noivu", cr + "/rules")
                        .base("deadline", "2022-08-05", "quotaPerUnit", "3", "vettingDays", "20")
                        .base("quorumNum", "2", "quorumDen", "3", "passNum", "1", "passDen", "2")
                        .base("roundingStep", "10000", "certOffsetXmm", "0", "certOffsetYmm", "0")
                        .fixed("version", STALE_VERSION));
        t.put(
                "GET /commendations/history",
                Target.of("sonha", "/commendations/history").base("q", "nga"));
        t.put(
                "POST /commendations/{id}/coefficient",
                Target.of("noivu", cr + "/coefficient").base("code", "GK_CN", "coefficient", "0.3"));
        t.put("GET /admin/holidays", Target.of("admin", "/admin/holidays").base("year", "2025"));
        t.put(
                "POST /admin/holidays",
                Target.of("admin", "/admin/holidays")
                        .base("name", "Ngày thử", "working", "false")
                        .fixed("day", "1800-01-01"));
        t.put("POST /admin/holidays/delete", Target.of("admin", "/admin/holidays/delete"));
        t.put(
                "GET /api/v1/commendation-rounds",
                Target.of("thuongtruc", "/api/v1/commendation-rounds").base("campaign", demoCampaign));
        t.put(
                "GET /api/v1/commendation-rounds/{id}/nominations",
                Target.of("thuongtruc", "/api/v1/commendation-rounds/" + round + "/nominations"));
        t.put(
                "POST /forum/{id}/hide",
                Target.of("thuongtruc", o + "/hide")
                        .base("reason", "DUPLICATE", "note", "Thử")
                        .fixed("version", STALE_VERSION));
    }

    /** One handler as the walk sees it: its route, its parameters, whether it takes files. */
    record Route(String key, List<String> fields, boolean multipart, boolean mapOfParameters) {}

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> fields = new ArrayList<>();
            boolean multipart = false;
            boolean map = false;
            for (MethodParameter p : e.getValue().getMethodParameters()) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                if (rp == null) {
                    continue;
                }
                Class<?> type = p.getParameterType();
                if (Map.class.isAssignableFrom(type)) {
                    map = true;
                    continue;
                }
                if (MultipartFile.class.isAssignableFrom(type)
                        || (List.class.isAssignableFrom(type)
                                && p.getGenericParameterType().getTypeName().contains("MultipartFile"))) {
                    multipart = true;
                    continue;
                }
                String name =
                        !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                fields.add(name);
            }
            if (fields.isEmpty() && !map) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(m + " " + pattern, fields, multipart, map));
                }
            }
        }
        return routes;
    }

    @Test
    void everyFormAndQueryParameterAnswersWithoutA5xxAndControlCharactersAreRefusedByName() throws Exception {
        Map<String, Target> targets = targets();
        targets.values().forEach(t -> session(t.user()));
        Set<String> unwalked = new TreeSet<>();
        List<Probe> probes = new ArrayList<>();
        for (Route route : routes()) {
            Target target = targets.get(route.key());
            if (target == null) {
                unwalked.add(route.key());
                continue;
            }
            Set<String> fields = new LinkedHashSet<>(route.fields());
            if (route.mapOfParameters()) {
                fields.addAll(target.base().keySet());
            }
            fields.removeAll(target.fixed());
            assertThat(fields).as(route.key() + " has fields to walk").isNotEmpty();
            int n = 0;
            for (String field : fields) {
                probes.add(new Probe(route, target, field, CONTROL.get(n++ % CONTROL.size()), true));
                ODD.forEach(value -> probes.add(new Probe(route, target, field, value, false)));
            }
        }
        assertThat(unwalked)
                .as("routes with parameters the walk has no target for; add them to targets()")
                .isEmpty();
        // One thread per signed-in user: a person's own requests stay in order (two at once in one
        // session can collide when Spring Session JDBC stores a flash message), users run side by side.
        Map<String, List<Probe>> byUser = new LinkedHashMap<>();
        probes.forEach(p -> byUser.computeIfAbsent(p.target().user(), u -> new ArrayList<>())
                .add(p));
        ExecutorService pool = Executors.newFixedThreadPool(byUser.size());
        List<String> failures = new ArrayList<>();
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (List<Probe> mine : byUser.values()) {
                answers.add(pool.submit(() ->
                        mine.stream().map(this::check).filter(Objects::nonNull).toList()));
            }
            for (Future<List<String>> answer : answers) {
                failures.addAll(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("answers to %d requests", probes.size()).isEmpty();
        assertThat(probes).hasSizeGreaterThan(500);
    }

    /** One request of the walk: a route, the field it changes and the value it sends. */
    record Probe(Route route, Target target, String field, String value, boolean control) {}

    /** What is wrong with the answer to a probe, or null. */
    private String check(Probe p) {
        String method = p.route().key().substring(0, p.route().key().indexOf(' '));
        Answer a = send(method, p.route(), p.target(), p.field(), p.value());
        String sent = p.route().key() + " " + p.field() + "=" + printable(p.value()) + " → " + a.status();
        if (p.control()) {
            return a.status() == 400 && a.body().contains("«" + p.field() + "»")
                    ? null
                    : sent + " (expected 400 naming «" + p.field() + "»)";
        }
        return a.status() < 500 && complete(a) ? null : sent + " " + snippet(a.body());
    }

    private Answer send(String method, Route route, Target target, String field, String value) {
        Session s = session(target.user());
        List<String[]> params = new ArrayList<>();
        target.base().forEach((k, v) -> {
            if (!k.equals(field)) {
                params.add(new String[] {k, v});
            }
        });
        params.add(new String[] {field, value});
        boolean api = target.path().startsWith("/api/");
        HttpRequest.Builder b;
        if ("GET".equals(method)) {
            b = HttpRequest.newBuilder(uri(target.path() + "?" + encode(params)))
                    .GET();
        } else if (route.multipart()) {
            if (!api) {
                params.add(new String[] {"_csrf", s.csrf()});
            }
            String boundary = "----walk" + System.nanoTime();
            b = HttpRequest.newBuilder(uri(target.path()))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, params, route)));
        } else {
            if (!api) {
                params.add(new String[] {"_csrf", s.csrf()});
            }
            b = HttpRequest.newBuilder(uri(target.path()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(params)));
        }
        if (api) {
            b.header("Authorization", s.basic());
        } else {
            b.header("Cookie", s.cookie());
        }
        return send(b.build());
    }

    /**
     * A page must be whole: a template failing half-way leaves a 200 without its end (htmx
     * fragments have no html element and are not checked).
     */
    private static boolean complete(Answer a) {
        return !a.body().contains("<html") || a.body().strip().endsWith("</html>");
    }

    // --- Focused answers -------------------------------------------------------------------------

    @Test
    void aNulInTheUnitOrSearchParameterOfEveryListingPageIsA400NamingIt() {
        String cookie = session("thuongtruc").cookie();
        for (String path : List.of(
                "/festivals?unit=a%00b",
                "/plans?unit=a%00b",
                "/reports?unit=a%00b",
                "/reports/dashboard?campaign=1&unit=%00",
                "/reports/totals?campaign=1&unit=%00",
                "/tasks/matrix?unit=%00",
                "/public/festivals?unit=%00",
                "/org-units?q=%00")) {
            Api.Reply reply = api.getWithCookie(path, cookie);
            String field = path.contains("q=") ? "q" : "unit";
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.body()).as(path).contains("Trường «" + field + "» chứa ký tự điều khiển không hợp lệ.");
        }
        Api.Reply admin =
                api.getWithCookie("/admin/users?q=%01", session("admin").cookie());
        assertThat(admin.status()).isEqualTo(400);
        assertThat(admin.body()).contains("Trường «q» chứa ký tự điều khiển không hợp lệ.");
    }

    @Test
    void aControlCharacterInAFormChangesNothing() {
        Session admin = session("admin");
        long unit = id("select id from org_unit where code = '15013' order by id limit 1");
        String before = jdbc.sql("select name from org_unit where id = ?")
                .param(unit)
                .query(String.class)
                .single();
        int version = jdbc.sql("select version from org_unit where id = ?")
                .param(unit)
                .query(Integer.class)
                .single();
        Api.Reply reply = api.postForm(
                "/org-units/" + unit + "/rename",
                "name=" + enc("Xã\u0000Mới") + "&version=" + version + "&_csrf=" + admin.csrf(),
                admin.cookie());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Trường «name» chứa ký tự điều khiển không hợp lệ.");
        assertThat(jdbc.sql("select name from org_unit where id = ?")
                        .param(unit)
                        .query(String.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aControlCharacterInAJsonFieldIsA400NamingItAndNothingIsCreated() {
        String body = """
                {"username": "walk.json", "password": "Mat-Khau-Moi-2022", "fullName": "Tên\\u0007Lạ",
                 "unitCode": "15013", "roles": ["VIEWER"]}
                """;
        Api.Reply reply = api.postJson("/api/v1/users", "admin", ADMIN_PASSWORD, body);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asString())
                .isEqualTo("Trường «fullName» chứa ký tự điều khiển không hợp lệ.");
        assertThat(id("select count(*) from app_user where username = 'walk.json'"))
                .isZero();
        // A list item is named by its list; TAB and line breaks are text.
        Api.Reply item = api.postJson(
                "/api/v1/users",
                "admin",
                ADMIN_PASSWORD,
                body.replace("Tên\\u0007Lạ", "Tên\\tLạ").replace("[\"VIEWER\"]", "[\"VIEWER\\u0000\"]"));
        assertThat(item.status()).isEqualTo(400);
        assertThat(id("select count(*) from app_user where username = 'walk.json'"))
                .isZero();
    }

    @Test
    void wildcardAndUnusableContentTypesOnJsonEndpointsAreA400SayingSo() {
        long report = id("select r.id from report r join org_unit u on u.id = r.unit_id where u.code = '15004'");
        for (String type : List.of("*/*", "application/*", "garbage", "text/plain")) {
            for (String[] call : List.of(
                    new String[] {"POST", "/api/v1/users"},
                    new String[] {"POST", "/api/v1/festivals"},
                    new String[] {"PUT", "/api/v1/reports/" + report})) {
                HttpRequest request = HttpRequest.newBuilder(uri(call[1]))
                        .header("Authorization", basic("admin", ADMIN_PASSWORD))
                        .header("Content-Type", type)
                        .method(call[0], HttpRequest.BodyPublishers.ofString("{}"))
                        .build();
                Answer a = send(request);
                assertThat(a.status()).as(type + " " + call[1]).isEqualTo(400);
                assertThat(a.contentType()).startsWith("application/json");
                assertThat(a.body())
                        .as(type + " " + call[1])
                        .contains("\"status\":400")
                        .contains("\"error\":\"Bad Request\"")
                        .contains("Kiểu nội dung (Content-Type) «" + type + "»");
            }
        }
    }

    @Test
    void absurdYearsAndPagesAreA400NamingTheField() {
        Session admin = session("admin");
        Map<String, String> pages = Map.of(
                "/admin/audit?page=2147483647", "Trường «page»: số trang phải từ 0 đến 100000.",
                "/admin/audit?page=-1", "Trường «page»: số trang phải từ 0 đến 100000.",
                "/admin/audit?from=%2B999999999-01-01", "Trường «from»: năm phải từ 1900 đến 2200.",
                "/admin/audit?to=1000-01-01", "Trường «to»: năm phải từ 1900 đến 2200.",
                "/festivals/calendar?month=%2B999999999-01", "Trường «month»: năm phải từ 1900 đến 2200.");
        pages.forEach((path, message) -> {
            Api.Reply reply = api.getWithCookie(path, admin.cookie());
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.body()).as(path).contains(message);
        });
        Api.Reply at = api.get("/api/v1/org-units/15004?at=%2B999999999-01-01", "admin", ADMIN_PASSWORD);
        assertThat(at.status()).isEqualTo(400);
        assertThat(at.json().get("message").asString()).isEqualTo("Trường «at»: năm phải từ 1900 đến 2200.");
        // Cloning a campaign into year 999999999 is refused with the year named, and nothing is made.
        Session office = session("thuongtruc");
        long plans = id("select count(*) from plan");
        Api.Reply clone = api.postForm("/campaigns/1/clone", "year=999999999&_csrf=" + office.csrf(), office.cookie());
        assertThat(clone.status()).isEqualTo(302);
        String flash = api.getWithCookie(URI.create(clone.header("Location")).getPath(), office.cookie())
                .body();
        assertThat(flash).contains("Trường «year»: năm phải từ 1900 đến 2200.");
        assertThat(id("select count(*) from plan")).isEqualTo(plans);
    }

    @Test
    void refusedPageFormsAreShownAgainWithTheSummaryAndTheMessageBesideTheField() {
        Session walker = session(WALKER);
        Api.Reply password = api.postForm(
                "/account/password",
                "currentPassword=sai-mat-khau&newPassword=Mat-Khau-Moi-2022&confirmPassword=Mat-Khau-Moi-2022&_csrf="
                        + walker.csrf(),
                walker.cookie());
        assertShownAgain(password, "Mật khẩu hiện tại không đúng.");

        Session admin = session("admin");
        Api.Reply user = api.postForm(
                "/admin/users",
                "username=walk.ngan&password=ngan&fullName=" + enc("Mật Khẩu Ngắn") + "&unitCode=15013&roles=VIEWER"
                        + "&_csrf=" + admin.csrf(),
                admin.cookie());
        assertShownAgain(user, "Mật khẩu phải có ít nhất 10 ký tự.");
        assertThat(id("select count(*) from app_user where username = 'walk.ngan'"))
                .isZero();

        long unit = id("select id from org_unit where code = '15013' order by id limit 1");
        Api.Reply type = api.postForm(
                "/org-units/" + unit + "/children",
                "typeCode=NOPE&name=" + enc("Thôn Mới") + "&_csrf=" + admin.csrf(),
                admin.cookie());
        assertShownAgain(type, "id=\"typeCode\"");

        Session sonha = session("sonha");
        long festival =
                id("select f.id from festival f join org_unit u on u.id = f.unit_id where u.code = 'KDC000008'");
        int version = jdbc.sql("select version from festival where id = ?")
                .param(festival)
                .query(Integer.class)
                .single();
        String common = "&startTime=07:30&endTime=11:00&version=" + version + "&_csrf=" + sonha.csrf();
        for (String[] c : List.of(
                new String[] {"date=&venue=" + enc("Sân"), "Nhập ngày và giờ tổ chức."},
                new String[] {"date=2022-08-10&venue=", "invalid-feedback"},
                new String[] {"date=2030-08-10&venue=" + enc("Sân"), "Ngày tổ chức phải trong thời gian"},
                new String[] {"date=%2B999999999-08-10&venue=" + enc("Sân"), "năm phải từ 1900 đến 2200"})) {
            Api.Reply edit = api.postForm("/festivals/" + festival + "/edit", c[0] + common, sonha.cookie());
            assertShownAgain(edit, c[1]);
        }
        assertThat(jdbc.sql("select version from festival where id = ?")
                        .param(festival)
                        .query(Integer.class)
                        .single())
                .isEqualTo(version);
    }

    private static void assertShownAgain(Api.Reply reply, String expected) {
        assertThat(reply.status()).isIn(200, 400);
        assertThat(reply.body()).contains("id=\"error-summary\"").contains("invalid-feedback d-block");
        assertThat(reply.body()).contains(expected);
        assertThat(reply.body().strip()).endsWith("</html>");
    }

    @Test
    void anUnexpectedErrorPageShowsTheIdThatWasLogged() {
        // /error reached without an error is the fallback's "should not happen": a 500 with an id.
        Api.Reply reply = api.getWithCookie("/error", session("thuongtruc").cookie());
        assertThat(reply.status()).isEqualTo(500);
        Matcher id = Pattern.compile("Mã lỗi: ([0-9a-f]{8})").matcher(reply.body());
        assertThat(id.find()).isTrue();
        assertThat(reply.body()).doesNotContain("Exception");
    }

    // --- Plumbing --------------------------------------------------------------------------------

    private Session session(String user) {
        return sessions.computeIfAbsent(user, u -> {
            String password = switch (u) {
                case "admin" -> ADMIN_PASSWORD;
                case WALKER -> WALKER_PASSWORD;
                default -> Api.DEMO_PASSWORD;
            };
            Api.Reply login = api.get("/login");
            Api.Reply ok = api.postForm(
                    "/login",
                    "username=" + enc(u) + "&password=" + enc(password) + "&_csrf=" + csrf(login.body()),
                    cookie(login));
            assertThat(ok.status()).as("sign-in of " + u).isEqualTo(302);
            assertThat(ok.header("Location")).doesNotContain("error");
            String cookie = cookie(ok);
            String csrf = csrf(api.getWithCookie("/", cookie).body());
            return new Session(cookie, csrf, basic(u, password));
        });
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multipart(String boundary, List<String[]> params, Route route) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (String[] p : params) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p[0] + "\"\r\n"
                                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + p[1] + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (route.key().endsWith("/import")) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"walk.csv\""
                                + "\r\nContent-Type: text/csv\r\n\r\nkhông,phải,danh,mục\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.toByteArray();
    }

    private static String encode(List<String[]> params) {
        StringBuilder sb = new StringBuilder();
        for (String[] p : params) {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(enc(p[0])).append('=').append(enc(p[1]));
        }
        return sb.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String cookie(Api.Reply reply) {
        String header = reply.header("Set-Cookie");
        assertThat(header).isNotNull();
        return header.split(";")[0];
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    /** 10,000 letters that do not compress, so a value indexed in PostgreSQL is really that long. */
    private static String longText() {
        Random random = new Random(19);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    private static String printable(String value) {
        String shown = value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
        return shown.replace("\u0000", "\\0").replace("\u001b", "\\e").replace("\u007f", "\\x7f");
    }

    private static String snippet(String body) {
        Matcher m = Pattern.compile("id=\"error-message\">([^<]*)").matcher(body);
        if (m.find()) {
            return m.group(1);
        }
        return body.length() > 200 ? body.substring(0, 200) : body;
    }
}
