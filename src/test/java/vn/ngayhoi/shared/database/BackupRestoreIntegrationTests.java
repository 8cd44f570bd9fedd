package vn.ngayhoi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import vn.ngayhoi.shared.files.FileStore;
import vn.ngayhoi.shared.files.FolderFileStore;
import vn.ngayhoi.shared.files.Hashes;
import vn.ngayhoi.support.IntegrationTest;

/**
 * The backup of the embedded test database (the demo and whatever earlier tests wrote) and its file
 * store, restored into a new database on the same server and a new folder store: every table's row
 * count and checksum and every file's hash come back equal, and the sequences go on after the restored
 * rows. The code under test is what {@code java -jar ngayhoi.jar backup|restore FILE} runs.
 */
@IntegrationTest
class BackupRestoreIntegrationTests {

    static final String DB = "backup_roundtrip";

    @Autowired
    DataSource dataSource;

    @Autowired
    FileStore files;

    @TempDir
    Path dir;

    @Test
    void aBackupRestoredElsewhereHasEveryRowAndEveryFile() throws Exception {
        JdbcClient main = JdbcClient.create(dataSource);
        main.sql("drop database if exists " + DB).update();
        main.sql("create database " + DB).update();
        DataSource target = database(DB);
        FolderFileStore restoredFiles = new FolderFileStore(dir.resolve("files"));
        Path file = dir.resolve("ngayhoi.backup");
        try {
            List<String> names;
            try (var s = files.names()) {
                names = s.toList();
            }

            Backups.Summary written = Backups.backup(dataSource, files, file);
            // the two-instance test (after package) starts its database from this backup of the demo
            Files.copy(file, Path.of("target", "demo.backup"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // the backup's own figures, taken in its snapshot, are what the restored copy must show
            Map<String, Backups.TableSum> before = written.tables();
            assertThat(before.keySet()).containsAll(tables(dataSource));
            // a backup that lost a table's rows is refused, and the new database stays empty
            Path broken = dir.resolve("broken.backup");
            Files.write(broken, tamper(Files.readAllBytes(file)));
            assertThatThrownBy(
                            () -> Backups.restore(target, restoredFiles, broken, BackupCommand.migrator(restoredFiles)))
                    .hasMessageContaining("campaign");
            // (only the migrations' own seed rows are there: the national root, the rule sets…)
            assertThat(sums(target).get("campaign").rows()).isZero();
            assertThat(sums(target).get("org_unit").rows()).isLessThan(10);

            Backups.Summary restored =
                    Backups.restore(target, restoredFiles, file, BackupCommand.migrator(restoredFiles));

            assertThat(sums(target)).isEqualTo(before);
            assertThat(restored.tables()).isEqualTo(before);
            assertThat(before.get("issued_document").rows()).isPositive();
            assertThat(before.get("org_unit").rows()).isGreaterThan(10_000);
            assertThat(names).isNotEmpty();
            assertThat(written.files()).isEqualTo(names.size());
            for (String name : names) {
                assertThat(Hashes.sha256(restoredFiles.get(name))).isEqualTo(name);
            }
            JdbcClient restoredDb = JdbcClient.create(target);
            assertThat(restoredDb
                            .sql("select last_value from issued_document_id_seq")
                            .query(Long.class)
                            .single())
                    .isEqualTo(main.sql("select last_value from issued_document_id_seq")
                            .query(Long.class)
                            .single());
            // a database with rows is never overwritten
            assertThatThrownBy(
                            () -> Backups.restore(target, restoredFiles, file, BackupCommand.migrator(restoredFiles)))
                    .hasMessageContaining("chỉ khôi phục vào một cơ sở dữ liệu trống");
        } finally {
            main.sql("drop database if exists " + DB + " with (force)").update();
        }
    }

    /** The backup with one table's rows left out: its manifest's count no longer fits. */
    private static byte[] tamper(byte[] zip) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
                var z = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.getName().equals("tables/campaign.copy")) {
                    continue;
                }
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(in.readAllBytes());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static List<String> tables(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection()) {
            return Backups.tablesInLoadOrder(c);
        }
    }

    private static Map<String, Backups.TableSum> sums(DataSource ds) throws Exception {
        Map<String, Backups.TableSum> sums = new LinkedHashMap<>();
        try (Connection c = ds.getConnection()) {
            for (String table : Backups.tablesInLoadOrder(c)) {
                sums.put(table, Backups.sum(c, table));
            }
        }
        return sums;
    }

    private DataSource database(String name) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL().replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
            return new SimpleDriverDataSource(
                    new org.postgresql.Driver(), url, c.getMetaData().getUserName(), "");
        }
    }
}
