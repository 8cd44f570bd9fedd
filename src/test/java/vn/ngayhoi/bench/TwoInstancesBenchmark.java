package vn.ngayhoi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ngayhoi.cluster.Browser;
import vn.ngayhoi.cluster.Cluster;
import vn.ngayhoi.support.PageClient;

/**
 * Issue 20 (d): the national dashboard's requests per second through HAProxy to two instances against
 * one instance alone, same database, same clients. Needs the packaged jar and the suite's demo backup:
 * {@code mvn -DskipTests package} after a suite run, then {@code mvn -Pbench test -Dtest=TwoInstancesBenchmark}.
 * Prints its figures; asserts nothing.
 */
class TwoInstancesBenchmark {

    static final String USER = "thuongtruc";
    static final String PASSWORD = "Quanson@2022";
    static final int CLIENTS = Integer.getInteger("bench.clients", 20);
    static final long SECONDS = Long.getLong("bench.seconds", 20);

    @Test
    void dashboardThroughTwoInstancesAgainstOne() throws Exception {
        try (Cluster cluster = Cluster.start(2, Cluster.DEMO_BACKUP, Cluster.BENCH_JVM)) {
            int lb = cluster.balancerPort;
            Browser office = signIn(lb);
            // The demo campaign, the only one of 2022: the backup also holds what the suite's tests
            // left, and the newest campaign on /tasks may be one whose dashboard the office cannot see.
            HttpResponse<String> campaigns = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + lb + "/api/v1/campaigns?year=2022"))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString((USER + ":" + PASSWORD)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(campaigns.body());
            if (campaigns.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("no 2022 campaign: " + campaigns.statusCode() + " " + campaigns.body());
            }
            String dashboard = "/reports/dashboard?campaign=" + m.group(1);
            // warm both instances up through the balancer, then measure one alone and both together
            run(office, lb, dashboard, 5);
            // one, two, two, one: each side once early and once late, so warming up favours neither
            Result one = run(office, cluster.appPorts.get(0), dashboard, SECONDS);
            Result two = run(office, lb, dashboard, SECONDS);
            Result twoAgain = run(office, lb, dashboard, SECONDS);
            Result oneAgain = run(office, cluster.appPorts.get(0), dashboard, SECONDS);
            System.out.printf(
                    "TWO INSTANCES (d): dashboard, %d closed-loop clients, %d s each, order one-two-two-one%n"
                            + "  one instance (direct):         %.1f and %.1f req/s, %d errors%n"
                            + "  two instances behind HAProxy:  %.1f and %.1f req/s, %d errors (%.0f %% of one)%n",
                    CLIENTS,
                    SECONDS,
                    one.rps(),
                    oneAgain.rps(),
                    one.errors() + oneAgain.errors(),
                    two.rps(),
                    twoAgain.rps(),
                    two.errors() + twoAgain.errors(),
                    100 * (two.rps() + twoAgain.rps()) / (one.rps() + oneAgain.rps()));
        }
    }

    record Result(double rps, long errors) {}

    private static Result run(Browser b, int port, String path, long seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        Browser.Answer a = b.get(port, path);
                        if (a.status() == 200) {
                            ok.incrementAndGet();
                        } else if (errors.incrementAndGet() == 1) {
                            System.out.printf(
                                    "first error on port %d: %d %s%n",
                                    port, a.status(), a.location() == null ? "" : a.location());
                        }
                    }
                }));
            }
            for (Future<?> f : clients) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(ok.get() / elapsed, errors.get());
    }

    private static Browser signIn(int port) {
        Browser b = new Browser();
        Browser.Answer login = b.get(port, "/login");
        Browser.Answer done = b.post(
                port, "/login", Map.of("username", USER, "password", PASSWORD, "_csrf", PageClient.csrf(login.text())));
        if (done.status() != 302 || done.location().contains("error")) {
            throw new IllegalStateException("sign-in failed");
        }
        return b;
    }
}
