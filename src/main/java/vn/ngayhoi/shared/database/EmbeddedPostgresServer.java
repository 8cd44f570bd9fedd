package vn.ngayhoi.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data folder and JVM. The server outlives Spring contexts (tests
 * start several) and stops with the JVM; a server left running by a killed JVM is stopped first.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

    private EmbeddedPostgresServer() {}

    /** Starts (or returns the already running) server whose cluster lives in {@code folder}. */
    public static synchronized EmbeddedPostgres start(Path folder, boolean cleanFirst) {
        return start(folder, cleanFirst, 0);
    }

    /** As above, on a fixed port ({@code 0}: any free port). */
    public static synchronized EmbeddedPostgres start(Path folder, boolean cleanFirst, int port) {
        Path dir = folder.toAbsolutePath().normalize();
        EmbeddedPostgres running = RUNNING.get(dir);
        if (running != null) {
            return running;
        }
        try {
            if (cleanFirst) {
                stopStaleServer(dir);
                deleteRecursively(dir);
            }
            Files.createDirectories(dir);
            stopStaleServer(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "localhost")
                    // The library starts postgres with -F (fsync off), fit for throw-away test
                    // databases only; these options come after it on the command line and win, so
                    // a commit the application acknowledged survives a power cut.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            log.info("Embedded PostgreSQL is running on port {} with its data in {}", pg.getPort(), dir);
            RUNNING.put(dir, pg);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /**
     * Starts a server on the folder for a command that stops it itself (backup, restore): not kept
     * for the JVM's other users, and a stale server is stopped first as at every start.
     */
    public static synchronized EmbeddedPostgres startUnmanaged(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        EmbeddedPostgres pg = start(dir, false, 0);
        RUNNING.remove(dir);
        return pg;
    }

    /**
     * After {@code kill -9} of the application its postgres child keeps running and holds the data
     * folder; stop it so that this start needs no manual step.
     */
    static void stopStaleServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<Long> pid = readPid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = process.get();
        String command = postmaster.info().command().orElse("");
        if (!command.endsWith("postgres")) {
            return;
        }
        log.warn("Stopping a PostgreSQL server (pid {}) left running on {} by an earlier run", pid.get(), dir);
        postmaster.destroy();
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try (Stream<String> lines = Files.lines(pidFile, StandardCharsets.US_ASCII)) {
            return lines.findFirst()
                    .map(String::trim)
                    .filter(s -> s.matches("\\d+"))
                    .map(Long::valueOf);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
