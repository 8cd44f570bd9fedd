package vn.ngayhoi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngayhoi.festival.internal.FestivalRepository;
import vn.ngayhoi.report.internal.CountRollups;
import vn.ngayhoi.report.internal.Rollups;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.StatementCounter;
import vn.ngayhoi.support.Territories;
import vn.ngayhoi.support.Territories.Territory;

/**
 * The SQL statements one request executes do not grow with the tree (issue 20): the dashboard and the
 * list pages and API lists of a standing office are asked once over 100 units of its district (each
 * with a report and a festival), then again after 9,900 more were added by one batched insert, and
 * must execute exactly as many statements both times. The counts come from {@link StatementCounter},
 * which wraps the shared context's data source.
 */
@IntegrationTest
class StatementCountIntegrationTests {

    private static final String USER = "thongke_nghean";
    private static final String PASSWORD = "Thongke-Nghe-An-2047";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CountRollups counts;

    @Autowired
    Rollups rollups;

    @Autowired
    FestivalRepository festivals;

    @Autowired
    TransactionTemplate transactions;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void statementsPerRequestStayTheSameFrom100To10000Units() throws Exception {
        Territory t = Territories.create(context, "416", 2047);
        Territories.account(context, USER, PASSWORD, "Tổ thống kê Quỳ Châu", t.district(), Role.STANDING_OFFICE);
        // the form asks the khu dân cư as well, so the units added below owe reports
        jdbc.sql("update report_form set assign_types = assign_types || '{RESIDENTIAL_AREA}'::text[] where id = ?")
                .param(t.form().id())
                .update();
        long id = t.campaign().id();
        List<String> paths = List.of(
                "/reports/dashboard?campaign=" + id,
                "/api/v1/campaigns/" + id + "/dashboard",
                "/reports?campaign=" + id,
                "/api/v1/reports?campaign=" + id,
                "/api/v1/campaigns/" + id + "/completeness",
                "/festivals?campaign=" + id,
                "/api/v1/festivals?campaign=" + id,
                "/plans",
                "/api/v1/plans",
                "/tasks",
                "/api/v1/tasks",
                "/api/v1/campaigns",
                "/org-units",
                "/api/v1/org-units?q=khu",
                "/notifications",
                // the lists paged in SQL (issue 20 item 3): a second page and the filters as well
                "/reports?campaign=" + id + "&page=1&q=khu",
                "/festivals?campaign=" + id + "&page=1&status=REGISTERED",
                "/plans?page=1",
                "/tasks?page=1&status=OVERDUE",
                "/forum",
                "/api/v1/opinions",
                "/api/v1/campaigns?size=1&page=1",
                // paged in SQL in the second round: evaluations, practice models, the budgets API
                "/evaluation?year=2047",
                "/api/v1/evaluations?year=2047&page=1",
                "/outreach/models?status=ACTIVE",
                "/api/v1/models",
                "/api/v1/models?status=REGISTERED&page=1",
                "/api/v1/budgets?campaign=" + id,
                // paging3: one unit's register, the units still owing a report
                "/registers/" + t.district().code() + "/2047?q=ke&page=1",
                "/api/v1/registers/" + t.district().code() + "/2047?type=K%E1%BA%BF%20ho%E1%BA%A1ch&page=1",
                "/reports?campaign=" + id + "&missingPage=1",
                "/api/v1/campaigns/" + id + "/completeness?page=1&size=20",
                "/commendations?page=1",
                "/api/v1/commendation-rounds?campaign=" + id + "&page=1");
        String cookie = signIn();

        grow(t, 100);
        // once before counting: the first page of a new session stores what later pages only read
        measure(paths, cookie);
        Map<String, Integer> small = measure(paths, cookie);
        grow(t, 9_900);
        Map<String, Integer> large = measure(paths, cookie);

        assertThat(large).as("statements per request, 10,000 units against 100").isEqualTo(small);
        assertThat(small.values()).allMatch(n -> n > 0);
    }

