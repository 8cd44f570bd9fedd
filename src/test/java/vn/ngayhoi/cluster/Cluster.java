package vn.ngayhoi.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Several application instances of the built jar on one PostgreSQL, sharing an S3-compatible file
 * store (Adobe S3Mock, a separate process) behind HAProxy: the set-up the README describes, started
 * by the two-instance test and the benchmark. The database is an embedded PostgreSQL started here,
 * new at each start, which the instances reach as an external server. Either the first instance
 * loads the test's own data at its start ({@link ClusterSeed}), so nothing depends on what ran
 * before; or (the benchmark) the jar's own {@code restore} command fills it from a backup first.
 */
public final class Cluster implements AutoCloseable {

    static final Path WORK = Path.of("target", "cluster");
    static final Path JAR = Path.of("target", "ngayhoi.jar");
    static final String BUCKET = "ngayhoi";
    public static final Path DEMO_BACKUP = Path.of("target", "demo.backup");
    static final Path SEED_CLASSES = Path.of("target", "test-classes", "vn", "ngayhoi", "cluster");
    /** Small heaps, the client compiler only and one GC thread: four JVMs share two cores here. */
    public static final List<String> JVM =
            List.of("-Xmx384m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** The instances' settings of benchmark (d)'s recorded runs (docs/benchmarks.md). */
    public static final List<String> BENCH_JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

    private final List<String> appJvm;

    private final List<Process> processes = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final long started = System.nanoTime();
    private EmbeddedPostgres pg;
    public int s3Port;
    public int balancerPort;
    public final List<Integer> appPorts = new ArrayList<>();

    /**
     * Starts the database, the object store, {@code instances} application processes and HAProxy; the
     * first instance loads {@link ClusterSeed}.
     */
    public static Cluster start(int instances) throws Exception {
        return start(instances, null, JVM);
    }

    /**
     * As above, on the data of {@code backup} (restored by the jar) instead of the seed, the instances
     * started with {@code appJvm}.
     */
    public static Cluster start(int instances, Path backup, List<String> appJvm) throws Exception {
        Cluster c = new Cluster(appJvm);
        try {
            c.boot(instances, backup);
            return c;
        } catch (Exception | AssertionError e) {
            c.close();
            throw e;
        }
    }

    private Cluster(List<String> appJvm) {
        this.appJvm = List.copyOf(appJvm);
    }

    private void boot(int instances, Path backup) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run after mvn package");
        }
        if (backup != null && !Files.isRegularFile(backup)) {
            throw new IllegalStateException(backup + " is missing");
        }
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        s3Port = freePort();
        List<String> s3Command = new ArrayList<>(List.of("java"));
        s3Command.addAll(JVM);
        s3Command.addAll(List.of(
                "-jar",
                s3MockJar().toString(),
                "--server.port=0",
                "--com.adobe.testing.s3mock.http-port=" + s3Port,
                "--com.adobe.testing.s3mock.store.root=" + WORK.resolve("s3").toAbsolutePath(),
                // the bucket exists from the start, so no instance has to wait for the store to start
                "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET));
        Process s3 = spawn("s3mock", Map.of(), s3Command);
        // the database starts while the object store does
        pg = EmbeddedPostgres.builder()
                .setDataDirectory(WORK.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .start();
        Path seed = backup == null ? copySeed() : null;
        if (backup != null) {
            waitFor("S3Mock", "http://localhost:" + s3Port + "/", Duration.ofSeconds(120), s3);
            Process restore = spawn(
                    "restore",
                    env(0),
                    jar(List.of("restore", backup.toAbsolutePath().toString())));
            if (!restore.waitFor(180, TimeUnit.SECONDS) || restore.exitValue() != 0) {
                throw new IllegalStateException("restore failed, see " + WORK.resolve("restore.log"));
            }
        }
        // All instances start at once on the new database, while the object store may still be
        // starting: Flyway's lock lets one migrate, the others wait for it; the seed's instance
        // waits for the store before it issues the plan.
        List<Process> apps = new ArrayList<>();
        for (int i = 1; i <= instances; i++) {
            int port = freePort();
            appPorts.add(port);
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(appJvm);
            if (i == 1 && seed != null) {
                command.addAll(List.of(
                        "-Dloader.path=" + seed.toAbsolutePath(),
                        "-cp",
                        JAR.toString(),
                        "org.springframework.boot.loader.launch.PropertiesLauncher",
                        "--spring.main.sources=" + ClusterSeed.class.getName()));
            } else {
                command.addAll(List.of("-jar", JAR.toString()));
            }
            apps.add(spawn("app" + i, env(port), command));
        }
        for (int i = 0; i < instances; i++) {
            waitFor(
                    "app" + (i + 1),
                    "http://localhost:" + appPorts.get(i) + "/actuator/health/readiness",
                    Duration.ofSeconds(240),
                    apps.get(i));
        }
        waitFor("S3Mock", "http://localhost:" + s3Port + "/", Duration.ofSeconds(120), s3);
        balancerPort = freePort();
        Path cfg = WORK.resolve("haproxy.cfg");
        Files.writeString(cfg, haproxyConfig(balancerPort, appPorts));
        Process haproxy = spawn("haproxy", Map.of(), List.of("haproxy", "-db", "-f", cfg.toString()));
        waitFor(
                "HAProxy",
                "http://localhost:" + balancerPort + "/actuator/health/readiness",
                Duration.ofSeconds(30),
                haproxy);
        System.out.printf(
                "cluster: %d instances ready behind HAProxy %.1f s after the start%n",
                instances, (System.nanoTime() - started) / 1e9);
    }

    private static List<String> jar(List<String> args) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(args);
        return command;
    }

    /**
     * The seed's compiled classes alone in a folder of their own, for the first instance's class path:
     * the whole of target/test-classes would bring the suite's test configurations into the scan.
     */
    private static Path copySeed() throws IOException {
        Path to = WORK.resolve("seed").resolve(SEED_CLASSES.subpath(2, SEED_CLASSES.getNameCount()));
        Files.createDirectories(to);
        try (var classes = Files.list(SEED_CLASSES)) {
            for (Path c : classes.filter(p -> p.getFileName().toString().startsWith(ClusterSeed.class.getSimpleName()))
                    .toList()) {
                Files.copy(c, to.resolve(c.getFileName()));
            }
        }
        return WORK.resolve("seed");
    }

    /** The README's configuration, on the ports of this run. */
    static String haproxyConfig(int port, List<Integer> appPorts) {
        StringBuilder b = new StringBuilder("""
                global
                    maxconn 2000
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 60s
                    timeout server 60s
                    option forwardfor
                frontend ngayhoi
                    bind 127.0.0.1:%d
                    default_backend app
                backend app
                    balance roundrobin
                    option httpchk GET /actuator/health/readiness
                    http-response set-header X-Served-By %%[srv_name]
                """.formatted(port));
        for (int i = 0; i < appPorts.size(); i++) {
            b.append("    server app")
                    .append(i + 1)
                    .append(" 127.0.0.1:")
                    .append(appPorts.get(i))
                    .append(" check inter 2s\n");
        }
        return b.toString();
    }

    private Map<String, String> env(int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres");
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("NGAYHOI_FILES", "s3");
        env.put("NGAYHOI_S3_ENDPOINT", "http://localhost:" + s3Port);
        env.put("NGAYHOI_S3_BUCKET", BUCKET);
        env.put("NGAYHOI_S3_ACCESS_KEY", "cluster-test");
        env.put("NGAYHOI_S3_SECRET_KEY", "cluster-test-secret");
        env.put("NGAYHOI_S3_CREATE_BUCKET", "false");
        env.put("NGAYHOI_UNITS_IMPORTBUNDLED", "false");
        env.put("NGAYHOI_REMINDERS_ENABLED", "false");
        env.put("NGAYHOI_DATA_DIR", WORK.resolve("data-" + port).toString());
        env.put("PORT", Integer.toString(port));
        return env;
    }

    private Process spawn(String name, Map<String, String> env, List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.redirectOutput(WORK.resolve(name + ".log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("NGAYHOI_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        processes.add(p);
        names.add(name);
        return p;
    }

    private static void waitFor(String what, String url, Duration limit, Process process) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " stopped, see " + WORK);
            }
            try {
                int status = http.send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            // polling a process that gives no other signal of readiness
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException(what + " not ready after " + limit + ", see " + WORK);
    }

    private static Path s3MockJar() {
        String configured = System.getProperty("s3mock.jar");
        Path jar = configured != null
                ? Path.of(configured)
                : Path.of(
                        System.getProperty("user.home"),
                        ".m2",
                        "repository",
                        "com",
                        "adobe",
                        "testing",
                        "s3mock",
                        "4.11.0",
                        "s3mock-4.11.0-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3Mock is missing at " + jar);
        }
        return jar;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        // What the set-up cost, for the README's figures: wall time since the start, and the
        // processor time of each process (the machine is shared, so wall time alone says little).
        StringBuilder cost = new StringBuilder(String.format(
                "cluster: %.1f s wall since start; processor seconds:", (System.nanoTime() - started) / 1e9));
        for (int i = 0; i < processes.size(); i++) {
            cost.append(String.format(
                    " %s %.1f",
                    names.get(i),
                    processes
                                    .get(i)
                                    .info()
                                    .totalCpuDuration()
                                    .orElse(Duration.ZERO)
                                    .toMillis()
                            / 1000.0));
        }
        System.out.println(cost);
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.destroy();
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (pg != null) {
            pg.close();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
