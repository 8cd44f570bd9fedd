package vn.ngayhoi.shared.database;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.ngayhoi.shared.files.FileStore;

/**
 * Backup and restore of the whole system as one file (ADR 0031): every table of the schema as
 * PostgreSQL's binary COPY, read in one consistent snapshot, with each table's row count and checksum;
 * every sequence; and every file of the file store. No {@code pg_dump} is needed, so the same command
 * works on the embedded server and on an external one. A restore migrates the target database to the
 * backup's schema version, loads the files (each checked against its name) and then every table in
 * one transaction, and commits only when every table's count and checksum equal the backup's.
 */
public final class Backups {

    static final String MANIFEST = "manifest.properties";
    static final String FORMAT = "ngayhoi-backup-1";
    private static final String HISTORY = "flyway_schema_history";
    private static final String AUDIT = "audit_entry";

    /** What a backup holds or a restore loaded: per table its rows and checksum; and the files. */
    public record Summary(String schemaVersion, Map<String, TableSum> tables, int files) {}

    /** A table's row count and an order-independent checksum of its rows. */
    public record TableSum(long rows, String checksum) {}

    /** Migrates a database to a schema version (Flyway with the application's migrations). */
    @FunctionalInterface
    public interface Migrator {
        void migrate(DataSource dataSource, String targetVersion);
    }

    private Backups() {}

