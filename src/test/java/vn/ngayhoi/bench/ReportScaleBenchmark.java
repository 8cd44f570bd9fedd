package vn.ngayhoi.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.NewCampaign;
import vn.ngayhoi.report.ReportDashboard;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportForm.Definition;
import vn.ngayhoi.report.ReportForm.Indicator;
import vn.ngayhoi.report.ReportForm.IndicatorType;
import vn.ngayhoi.report.ReportForm.Section;
import vn.ngayhoi.report.ReportForms;
import vn.ngayhoi.report.ReportTotals;
import vn.ngayhoi.report.ReportTotals.Area;
import vn.ngayhoi.report.internal.DefaultForm;
import vn.ngayhoi.report.internal.Rollups;
import vn.ngayhoi.support.Api;
import vn.ngayhoi.support.IntegrationTest;
import vn.ngayhoi.support.SignedIn;

/**
 * Not part of the test suite ({@code mvn -o -Pbench test -Dtest=ReportScaleBenchmark}): the 2024
 * national list (10,035 communes) with five synthetic khu dân cư under each, every one with an
 * accepted report of 30 indicators (60,210 reports, 1.8 million values), then
 *
 * <ul>
 *   <li>(a) subtree totals for the whole country, Thanh Hóa and Quan Sơn: the service, the HTTP API,
 *       the floor (the same roll-up statement through bare JDBC) and what a design without roll-ups
 *       would pay (the aggregate over raw values), median and p95 over 50 runs;
 *   <li>(b) the standing office's dashboard at 20 concurrent clients against a bare endpoint at the
 *       same concurrency: requests per second, p50 and p99.
 * </ul>
 *
 * The campaign's committee is Ban Chỉ đạo Trung ương under the national root (ADR 0034): its
 * territory, and so the form's, is the whole country, and the root is measured as an ordinary unit
 * beside the whole (key 0). The data is
 * loaded by set-based SQL (the services would take an hour); totals are then rebuilt from the
 * values by {@link Rollups#rebuild} and checked against {@link Rollups#LIVE_SUM_SQL} before any
 * figure is taken.
 */
@IntegrationTest
class ReportScaleBenchmark {

    /**
     * The standing office's dashboard, the page the target is about ({id} is the campaign). Pages
     * sign in once through the login form and then send the session cookie; paths under /api send
     * HTTP Basic on every request, as the API's clients do.
     */
    static final String DASHBOARD = "/reports/dashboard?campaign={id}";

    /** The same figures in the API. */
    static final String DASHBOARD_API = "/api/v1/campaigns/{id}/dashboard";

    /** The floors of (b): the cheapest signed-in page and API call, same clients, same sign-in. */
    static final String PAGE_FLOOR = "/";

    static final String API_FLOOR = "/api/v1/me";

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Admin-Test-Password-1";
    static final String STRUCTURE = "2024";
    static final int COMMUNES = 10_035;
    static final String[] COMMUNE_TYPES = DefaultForm.COMMUNE_TYPES.toArray(String[]::new);
    static final int AREAS_PER_COMMUNE = 5;
    static final int INDICATORS = 30;
    /**
     * Warm-ups before each timed row, {@code -Dbench.warmUps} (default 5, as in the first runs); a
     * row's first requests run interpreted code until the JIT has compiled its path.
     */
    static final int WARM_UPS = Integer.getInteger("bench.warmUps", 5);

    static final int RUNS = 50;
    static final int CLIENTS = 20;
    /**
     * Warm-up and measured seconds of each closed-loop row, {@code -Dbench.warmUpSeconds} and
     * {@code -Dbench.seconds} (defaults 5 and 20): shorter runs check that everything works on a
     * machine too busy for figures worth recording.
     */
    static final Duration LOAD_WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmUpSeconds", 5));

    static final Duration LOAD_MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    static final OffsetDateTime AT = OffsetDateTime.parse("2024-11-20T08:00:00+07:00");

    static final String ROLLUP_SQL =
            "select indicator_code, accepted from report_total where form_id = ? and unit_id = ?";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    ReportForms forms;

    @Autowired
    ReportTotals totals;

    @Autowired
    Rollups rollups;

    @Autowired
    ReportDashboard dashboards;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @Autowired
    java.time.Clock clock;

