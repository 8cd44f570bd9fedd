package vn.ngayhoi.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import vn.ngayhoi.shared.files.FileStore;
import vn.ngayhoi.shared.files.FileStores;
import vn.ngayhoi.shared.files.V52__Files_moved_to_the_file_store;

/**
 * {@code java -jar ngayhoi.jar backup FILE} and {@code restore FILE}: the same configuration as the
 * application (application.properties and the environment: {@code SPRING_DATASOURCE_URL} or the
 * embedded database under {@code NGAYHOI_DATA_DIR}, and the file store), without starting it. On the
 * embedded database a backup reads the server of a running application (a hot backup) or starts the
 * server itself; a restore refuses while the application runs.
 */
public final class BackupCommand {

    private BackupCommand() {}

    /** Whether the arguments name a command of this class rather than starting the application. */
    public static boolean handles(String[] args) {
        return args.length > 0 && List.of("backup", "restore").contains(args[0]);
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args) {
        if (args.length != 2) {
            System.err.println(BackupMessages.get("usage"));
            return 2;
        }
        ConfigurableEnvironment env = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(env);
        Path file = Path.of(args[1]);
        try {
            FileStore store = FileStores.fromProperties(env);
            try (Database db = open(env, "restore".equals(args[0]))) {
                if ("backup".equals(args[0])) {
                    Backups.Summary s = Backups.backup(db.dataSource(), store, file);
                    System.out.println(BackupMessages.get(
                            "written", file, s.schemaVersion(), s.tables().size(), rows(s), s.files()));
                } else {
                    if (!Files.isRegularFile(file)) {
                        System.err.println(BackupMessages.get("noFile", file));
                        return 2;
                    }
                    Backups.Summary s = Backups.restore(db.dataSource(), store, file, migrator(store));
                    System.out.println(BackupMessages.get(
                            "restored", file, s.schemaVersion(), s.tables().size(), rows(s), s.files()));
                }
            }
            if (store instanceof AutoCloseable closeable) {
                closeable.close();
            }
            return 0;
        } catch (Exception e) {
            System.err.println(BackupMessages.get("failed." + args[0], e.getMessage()));
            return 1;
        }
    }

    private static long rows(Backups.Summary s) {
        return s.tables().values().stream().mapToLong(Backups.TableSum::rows).sum();
    }

    /** Flyway with the application's migrations (the Java one moves files into this store). */
    public static Backups.Migrator migrator(FileStore store) {
        return (dataSource, version) -> Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V52__Files_moved_to_the_file_store(store))
                .target(version)
                .load()
                .migrate();
    }

    private record Database(DataSource dataSource, EmbeddedPostgres startedHere) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (startedHere != null) {
                startedHere.close();
            }
        }
    }

    private static Database open(ConfigurableEnvironment env, boolean restore) throws IOException {
        String url = env.getProperty("spring.datasource.url", "");
        if (!url.isBlank()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(env.getProperty("spring.datasource.username", ""));
            ds.setPassword(env.getProperty("spring.datasource.password", ""));
            return new Database(ds, null);
        }
        Path folder = Path.of(env.getProperty("ngayhoi.data-dir", "data"))
                .resolve("postgres")
                .toAbsolutePath()
                .normalize();
        Optional<Integer> runningPort = runningServerPort(folder);
        if (runningPort.isPresent()) {
            if (restore) {
                throw new IllegalStateException(BackupMessages.get("running", folder));
            }
            return new Database(local(runningPort.get()), null);
        }
        EmbeddedPostgres pg = EmbeddedPostgresServer.startUnmanaged(folder);
        return new Database(local(pg.getPort()), pg);
    }

    private static DataSource local(int port) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://localhost:" + port + "/postgres");
        ds.setUser("postgres");
        return ds;
    }

    /** The port of a live server on the folder (its postmaster.pid names the pid and, on line 4, the port). */
    static Optional<Integer> runningServerPort(Path folder) throws IOException {
        Path pidFile = folder.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.size() < 4
                || !lines.get(0).trim().matches("\\d+")
                || !lines.get(3).trim().matches("\\d+")) {
            return Optional.empty();
        }
        boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .isPresent();
        return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
    }
}