    /** Adds {@code n} khu dân cư under the district's communes, each with a sent report and a festival. */
    private void grow(Territory t, int n) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into org_unit (id, structure_code, code, name, name_folded, type_code, level,
                                                  parent_id, path, valid_from, valid_to)
                            select u.id, u.structure_code, 'TKDC' || u.id, 'Khu dân cư ' || u.id, 'khu dan cu ' || u.id,
                                   'RESIDENTIAL_AREA', u.level + 1, u.parent_id, u.path || u.id || '/', u.valid_from, u.valid_to
                            from (select nextval('org_unit_id_seq') as id, c.structure_code, c.id as parent_id, c.path,
                                         c.level, c.valid_from, c.valid_to
                                  from generate_series(1, ?) g
                                  join lateral (select * from org_unit c where c.parent_id = ?
                                                  and c.type_code <> 'COMMITTEE'
                                                order by c.id offset (g % 10) limit 1) c on true) u
                            """).params(n, t.district().id()).update();
            jdbc.sql("""
                            insert into report (form_id, unit_id, status, data, submitted_at, late, created_at,
                                                updated_at, updated_by)
                            select ?, o.id, 'SUBMITTED', '{}'::jsonb, now(), false, now(), now(), 'test'
                            from org_unit o
                            where o.path like ? and o.code like 'TKDC%'
                              and not exists (select 1 from report r where r.form_id = ? and r.unit_id = o.id)
                            """)
                    .params(t.form().id(), t.district().path() + "%", t.form().id())
                    .update();
            jdbc.sql("""
                            insert into festival (campaign_id, unit_id, starts_at, ends_at, venue, status)
                            select ?, o.id, timestamptz '2022-08-18 08:00+07', timestamptz '2022-08-18 11:00+07',
                                   'Nhà văn hóa', 'REGISTERED'
                            from org_unit o
                            where o.path like ? and o.code like 'TKDC%'
                              and not exists (select 1 from festival f where f.campaign_id = ? and f.unit_id = o.id)
                            """)
                    .params(
                            t.campaign().id(),
                            t.district().path() + "%",
                            t.campaign().id())
                    .update();
            // a practice model, an evaluation and a budget estimate with one line per khu dân cư, so
            // that the lists paged in the second round have full pages to read
            jdbc.sql("""
                            insert into outreach_model (name, field, unit_id, launched_on, registered_by, created_at)
                            select 'Mô hình ' || o.id, 'An ninh', o.id,
                                   case when o.id % 2 = 0 then date '2022-08-01' end, 'test', now()
                            from org_unit o
                            where o.path like ? and o.code like 'TKDC%'
                              and not exists (select 1 from outreach_model m where m.unit_id = o.id)
                            """).param(t.district().path() + "%").update();
            jdbc.sql("""
                            insert into evaluation (rule_set_id, unit_id, unit_path, year, period_start, period_end,
                                                    status, authority_unit_id, registered_on, registered_by)
                            select (select id from evaluation_rule_set where unit_kind = 'KDC' order by id limit 1),
                                   o.id, o.path, 2047, date '2046-10-01', date '2047-09-30', 'REGISTERED', ?,
                                   date '2047-02-01', 'test'
                            from org_unit o
                            where o.path like ? and o.code like 'TKDC%'
                              and not exists (select 1 from evaluation e where e.unit_id = o.id and e.year = 2047)
                            """).params(t.district().id(), t.district().path() + "%").update();
            jdbc.sql("""
                            insert into budget_estimate (campaign_id, unit_id, appraiser_unit_id, approver_unit_id,
                                                         title, status, created_by, created_at)
                            select ?, o.id, ?, ?, 'Dự toán ' || o.id, 'DRAFT', 'test', now()
                            from org_unit o
                            where o.path like ? and o.code like 'TKDC%'
                              and not exists (select 1 from budget_estimate e where e.unit_id = o.id)
                            """)
                    .params(
                            t.campaign().id(),
                            t.district().id(),
                            t.district().id(),
                            t.district().path() + "%")
                    .update();
            jdbc.sql("""
                            insert into budget_line (estimate_id, line_no, activity, activity_label, content,
                                                     unit_of_measure, quantity, unit_price, amount, source,
                                                     spending_unit_id)
                            select e.id, 1, 'OTHER', 'Khác', 'Nước uống', 'thùng', 2, 100000, 200000, 'LOCAL_BUDGET',
                                   e.unit_id
                            from budget_estimate e
                            where e.campaign_id = ?
                              and not exists (select 1 from budget_line l where l.estimate_id = e.id)
                            """).param(t.campaign().id()).update();
            // written by SQL, past the changes that keep the roll-ups: recount them as an import does
            counts.rebuild(t.form().id());
            rollups.rebuild(t.form().id());
            festivals.rebuildCounts();
        });
    }

    private Map<String, Integer> measure(List<String> paths, String cookie) throws Exception {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (String path : paths) {
            String probe = UUID.randomUUID().toString();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header(StatementCounter.HEADER, probe)
                    .GET();
            if (path.startsWith("/api/")) {
                request.header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            } else {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            found.put(path, StatementCounter.take(probe));
        }
        return found;
    }

    private String signIn() throws Exception {
        String base = "http://localhost:" + port;
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(m.find()).isTrue();
        String form = "username=" + USER + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> done = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookieOf(login))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(302);
        return cookieOf(done);
    }

    private static String cookieOf(HttpResponse<?> r) {
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }
}