    /**
     * {@code -Dbench.totalsOnly=true} stops after (a), the subtree totals (Basic beside Bearer): about
     * three minutes instead of six, for a run that compares credentials only.
     */
    static final boolean TOTALS_ONLY = Boolean.getBoolean("bench.totalsOnly");

    /**
     * {@code -Dbench.scale=true} runs issue 20's figures instead of (a) and (b) above: see
     * {@link ScaleFigures}. The load then leaves {@link ScaleFigures#POOL} reports submitted, not
     * accepted, for the status changes of its open-loop run.
     */
    static final boolean SCALE = Boolean.getBoolean("bench.scale");

    @Autowired
    vn.ngayhoi.report.internal.CountRollups counts;

    @Autowired
    vn.ngayhoi.report.ReportManagement reportManagement;

    @Autowired
    vn.ngayhoi.orgunit.OrgUnitManagement unitManagement;

    @AfterEach
    void signOut() {
        new SignedIn(users).clear();
    }

    /** One subtree measured: the country (no unit code, key 0), a province, a district. */
    record Scope(String label, String unitCode, long key, String pathPrefix) {}

    @Test
    void totalsAndDashboardAtNationalScale() throws Exception {
        new SignedIn(users).as(ADMIN);
        System.out.printf("BENCH load average at start: %s%n", loadAverage());
        long campaignId = load();
        ReportForm form = forms.find(campaignId).orElseThrow();

        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope("whole country", null, Rollups.EVERYTHING, "/"));
        Area root = totals.area(campaignId, "VN");
        scopes.add(new Scope(
                "national root (VN)", "VN", root.unit().id(), root.unit().path()));
        for (String[] s : new String[][] {{"Thanh Hóa (38)", "38"}, {"Quan Sơn (387)", "387"}}) {
            Area area = totals.area(campaignId, s[1]);
            if (!STRUCTURE.equals(area.unit().structureCode())) {
                throw new IllegalStateException(s[1] + " resolved outside the 2024 structure");
            }
            scopes.add(new Scope(s[0], s[1], area.unit().id(), area.unit().path()));
        }
        check(campaignId, form, scopes);
        var rates = totals.rates(totals.area(campaignId, null)).all();
        System.out.printf(
                Locale.ROOT,
                "BENCH dashboard counts, whole country: expected %,d, received %,d, accepted %,d%n",
                rates.expected(),
                rates.received(),
                rates.accepted());
        long pool = SCALE ? ScaleFigures.POOL : 0;
        if (rates.received() != (long) COMMUNES * (AREAS_PER_COMMUNE + 1)
                || rates.accepted() != rates.received() - pool
                || !rates.equals(totals.recount(totals.area(campaignId, null)).all())) {
            throw new AssertionError("the dashboard's counts are wrong: " + rates);
        }
        if (SCALE) {
            new ScaleFigures(this, campaignId, form).run();
            System.out.printf("BENCH load average at end: %s%n", loadAverage());
            return;
        }
        if (!Boolean.getBoolean("bench.skipTotals")) {
            measureTotals(campaignId, form, scopes);
        }
        if (!TOTALS_ONLY) {
            dashboardPieces(campaignId);
            measureDashboard(campaignId);
        }
        System.out.printf("BENCH load average at end: %s%n", loadAverage());
    }

    // ---------------------------------------------------------------- loading

    private long load() {
        long communes = jdbc.sql(
                        "select count(*) from org_unit where structure_code = ? and type_code = any(?::text[])")
                .params(STRUCTURE, COMMUNE_TYPES)
                .query(Long.class)
                .single();
        if (communes != COMMUNES) {
            throw new IllegalStateException("expected " + COMMUNES + " communes in 2024, found " + communes);
        }
        long started = System.nanoTime();
        long committee = jdbc.sql("""
                        select c.id from org_unit c join org_unit r on r.id = c.parent_id
                        where r.structure_code = 'VN' and r.code = 'VN' and c.type_code = 'COMMITTEE'
                        order by c.id limit 1
                        """).query(Long.class).single();
        Campaign campaign = campaigns.systemCreate(new NewCampaign(
                committee,
                2024,
                "Ngày hội toàn dân bảo vệ an ninh Tổ quốc 2024 (benchmark)",
                LocalDate.of(2024, 8, 1),
                LocalDate.of(2024, 8, 31),
                LocalDate.of(2024, 11, 30),
                null,
                null,
                null,
                null,
                List.of()));
        ReportForm form = forms.systemDefine(campaign, definition());
        List<String> types = new ArrayList<>(DefaultForm.COMMUNE_TYPES);
        types.add("RESIDENTIAL_AREA");
        jdbc.sql("update report_form set assign_types = ?::text[] where id = ?")
                .params(types.toArray(String[]::new), form.id())
                .update();

        int areas = jdbc.sql("""
                        insert into org_unit (id, structure_code, code, name, name_folded, type_code, level, parent_id,
                                              path, valid_from, valid_to)
                        select n.id, n.structure_code, 'BKDC' || n.id, 'Khu dân cư số ' || n.g, 'khu dan cu so ' || n.g,
                               'RESIDENTIAL_AREA', 4, n.parent_id, n.path || n.id || '/', n.valid_from, n.valid_to
                        from (select nextval('org_unit_id_seq') as id, c.structure_code, c.id as parent_id, c.path,
                                     c.valid_from, c.valid_to, g
                              from org_unit c cross join generate_series(1, ?) g
                              where c.structure_code = ? and c.type_code = any(?::text[])
                              order by c.path, g) n
                        """)
                .params(AREAS_PER_COMMUNE, STRUCTURE, COMMUNE_TYPES)
                .update();
        int reports = jdbc.sql("""
                        insert into report (form_id, unit_id, status, data, submitted_at, late, decided_at, decided_by,
                                            created_at, updated_at, updated_by)
                        select ?, o.id, 'ACCEPTED', '{}'::jsonb, ?, false, ?, 'bench', ?, ?, 'bench'
                        from org_unit o
                        where o.structure_code = ?
                          and (o.type_code = any(?::text[]) or (o.level = 4 and o.code like 'BKDC%'))
                        order by o.path
                        """)
                .params(form.id(), AT, AT, AT, AT, STRUCTURE, COMMUNE_TYPES)
                .update();
        // Pseudo-random but repeatable: the same values on every run.
        int values = jdbc.sql("""
                        insert into report_value (report_id, indicator_code, value)
                        select r.id, 'i' || lpad(g::text, 2, '0'), abs(hashtext(r.id || ':' || g)) % 1000
                        from report r cross join generate_series(1, ?) g
                        where r.form_id = ?
                        """).params(INDICATORS, form.id()).update();
        jdbc.sql("""
                        update report r
                        set data = jsonb_build_object('values', v.vals, 'narrative', '{}'::jsonb, 'prefilled', '[]'::jsonb)
                        from (select rv.report_id, jsonb_object_agg(rv.indicator_code, rv.value::text) as vals
                              from report_value rv join report x on x.id = rv.report_id
                              where x.form_id = ? group by rv.report_id) v
                        where v.report_id = r.id
                        """).param(form.id()).update();
        if (SCALE) {
            jdbc.sql("""
                            update report set status = 'SUBMITTED', decided_at = null, decided_by = null
                            where id in (select id from report where form_id = ? order by id limit ?)
                            """).params(form.id(), ScaleFigures.POOL).update();
        }
        long loaded = System.nanoTime();
        transactions.executeWithoutResult(status -> rollups.rebuild(form.id()));
        // the load wrote units and reports by SQL, past the status changes that keep the counts
        transactions.executeWithoutResult(status -> counts.rebuild(form.id()));
        long rebuilt = System.nanoTime();
        jdbc.sql("vacuum analyze org_unit, report, report_value, report_total").update();
        long analysed = System.nanoTime();
        long totalRows = jdbc.sql("select count(*) from report_total where form_id = ?")
                .param(form.id())
                .query(Long.class)
                .single();
        System.out.printf(
                Locale.ROOT,
                "BENCH loaded %,d khu dân cư, %,d reports, %,d values in %,d ms; Rollups.rebuild %,d ms (%,d total rows);"
                        + " VACUUM ANALYZE %,d ms%n",
                areas,
                reports,
                values,
                (loaded - started) / 1_000_000,
                (rebuilt - loaded) / 1_000_000,
                totalRows,
                (analysed - rebuilt) / 1_000_000);
        if (areas != COMMUNES * AREAS_PER_COMMUNE
                || reports != COMMUNES * (AREAS_PER_COMMUNE + 1)
                || values != reports * INDICATORS) {
            throw new IllegalStateException("the load is incomplete");
        }
        return campaign.id();
    }

    private static Definition definition() {
        List<Indicator> list = IntStream.rangeClosed(1, INDICATORS)
                .mapToObj(i -> new Indicator(
                        "i%02d".formatted(i),
                        "Chỉ tiêu " + i,
                        IndicatorType.INTEGER,
                        false,
                        BigDecimal.ZERO,
                        null,
                        List.of(),
                        null))
                .toList();
        return new Definition(
                List.of(
                        new Section("I. Chỉ tiêu 1–10", list.subList(0, 10)),
                        new Section("II. Chỉ tiêu 11–20", list.subList(10, 20)),
                        new Section("III. Chỉ tiêu 21–30", list.subList(20, 30))),
                List.of());
    }

    // ---------------------------------------------------------------- correctness

    /** The roll-ups, the service and the HTTP API must all equal the aggregate over raw values. */
    private void check(long campaignId, ReportForm form, List<Scope> scopes) {
        Api api = new Api(port);
        for (Scope s : scopes) {
            Map<String, BigDecimal> live = liveSum(form.id(), s);
            Map<String, BigDecimal> rolled = rollupSql(form.id(), s);
            Map<String, BigDecimal> service =
                    totals.totals(totals.area(campaignId, s.unitCode()), false).values();
            String body =
                    api.get(totalsPath(campaignId, s), ADMIN, ADMIN_PASSWORD).body();
            if (live.size() != INDICATORS || !same(live, rolled) || !same(live, service)) {
                throw new AssertionError("totals of " + s.label() + " differ: live " + live + ", roll-up " + rolled
                        + ", service " + service);
            }
            for (var e : live.entrySet()) {
                if (!body.contains("\"" + e.getKey() + "\":" + e.getValue().toPlainString())) {
                    throw new AssertionError("the API's totals of " + s.label() + " lack " + e + ": " + body);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "BENCH check %-16s roll-up = live aggregate = service = API on %d indicators (i01 = %s)%n",
                    s.label(),
                    live.size(),
                    live.get("i01").toPlainString());
        }
    }

    private static boolean same(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.size() == b.size()
                && a.entrySet().stream()
                        .allMatch(e ->
                                b.get(e.getKey()) != null && b.get(e.getKey()).compareTo(e.getValue()) == 0);
    }

    private Map<String, BigDecimal> rollupSql(long formId, Scope s) {
        Map<String, BigDecimal> found = new HashMap<>();
        jdbc.sql(ROLLUP_SQL).params(formId, s.key()).query(rs -> {
            found.put(rs.getString(1), rs.getBigDecimal(2));
        });
        return found;
    }

    private Map<String, BigDecimal> liveSum(long formId, Scope s) {
        Map<String, BigDecimal> found = new HashMap<>();
        jdbc.sql(Rollups.LIVE_SUM_SQL)
                .params(formId, s.pathPrefix() + "%", new String[] {"ACCEPTED"})
                .query(rs -> {
                    found.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return found;
    }

    private static String totalsPath(long campaignId, Scope s) {
        return "/api/v1/campaigns/" + campaignId + "/totals" + (s.unitCode() == null ? "" : "?unit=" + s.unitCode());
    }

    // ---------------------------------------------------------------- (a) totals

    private void measureTotals(long campaignId, ReportForm form, List<Scope> scopes) {
        Api api = new Api(port);
        // A read token of the same administrator: the same work, the credential checked by a SHA-256
        // lookup instead of BCrypt.
        Api.Reply created = api.postJson(
                "/api/v1/me/tokens",
                ADMIN,
                ADMIN_PASSWORD,
                "{\"name\":\"benchmark\",\"scope\":\"read\",\"expiresAt\":\""
                        + OffsetDateTime.now(clock).plusDays(30) + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("token: " + created.status() + " " + created.body());
        }
        String token = created.json().get("token").asString();
        List<String> rows = new ArrayList<>();
        rows.add("| what | "
                + String.join(" | ", scopes.stream().map(Scope::label).toList()) + " |");
        rows.add("|---|" + "---:|".repeat(scopes.size()));
        Map<String, List<double[]>> results = new java.util.LinkedHashMap<>();
        for (Scope s : scopes) {
            Area area = totals.area(campaignId, s.unitCode());
            String path = totalsPath(campaignId, s);
            add(
                    results,
                    "service: `ReportTotals.totals(area)`",
                    time(() -> totals.totals(area, false).values().size()));
            add(
                    results,
                    "service: `area(campaign, unit)` + `totals`",
                    time(() -> totals.totals(totals.area(campaignId, s.unitCode()), false)
                            .values()
                            .size()));
            add(results, "HTTP API `GET …/totals` (Basic sign-in each request)", time(() -> {
                Api.Reply r = api.get(path, ADMIN, ADMIN_PASSWORD);
                if (r.status() != 200) {
                    throw new IllegalStateException(path + " answered " + r.status());
                }
                return r.body().length();
            }));
            add(results, "HTTP API `GET …/totals` (Bearer access token)", time(() -> {
                Api.Reply r = api.getBearer(path, token);
                if (r.status() != 200) {
                    throw new IllegalStateException(path + " answered " + r.status());
                }
                return r.body().length();
            }));
            add(
                    results,
                    "floor: the roll-up `SELECT` through JDBC",
                    time(() -> rollupSql(form.id(), s).size()));
            add(
                    results,
                    "without roll-ups: `LIVE_SUM_SQL` through JDBC",
                    time(() -> liveSum(form.id(), s).size()));
        }
        double[] me = time(() -> {
            Api.Reply r = api.get(API_FLOOR, ADMIN, ADMIN_PASSWORD);
            if (r.status() != 200) {
                throw new IllegalStateException(API_FLOOR + " answered " + r.status());
            }
            return r.body().length();
        });
        double[] meBearer = time(() -> {
            Api.Reply r = api.getBearer(API_FLOOR, token);
            if (r.status() != 200) {
                throw new IllegalStateException(API_FLOOR + " answered " + r.status());
            }
            return r.body().length();
        });
        for (var e : results.entrySet()) {
            StringBuilder row = new StringBuilder("| " + e.getKey() + " |");
            for (double[] mp : e.getValue()) {
                row.append(String.format(Locale.ROOT, " %s / %s |", ms(mp[0]), ms(mp[1])));
            }
            rows.add(row.toString());
        }
        rows.add(String.format(
                Locale.ROOT,
                "| HTTP floor: `GET %s` (Basic sign-in each request) | %s / %s | | |",
                API_FLOOR,
                ms(me[0]),
                ms(me[1])));
        rows.add(String.format(
                Locale.ROOT,
                "| HTTP floor: `GET %s` (Bearer access token) | %s / %s | | |",
                API_FLOOR,
                ms(meBearer[0]),
                ms(meBearer[1])));
        System.out.println("BENCH (a) subtree totals, median / p95 over " + RUNS + " runs after " + WARM_UPS
                + " warm-ups, in ms:");
        rows.forEach(r -> System.out.println("BENCH " + r));
    }

    private static void add(Map<String, List<double[]>> results, String what, double[] medianP95) {
        results.computeIfAbsent(what, k -> new ArrayList<>()).add(medianP95);
    }

    /** Median and p95 (nearest rank) in ms of {@link #RUNS} runs after {@link #WARM_UPS} warm-ups. */
    private double[] time(Callable<Integer> work) {
        try {
            for (int i = 0; i < WARM_UPS; i++) {
                work.call();
            }
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                int n = work.call();
                nanos[i] = System.nanoTime() - start;
                if (n <= 0) {
                    throw new IllegalStateException("the benchmark did no work");
                }
            }
            Arrays.sort(nanos);
            return new double[] {rank(nanos, 0.50) / 1e6, rank(nanos, 0.95) / 1e6};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The nearest-rank percentile; -1 when nothing was measured (see {@link #msOrNone}). */
    static long rank(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** A percentile in ms, or a dash when no request was answered at all. */
    static String msOrNone(long nanos) {
        return nanos < 0 ? "–" : ms(nanos / 1e6);
    }

    static String ms(double ms) {
        return ms < 10
                ? String.format(Locale.ROOT, "%.2f", ms)
                : ms < 100 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.0f", ms);
    }

    // ---------------------------------------------------------------- (b) dashboard under load

    private void measureDashboard(long campaignId) throws Exception {
        String id = Long.toString(campaignId);
        String page = DASHBOARD.replace("{id}", id);
        String api = DASHBOARD_API.replace("{id}", id);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"dashboard page `GET " + DASHBOARD + "`, whole country (session)", page});
        rows.add(new String[] {"the same page for Thanh Hóa (`&unit=38`, session)", page + "&unit=38"});
        rows.add(new String[] {"floor: home page `GET " + PAGE_FLOOR + "` (session)", PAGE_FLOOR});
        rows.add(new String[] {"dashboard API `GET " + DASHBOARD_API + "`, whole country (Basic)", api});
        rows.add(new String[] {"floor: `GET " + API_FLOOR + "` (Basic)", API_FLOOR});
        List<String> lines = new ArrayList<>();
        for (String[] r : rows) {
            lines.add(load(r[1]).row(r[0]));
            System.out.printf("BENCH load average after %s: %s%n", r[1], loadAverage());
        }
        long formId = forms.find(campaignId).orElseThrow().id();
        lines.add(
                1,
                load(page, () -> rollups.touch(formId))
                        .row("the same, while the form's data version moves once a second (counts recomputed)"));
        System.out.printf("BENCH load average after the churning run: %s%n", loadAverage());
        System.out.printf(
                "BENCH (b) %d concurrent clients as %s, each sending its next request on the answer, %d s measured"
                        + " after %d s warm-up:%n",
                CLIENTS, ADMIN, LOAD_MEASURE.toSeconds(), LOAD_WARM_UP.toSeconds());
        System.out.println("BENCH | what | requests/s | p50 | p99 | max | errors |");
        System.out.println("BENCH |---|---:|---:|---:|---:|---:|");
        lines.forEach(l -> System.out.println("BENCH " + l));
    }

    /** One client's requests, single file, for the pieces of a national dashboard. */
    void dashboardPieces(long campaignId) throws Exception {
        Client client = new Client(port, false);
        List<String> rows = new ArrayList<>();
        rows.add("| what | whole country | Thanh Hóa (38) |");
        rows.add("|---|---:|---:|");
        Map<String, List<double[]>> results = new java.util.LinkedHashMap<>();
        for (String code : new String[] {null, "38"}) {
            Area area = totals.area(campaignId, code);
            String page = DASHBOARD.replace("{id}", Long.toString(campaignId)) + (code == null ? "" : "&unit=" + code);
            add(results, "dashboard page over HTTP, one client (session)", time(() -> {
                int status = client.get(page);
                if (status != 200) {
                    throw new IllegalStateException(page + " answered " + status);
                }
                return 1;
            }));
            add(
                    results,
                    "`ReportDashboard.of` (all its queries)",
                    time(() -> dashboards.of(campaignId, code).keyFigures().size()));
            add(
                    results,
                    "`ReportTotals.rates` (reports in, by unit type), counts reused",
                    time(() -> totals.rates(area).byType().size()));
            add(results, "`Rollups.touch` (an UPDATE of the form's row) then `ReportTotals.rates`", time(() -> {
                rollups.touch(area.form().id());
                return totals.rates(area).byType().size();
            }));
            add(
                    results,
                    "`ReportTotals.drillDown` (children's totals)",
                    time(() -> totals.drillDown(area, false).size() + 1));
            add(
                    results,
                    "`ReportTotals.totals`",
                    time(() -> totals.totals(area, false).values().size()));
        }
        for (var e : results.entrySet()) {
            StringBuilder row = new StringBuilder("| " + e.getKey() + " |");
            for (double[] mp : e.getValue()) {
                row.append(String.format(Locale.ROOT, " %s / %s |", ms(mp[0]), ms(mp[1])));
            }
            rows.add(row.toString());
        }
        System.out.println("BENCH the dashboard's pieces, one client, median / p95 over " + RUNS + " runs, in ms:");
        rows.forEach(r -> System.out.println("BENCH " + r));
    }

    /**
     * A closed-loop row: requests counted are the answered ones (200) started in the measured
     * window; {@code failures} says what the others were (status or exception, with how many), so a
     * row where nothing succeeded says why instead of stopping the run.
     */
    record Load(long requests, double seconds, long[] sortedNanos, long errors, Map<String, Long> failures) {
        String row(String what) {
            if (sortedNanos.length == 0) {
                return String.format(
                        Locale.ROOT, "| %s | no successful request | | | | %d (%s) |", what, errors, failures);
            }
            return String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %s ms | %s ms | %s ms | %d%s |",
                    what,
                    requests / seconds,
                    msOrNone(rank(sortedNanos, 0.50)),
                    msOrNone(rank(sortedNanos, 0.99)),
                    msOrNone(sortedNanos[sortedNanos.length - 1]),
                    errors,
                    failures.isEmpty() ? "" : " (" + failures + ")");
        }
    }

    /** {@link #CLIENTS} clients, each fetching the path again and again as soon as it has the answer. */
    private Load load(String path) throws Exception {
        return load(path, null);
    }

    /**
     * As {@link #load(String)}; {@code churn}, when given, runs once a second meanwhile (a status
     * change somewhere in the country moves the form's data version, so the next views recount).
     */
    private Load load(String path, Runnable churn) throws Exception {
        return load(path, churn, CLIENTS);
    }

    Load load(String path, Runnable churn, int clientCount) throws Exception {
        List<Client> clients = new ArrayList<>();
        for (int c = 0; c < clientCount; c++) {
            clients.add(new Client(port, path.startsWith("/api/")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clientCount);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        if (churn != null) {
            ticker.scheduleAtFixedRate(churn, 1, 1, TimeUnit.SECONDS);
        }
        try {
            long measureFrom = System.nanoTime() + LOAD_WARM_UP.toNanos();
            long until = measureFrom + LOAD_MEASURE.toNanos();
            List<Future<long[]>> running = new ArrayList<>();
            AtomicLong errors = new AtomicLong();
            Map<String, Long> failures = new java.util.concurrent.ConcurrentSkipListMap<>();
            for (Client http : clients) {
                running.add(pool.submit(() -> {
                    long[] nanos = new long[1024];
                    int n = 0;
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= until) {
                            break;
                        }
                        String failure = null;
                        try {
                            int status = http.get(path);
                            if (status != 200) {
                                failure = "HTTP " + status;
                            }
                        } catch (IOException e) {
                            failure = e.getClass().getSimpleName();
                        }
                        long took = System.nanoTime() - start;
                        if (start >= measureFrom) {
                            if (failure != null) {
                                errors.incrementAndGet();
                                failures.merge(failure, 1L, Long::sum);
                                continue;
                            }
                            if (n == nanos.length) {
                                nanos = Arrays.copyOf(nanos, n * 2);
                            }
                            nanos[n++] = took;
                        } else if (failure != null) {
                            failures.merge("warm-up " + failure, 1L, Long::sum);
                        }
                    }
                    return Arrays.copyOf(nanos, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : running) {
                all.add(f.get());
            }
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Load(merged.length, LOAD_MEASURE.toNanos() / 1e9, merged, errors.get(), failures);
        } finally {
            pool.shutdownNow();
            ticker.shutdownNow();
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** One client: its own connection, HTTP Basic on every request (API) or a session cookie (pages). */
    static final class Client {
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final String base;
        private final String authorization;
        private final String cookie;

        String cookie() {
            return cookie;
        }

        Client(int port, boolean basic) throws Exception {
            this.base = "http://localhost:" + port;
            if (basic) {
                this.authorization = "Basic "
                        + Base64.getEncoder()
                                .encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
                this.cookie = null;
            } else {
                this.authorization = null;
                this.cookie = signIn();
            }
        }

        int get(String path) throws Exception {
            // a stalled server shows as a timeout among the failures instead of a row that never ends
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .GET();
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode();
        }

        private String signIn() throws Exception {
            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + ADMIN + "&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> done = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", cookieOf(login))
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = done.headers().firstValue("Location").orElse("");
            if (done.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in failed: " + done.statusCode() + " " + location);
            }
            return cookieOf(done);
        }

        private static String cookieOf(HttpResponse<?> r) {
            return r.headers()
                    .firstValue("Set-Cookie")
                    .orElseThrow(() -> new IllegalStateException("no session cookie"))
                    .split(";")[0];
        }
    }
}