    /** Writes the backup of the database and the store to {@code file} (replaced only when complete). */
    public static Summary backup(DataSource dataSource, FileStore store, Path file) throws IOException, SQLException {
        Path temp = Files.createTempFile(
                file.toAbsolutePath().getParent() == null
                        ? Path.of(".")
                        : file.toAbsolutePath().getParent(),
                ".backup-",
                ".tmp");
        try {
            Summary summary;
            try (OutputStream out = Files.newOutputStream(temp);
                    ZipOutputStream zip = new ZipOutputStream(out);
                    Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                String version = schemaVersion(c);
                List<String> tables = tablesInLoadOrder(c);
                Map<String, TableSum> sums = new LinkedHashMap<>();
                for (String table : tables) {
                    sums.put(table, sum(c, table));
                }
                Properties sequences = sequences(c);
                Properties manifest = new Properties();
                manifest.setProperty("format", FORMAT);
                manifest.setProperty("schema-version", version);
                manifest.setProperty("tables", String.join(",", tables));
                sums.forEach((t, s) -> {
                    manifest.setProperty("rows." + t, Long.toString(s.rows()));
                    manifest.setProperty("checksum." + t, s.checksum());
                });
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "Ngày hội backup");
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("sequences.properties"));
                sequences.store(zip, null);
                zip.closeEntry();
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    copy.copyOut("COPY " + quote(table) + " TO STDOUT (FORMAT binary)", new KeepOpen(zip));
                    zip.closeEntry();
                }
                c.commit();
                // Files after the snapshot: a row is committed only after its file is stored, so
                // every file a row of the snapshot names is in the store by now.
                int files = 0;
                try (Stream<String> names = store.names()) {
                    for (String name : (Iterable<String>) names::iterator) {
                        zip.putNextEntry(new ZipEntry("files/" + name));
                        zip.write(store.get(name));
                        zip.closeEntry();
                        files++;
                    }
                }
                summary = new Summary(version, sums, files);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Loads a backup into an empty database (new, or migrated but without rows; it is migrated to the
     * backup's schema version first) and adds its files to the store. A database with rows, or one
     * migrated past the backup's version, is refused; a backup whose tables do not come back with the
     * counts and checksums it recorded is rolled back.
     */
    public static Summary restore(DataSource dataSource, FileStore store, Path file, Migrator migrator)
            throws IOException, SQLException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !entry.getName().equals(MANIFEST)) {
                throw new IllegalArgumentException(BackupMessages.get("notABackup", file));
            }
            Properties manifest = new Properties();
            manifest.load(new KeepOpenIn(zip));
            if (!FORMAT.equals(manifest.getProperty("format"))) {
                throw new IllegalArgumentException(BackupMessages.get("unknownFormat", file));
            }
            String version = manifest.getProperty("schema-version");
            try (Connection c = dataSource.getConnection()) {
                if (historyExists(c)) {
                    String current = schemaVersion(c);
                    if (compareVersions(current, version) > 0) {
                        throw new IllegalStateException(BackupMessages.get("newerSchema", current, version));
                    }
                }
            }
            migrator.migrate(dataSource, version);
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            Map<String, TableSum> expected = new LinkedHashMap<>();
            for (String t : tables) {
                expected.put(
                        t,
                        new TableSum(
                                Long.parseLong(manifest.getProperty("rows." + t)),
                                manifest.getProperty("checksum." + t)));
            }
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    Set<String> present = new LinkedHashSet<>(tablesInLoadOrder(c));
                    if (!present.containsAll(tables)) {
                        throw new IllegalStateException(BackupMessages.get("missingTables"));
                    }
                    // Only into a database the application never used: every state change writes the
                    // audit trail, which is append-only even for TRUNCATE, so an empty trail means
                    // the rows there are the migrations' seed rows, replaced by the backup's.
                    if (present.contains(AUDIT) && sum(c, AUDIT).rows() > 0) {
                        throw new IllegalStateException(BackupMessages.get("notEmpty"));
                    }
                    try (Statement s = c.createStatement()) {
                        List<String> seeded = present.stream()
                                .filter(t -> !t.equals(AUDIT))
                                .map(Backups::quote)
                                .toList();
                        if (!seeded.isEmpty()) {
                            s.execute("TRUNCATE " + String.join(", ", seeded));
                        }
                    }
                    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                    Properties sequences = new Properties();
                    int files = 0;
                    while ((entry = zip.getNextEntry()) != null) {
                        String name = entry.getName();
                        if (name.equals("sequences.properties")) {
                            sequences.load(new KeepOpenIn(zip));
                        } else if (name.startsWith("tables/") && name.endsWith(".copy")) {
                            String table = name.substring("tables/".length(), name.length() - ".copy".length());
                            if (!expected.containsKey(table)) {
                                throw new IllegalArgumentException(BackupMessages.get("unexpectedTable", table));
                            }
                            copy.copyIn("COPY " + quote(table) + " FROM STDIN (FORMAT binary)", new KeepOpenIn(zip));
                        } else if (name.startsWith("files/")) {
                            String expectedName = FileStore.checkName(name.substring("files/".length()));
                            String stored = store.put(zip.readAllBytes());
                            if (!stored.equals(expectedName)) {
                                throw new IllegalStateException(BackupMessages.get("fileHash", expectedName, stored));
                            }
                            files++;
                        }
                    }
                    restoreSequences(c, sequences);
                    Map<String, TableSum> loaded = new LinkedHashMap<>();
                    for (String t : tables) {
                        TableSum sum = sum(c, t);
                        if (!sum.equals(expected.get(t))) {
                            throw new IllegalStateException(BackupMessages.get(
                                    "tableDiffers",
                                    t,
                                    sum.rows(),
                                    sum.checksum(),
                                    expected.get(t).rows(),
                                    expected.get(t).checksum()));
                        }
                        loaded.put(t, sum);
                    }
                    c.commit();
                    return new Summary(version, loaded, files);
                } catch (SQLException | RuntimeException | IOException e) {
                    c.rollback();
                    throw e;
                }
            }
        }
    }

    /** Row count and checksum of a table: the md5 of its rows' md5s in order, so row order does not matter. */
    public static TableSum sum(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), coalesce(md5(string_agg(h, ',' order by h)), '') from"
                        + " (select md5(t::text) h from " + quote(table) + " t) x")) {
            rs.next();
            return new TableSum(rs.getLong(1), rs.getString(2));
        }
    }

    /** The application's tables of the current schema, parents before the tables that refer to them. */
    public static List<String> tablesInLoadOrder(Connection c) throws SQLException {
        List<String> all = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = current_schema()"
                        + " and tablename <> '" + HISTORY + "' order by tablename")) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        all.forEach(t -> parents.put(t, new LinkedHashSet<>()));
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
                        join pg_namespace n on n.oid = c.connamespace
                        where c.contype = 'f' and n.nspname = current_schema() and c.conrelid <> c.confrelid
                        """)) {
            while (rs.next()) {
                String child = unquote(rs.getString(1));
                String parent = unquote(rs.getString(2));
                if (parents.containsKey(child) && parents.containsKey(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (ordered.size() < all.size()) {
            boolean progressed = false;
            for (String t : all) {
                if (!done.contains(t) && done.containsAll(parents.get(t))) {
                    ordered.add(t);
                    done.add(t);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException(BackupMessages.get("cycle", parents.keySet()));
            }
        }
        return ordered;
    }

    static String schemaVersion(Connection c) throws SQLException {
        String latest = null;
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select version from " + HISTORY + " where success and version is not null")) {
            while (rs.next()) {
                if (latest == null || compareVersions(rs.getString(1), latest) > 0) {
                    latest = rs.getString(1);
                }
            }
        }
        if (latest == null) {
            throw new IllegalStateException(BackupMessages.get("noSchema"));
        }
        return latest;
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static boolean historyExists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select to_regclass(?) is not null")) {
            ps.setString(1, HISTORY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static Properties sequences(Connection c) throws SQLException {
        Properties p = new Properties();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select sequencename from pg_sequences where schemaname = current_schema() order by 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (String name : names) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select last_value, is_called from " + quote(name))) {
                rs.next();
                p.setProperty(name, rs.getLong(1) + "," + rs.getBoolean(2));
            }
        }
        return p;
    }

    private static void restoreSequences(Connection c, Properties sequences) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
            for (String name : sequences.stringPropertyNames()) {
                String[] v = sequences.getProperty(name).split(",");
                ps.setString(1, quote(name));
                ps.setLong(2, Long.parseLong(v[0]));
                ps.setBoolean(3, Boolean.parseBoolean(v[1]));
                ps.execute();
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String unquote(String regclass) {
        return regclass.startsWith("\"")
                ? regclass.substring(1, regclass.length() - 1).replace("\"\"", "\"")
                : regclass;
    }

    /** The zip stream stays open when the driver closes what it was given. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class KeepOpenIn extends FilterInputStream {
        KeepOpenIn(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
