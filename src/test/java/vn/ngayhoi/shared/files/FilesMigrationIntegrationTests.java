package vn.ngayhoi.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ngayhoi.support.IntegrationTest;

/**
 * The move of files out of the database (V52, ADR 0031) on the demo's files. The shared test database
 * was created with the store already in place, so the test first puts every file's bytes back into its
 * column as an older database held them, then moves them into a fresh folder store, all in one
 * transaction that it rolls back: other tests keep reading the same rows and the same store.
 */
@IntegrationTest
class FilesMigrationIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    FileStore files;

    @TempDir
    Path elsewhere;

    @Test
    void theMigrationRanAndNoFileBytesAreLeftInTheDatabase() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("select success from flyway_schema_history where version = '52'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        for (DatabaseFiles.Column c : DatabaseFiles.COLUMNS) {
            assertThat(jdbc.sql("select count(*) from " + c.table() + " where " + c.bytes() + " is not null")
                            .query(Long.class)
                            .single())
                    .as(c.table() + "." + c.bytes())
                    .isZero();
        }
    }

    @Test
    void theDemosFilesAreMovedOutAndEachHashIsVerified() throws Exception {
        FolderFileStore target = new FolderFileStore(elsewhere);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Map<String, List<String>> refilled = refill(c);
                List<String> demo = demoDocumentNames(c);
                assertThat(demo)
                        .as("the demo's issued plan, Giấy mời, công văn and reports")
                        .hasSizeGreaterThan(4);

                DatabaseFiles.Moved moved = DatabaseFiles.moveOut(c, target);

                for (DatabaseFiles.Column column : DatabaseFiles.COLUMNS) {
                    String key = column.table() + "." + column.bytes();
                    assertThat(moved.byColumn().get(key))
                            .as(key)
                            .isEqualTo(refilled.get(key).size());
                    assertThat(count(c, column)).as(key + " cleared").isZero();
                }
                assertThat(moved.total()).isPositive();
                for (String name : demo) {
                    assertThat(target.exists(name)).as(name).isTrue();
                    assertThat(Hashes.sha256(target.get(name))).isEqualTo(name);
                }
                try (var names = target.names()) {
                    assertThat(names.toList())
                            .containsExactlyInAnyOrderElementsOf(refilled.values().stream()
                                    .flatMap(List::stream)
                                    .distinct()
                                    .toList());
                }
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void aFileWhoseBytesDoNotMatchItsChecksumStopsTheMoveAndNothingIsCleared() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement ps = c.prepareStatement(
                        "update issued_document set pdf = ? where id = (select min(id) from issued_document) returning id")) {
                    ps.setBytes(1, "%PDF- not the issued bytes".getBytes());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                assertThatThrownBy(() -> DatabaseFiles.moveOut(c, new FolderFileStore(elsewhere)))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("issued_document #" + id);
                try (PreparedStatement ps =
                        c.prepareStatement("select pdf is not null from issued_document where id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertThat(rs.getBoolean(1)).isTrue();
                    }
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** Puts every file's bytes back into its column, as a database from before the store held them. */
    private Map<String, List<String>> refill(Connection c) throws Exception {
        Map<String, List<String>> refilled = new LinkedHashMap<>();
        for (DatabaseFiles.Column column : DatabaseFiles.COLUMNS) {
            List<String> names = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id, " + column.sha256() + " from " + column.table()
                            + " where " + column.sha256() + " is not null order by id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    names.add(rs.getString(2));
                }
            }
            try (PreparedStatement ps =
                    c.prepareStatement("update " + column.table() + " set " + column.bytes() + " = ? where id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setBytes(1, files.get(names.get(i)));
                    ps.setLong(2, ids.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            refilled.put(column.table() + "." + column.bytes(), names);
        }
        return refilled;
    }

    /** The files of the documents the demo issued in Quan Sơn's registers in 2022. */
    private static List<String> demoDocumentNames(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                        select d.docx_sha256, d.pdf_sha256 from issued_document d
                        join outgoing_document o on o.id = d.register_entry_id
                        join org_unit u on u.id = o.register_unit_id
                        where o.year = 2022 and d.issued_by <> 'migration'
                          and u.path like (select path from org_unit where code = '387' and structure_code = '2024') || '%'
                        """);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
                names.add(rs.getString(2));
            }
        }
        return names;
    }

    private static long count(Connection c, DatabaseFiles.Column column) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                        "select count(*) from " + column.table() + " where " + column.bytes() + " is not null");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
