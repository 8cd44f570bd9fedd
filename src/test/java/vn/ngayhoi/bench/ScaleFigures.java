package vn.ngayhoi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.UnitCommands.MoveUnit;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportTotals.Area;
import vn.ngayhoi.report.internal.Rollups;
import vn.ngayhoi.support.SignedIn;

/**
 * Issue 20's figures on the national data set of {@link ReportScaleBenchmark}
 * ({@code mvn -o -Pbench test -Dtest=ReportScaleBenchmark -Dbench.scale=true}):
 *
 * <ul>
 *   <li>(a) the national dashboard page at 50 closed-loop clients, requests per second as a share of
 *       the bare signed-in home page's at the same concurrency (target ≥ 50 %);
 *   <li>(b) open loop: 50 requests per second for 60 s to the national dashboard, sent on a fixed
 *       schedule whatever the answers (latency from the intended send time, so a stall counts
 *       against every request it delays), while 5 reports per second are accepted or returned
 *       through {@code ReportManagement}: p50, p99, errors (target p99 ≤ 250 ms, no errors);
 *   <li>(c) moving one commune with its five khu dân cư between two districts through
 *       {@code OrgUnitManagement.move}, the whole transaction (target ≤ 1 s); then the roll-ups of the
 *       country and both districts must equal a recount.
 * </ul>
 */
final class ScaleFigures {

    /** Reports the load leaves submitted, for (b)'s status changes (300 are needed). */
    static final int POOL = 600;

    static final int CLOSED_CLIENTS = 50;
    static final int RATE = 50;
    static final int CHANGES_PER_SECOND = 5;
    static final Duration OPEN_WARM_UP = Duration.ofSeconds(5);
    /** {@code -Dbench.openSeconds} shortens (b) for a check run (default 60, the issue's). */
    static final Duration OPEN_MEASURE = Duration.ofSeconds(Integer.getInteger("bench.openSeconds", 60));

    static final int MOVES = 6;

    private final ReportScaleBenchmark bench;
    private final long campaignId;
    private final ReportForm form;

    ScaleFigures(ReportScaleBenchmark bench, long campaignId, ReportForm form) {
        this.bench = bench;
        this.campaignId = campaignId;
        this.form = form;
    }

    void run() throws Exception {
        String page = ReportScaleBenchmark.DASHBOARD.replace("{id}", Long.toString(campaignId));
        // one client first: what a view costs without contention, service against page
        bench.dashboardPieces(campaignId);
        closedLoop(page);
        openLoop(page);
        move();
    }

    // ---------------------------------------------------------------- (a)

    private void closedLoop(String page) throws Exception {
        ReportScaleBenchmark.Load dashboard = bench.load(page, null, CLOSED_CLIENTS);
        System.out.printf("BENCH load average after (a) dashboard: %s%n", ReportScaleBenchmark.loadAverage());
        ReportScaleBenchmark.Load floor = bench.load(ReportScaleBenchmark.PAGE_FLOOR, null, CLOSED_CLIENTS);
        System.out.printf("BENCH load average after (a) floor: %s%n", ReportScaleBenchmark.loadAverage());
        System.out.printf(
                "BENCH (a) %d closed-loop clients (session), %d s measured after %d s warm-up:%n",
                CLOSED_CLIENTS,
                ReportScaleBenchmark.LOAD_MEASURE.toSeconds(),
                ReportScaleBenchmark.LOAD_WARM_UP.toSeconds());
        System.out.println("BENCH | what | requests/s | p50 | p99 | max | errors |");
        System.out.println("BENCH |---|---:|---:|---:|---:|---:|");
        System.out.println("BENCH " + dashboard.row("national dashboard `GET " + ReportScaleBenchmark.DASHBOARD + "`"));
        System.out.println("BENCH " + floor.row("floor: home page `GET /`"));
        System.out.printf(
                Locale.ROOT,
                "BENCH (a) dashboard rate as a share of the floor's: %.0f %% (target >= 50 %%)%n",
                100.0 * dashboard.requests() / floor.requests());
    }

    // ---------------------------------------------------------------- (b)

