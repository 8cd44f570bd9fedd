package vn.ngayhoi.shared.files;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves file bytes still held in database columns into the file store (ADR 0031): each file is
 * stored, then every stored file is read back and checked against its SHA-256, and only then are the
 * columns cleared. Run by the V52 migration on every database, and again by tests that put bytes back
 * into the columns to see them moved. Any file whose bytes do not hash to the checksum its row
 * recorded stops the move with the table and row named, and nothing is cleared.
 */
public final class DatabaseFiles {

    /** A byte column and the column that names its file. */
    public record Column(String table, String bytes, String sha256) {}

    /** Every column that held file bytes before the file store. */
    public static final List<Column> COLUMNS = List.of(
            new Column("task_attachment", "content", "sha256"),
            new Column("festival_attachment", "content", "sha256"),
            new Column("report_attachment", "content", "sha256"),
            new Column("forum_attachment", "content", "sha256"),
            new Column("issued_document", "docx", "docx_sha256"),
            new Column("issued_document", "pdf", "pdf_sha256"),
            new Column("outreach_propaganda", "photo", "photo_sha256"));

    /** What a move did, per column ({@code table.column}): files moved and verified. */
    public record Moved(Map<String, Integer> byColumn) {
        public int total() {
            return byColumn.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private DatabaseFiles() {}

    /** Moves every non-null byte column into the store, in the caller's transaction. */
    public static Moved moveOut(Connection connection, FileStore store) throws SQLException {
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (Column column : COLUMNS) {
            // A table made by a later migration than the one running this (outreach, V55) has no
            // bytes yet; the application writes its files to the store from the start.
            if (exists(connection, column)) {
                moved.put(column.table() + "." + column.bytes(), moveColumn(connection, store, column));
            }
        }
        return new Moved(moved);
    }

    private static boolean exists(Connection connection, Column c) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select 1 from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and column_name = ?")) {
            ps.setString(1, c.table());
            ps.setString(2, c.bytes());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int moveColumn(Connection connection, FileStore store, Column c) throws SQLException {
        List<long[]> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String select = "select id, " + c.sha256() + ", " + c.bytes() + " from " + c.table() + " where " + c.bytes()
                + " is not null and id > ? order by id limit 100";
        long after = 0;
        while (true) {
            int seen = 0;
            try (PreparedStatement ps = connection.prepareStatement(select)) {
                ps.setLong(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seen++;
                        long id = rs.getLong(1);
                        after = id;
                        String recorded = rs.getString(2);
                        byte[] bytes = rs.getBytes(3);
                        String name = store.put(bytes);
                        if (recorded != null && !recorded.equals(name)) {
                            throw new IllegalStateException(c.table() + " #" + id + ": its " + c.bytes()
                                    + " hashes to " + name + ", not to the recorded " + recorded
                                    + "; nothing was cleared");
                        }
                        ids.add(new long[] {id, bytes.length});
                        names.add(name);
                    }
                }
            }
            if (seen == 0) {
                break;
            }
        }
        // Read every stored file back before any column is cleared: a store that lost or damaged a
        // file fails here (get checks the hash) while the database still holds the bytes.
        for (int i = 0; i < ids.size(); i++) {
            byte[] back = store.get(names.get(i));
            if (back.length != ids.get(i)[1]) {
                throw new IllegalStateException(c.table() + " #" + ids.get(i)[0] + ": the store returned " + back.length
                        + " bytes, not " + ids.get(i)[1]);
            }
        }
        String update = "update " + c.table() + " set " + c.sha256() + " = ?, " + c.bytes() + " = null where id = ?";
        try (PreparedStatement ps = connection.prepareStatement(update)) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(1, names.get(i));
                ps.setLong(2, ids.get(i)[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return ids.size();
    }
}
