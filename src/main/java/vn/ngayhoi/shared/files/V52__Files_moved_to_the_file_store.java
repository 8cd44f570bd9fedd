package vn.ngayhoi.shared.files;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves the files a database held in byte columns into the configured file store and clears the
 * columns once every file was read back and matched its SHA-256 (ADR 0031). A Java migration and a
 * Spring bean, so it uses the store the application is configured with; Flyway runs it once, in its
 * transaction: if any file fails, the migration fails and the database keeps every byte.
 */
@Component
public class V52__Files_moved_to_the_file_store extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V52__Files_moved_to_the_file_store.class);

    private final FileStore store;

    public V52__Files_moved_to_the_file_store(FileStore store) {
        this.store = store;
    }

    @Override
    public void migrate(Context context) throws Exception {
        DatabaseFiles.Moved moved = DatabaseFiles.moveOut(context.getConnection(), store);
        log.info("Moved {} files out of the database into the file store: {}", moved.total(), moved.byColumn());
    }
}