    private void openLoop(String page) throws Exception {
        List<Long> pool = bench.jdbc
                .sql("select id from report where form_id = ? and status = 'SUBMITTED' order by id")
                .param(form.id())
                .query(Long.class)
                .list();
        int needed = (int) (CHANGES_PER_SECOND * (OPEN_WARM_UP.toSeconds() + OPEN_MEASURE.toSeconds() + 2));
        if (pool.size() < needed) {
            throw new IllegalStateException("only " + pool.size() + " submitted reports for " + needed + " changes");
        }
        String cookie = new ReportScaleBenchmark.Client(bench.port, false).cookie();
        ExecutorService io = Executors.newFixedThreadPool(16);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(io)
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + bench.port + page))
                .header("Cookie", cookie)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService changer = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        java.util.Map<String, Long> failures = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicInteger changed = new AtomicInteger();
        AtomicInteger changeErrors = new AtomicInteger();
        long periodNanos = 1_000_000_000L / RATE;
        long total = (OPEN_WARM_UP.toSeconds() + OPEN_MEASURE.toSeconds()) * RATE;
        long warmUp = OPEN_WARM_UP.toSeconds() * RATE;
        long start = System.nanoTime() + 100_000_000L;
        AtomicLong next = new AtomicLong();
        try {
            changer.scheduleAtFixedRate(
                    () -> {
                        int i = changed.getAndIncrement();
                        if (i >= pool.size()) {
                            return;
                        }
                        SignedIn signedIn = new SignedIn(bench.users);
                        try {
                            signedIn.as(ReportScaleBenchmark.ADMIN);
                            if (i % 2 == 0) {
                                bench.reportManagement.accept(pool.get(i));
                            } else {
                                bench.reportManagement.returnToUnit(pool.get(i), "Bổ sung số liệu (benchmark)");
                            }
                        } catch (RuntimeException e) {
                            changeErrors.incrementAndGet();
                        } finally {
                            signedIn.clear();
                        }
                    },
                    100,
                    1000 / CHANGES_PER_SECOND,
                    TimeUnit.MILLISECONDS);
            sender.scheduleAtFixedRate(
                    () -> {
                        long i = next.getAndIncrement();
                        if (i >= total) {
                            return;
                        }
                        // the time this request was due, not when the scheduler got to it
                        long intended = start + i * periodNanos;
                        boolean measured = i >= warmUp;
                        pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                                .whenComplete((response, failure) -> {
                                    long took = System.nanoTime() - intended;
                                    if (measured) {
                                        latencies.add(took);
                                        if (failure != null || response.statusCode() != 200) {
                                            errors.incrementAndGet();
                                            failures.merge(
                                                    failure != null
                                                            ? failure.getClass().getSimpleName()
                                                            : "HTTP " + response.statusCode(),
                                                    1L,
                                                    Long::sum);
                                        }
                                    }
                                }));
                    },
                    start - System.nanoTime(),
                    periodNanos,
                    TimeUnit.NANOSECONDS);
            long end = start + total * periodNanos;
            while (System.nanoTime() < end + 200_000_000L || next.get() < total) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
            sender.shutdown();
            changer.shutdown();
            changer.awaitTermination(30, TimeUnit.SECONDS);
            for (CompletableFuture<?> f : pending) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // counted as an error in whenComplete
                }
            }
        } finally {
            sender.shutdownNow();
            changer.shutdownNow();
            io.shutdownNow();
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long changes = Math.min(changed.get(), pool.size());
        System.out.printf("BENCH load average after (b): %s%n", ReportScaleBenchmark.loadAverage());
        System.out.printf(
                Locale.ROOT,
                "BENCH (b) open loop %d req/s for %d s (after %d s warm-up) to the national dashboard, %d reports/s"
                        + " changing status (%d changes, %d refused):%n",
                RATE,
                OPEN_MEASURE.toSeconds(),
                OPEN_WARM_UP.toSeconds(),
                CHANGES_PER_SECOND,
                changes,
                changeErrors.get());
        System.out.println("BENCH | requests | p50 | p99 | max | errors |");
        System.out.println("BENCH |---:|---:|---:|---:|---:|");
        System.out.printf(
                Locale.ROOT,
                "BENCH | %d | %s ms | %s ms | %s ms | %d%s |%n",
                sorted.length,
                ReportScaleBenchmark.msOrNone(ReportScaleBenchmark.rank(sorted, 0.50)),
                ReportScaleBenchmark.msOrNone(ReportScaleBenchmark.rank(sorted, 0.99)),
                ReportScaleBenchmark.msOrNone(ReportScaleBenchmark.rank(sorted, 1.0)),
                errors.get(),
                failures.isEmpty() ? "" : " (" + failures + ")");
        // the counts after the changes must still be a recount's
        Area country = bench.totals.area(campaignId, null);
        var rolled = bench.totals.rates(country).all();
        var recounted = bench.totals.recount(country).all();
        if (!rolled.equals(recounted)) {
            throw new AssertionError("after (b) the roll-ups " + rolled + " differ from a recount " + recounted);
        }
        System.out.printf(
                Locale.ROOT,
                "BENCH (b) check: national counts from roll-ups = recount (received %,d, accepted %,d)%n",
                rolled.received(),
                rolled.accepted());
    }

    // ---------------------------------------------------------------- (c)

    private void move() {
        OrgUnit from = bench.unitManagement
                .systemFind(ReportScaleBenchmark.STRUCTURE, "412")
                .orElseThrow();
        OrgUnit to = bench.unitManagement
                .systemFind(ReportScaleBenchmark.STRUCTURE, "414")
                .orElseThrow();
        long commune = bench.jdbc
                .sql("select id from org_unit where parent_id = ? and type_code = 'WARD' order by id limit 1")
                .param(from.id())
                .query(Long.class)
                .single();
        long below = bench.jdbc
                .sql("select count(*) from org_unit where parent_id = ?")
                .param(commune)
                .query(Long.class)
                .single();
        SignedIn signedIn = new SignedIn(bench.users);
        signedIn.as(ReportScaleBenchmark.ADMIN);
        long[] nanos = new long[MOVES];
        try {
            for (int i = 0; i < MOVES; i++) {
                long target = i % 2 == 0 ? to.id() : from.id();
                long t0 = System.nanoTime();
                bench.unitManagement.move(new MoveUnit(commune, target));
                nanos[i] = System.nanoTime() - t0;
            }
            // one more move, to leave it in the other district for the check
            bench.unitManagement.move(new MoveUnit(commune, to.id()));
            for (String code : new String[] {null, "412", "414"}) {
                check(code);
            }
        } finally {
            signedIn.clear();
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        List<String> each = new ArrayList<>();
        for (long n : nanos) {
            each.add(ReportScaleBenchmark.ms(n / 1e6));
        }
        System.out.printf(
                Locale.ROOT,
                "BENCH (c) moving one ward with its %d khu dân cư between districts 412 and 414, %d moves: median %s ms,"
                        + " max %s ms (each: %s ms; target <= 1 s)%n",
                below,
                MOVES,
                ReportScaleBenchmark.ms(sorted[MOVES / 2] / 1e6),
                ReportScaleBenchmark.ms(sorted[MOVES - 1] / 1e6),
                String.join(", ", each));
    }

    /** After the moves, the area's counts equal a recount and its totals the live aggregate. */
    private void check(String code) {
        Area area = bench.totals.area(campaignId, code);
        var rolled = bench.totals.rates(area).all();
        var recounted = bench.totals.recount(area).all();
        var totals = bench.totals.totals(area, false).values();
        java.util.Map<String, java.math.BigDecimal> live = new java.util.HashMap<>();
        bench.jdbc
                .sql(Rollups.LIVE_SUM_SQL)
                .params(form.id(), area.pathPrefix() + "%", new String[] {"ACCEPTED"})
                .query(rs -> {
                    live.put(rs.getString(1), rs.getBigDecimal(2));
                });
        boolean same = totals.entrySet().stream()
                .allMatch(e ->
                        live.getOrDefault(e.getKey(), java.math.BigDecimal.ZERO).compareTo(e.getValue()) == 0);
        if (!rolled.equals(recounted) || !same) {
            throw new AssertionError("after the moves, " + (code == null ? "the country" : code) + ": counts " + rolled
                    + " / recount " + recounted + ", totals " + totals + " / live " + live);
        }
        System.out.printf(
                Locale.ROOT,
                "BENCH (c) check %s: counts = recount (expected %,d), totals = live aggregate%n",
                code == null ? "country" : code,
                rolled.expected());
    }
}
