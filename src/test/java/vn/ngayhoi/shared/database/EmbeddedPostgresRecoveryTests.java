package vn.ngayhoi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application is killed with kill -9; its postgres child lives on; the next start must cope alone. */
class EmbeddedPostgresRecoveryTests {

    @TempDir
    Path dir;

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedAndTheDataIsKept() throws Exception {
        Path data = dir.resolve("postgres");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldEmbeddedPostgres.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean ready = false;
            while (!ready && (line = out.readLine()) != null) {
                ready = line.equals("READY");
            }
            assertThat(ready).as("child started its database").isTrue();
        }

        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long stalePid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive))
                .as("postgres outlived its JVM")
                .contains(true);

        EmbeddedPostgres pg = EmbeddedPostgresServer.start(data, false);

        assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select note from survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written before kill -9");
        }
        pg.close();
    }
}
