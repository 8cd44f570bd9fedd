package vn.ngayhoi.shared.files;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The one file store of the application, as configured (see {@link FileStores}). */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    /**
     * Folders already emptied in this process. A second application context of the same process (the
     * tests start one per mail server) shares the running database, as EmbeddedPostgresServer does for
     * its folder, so it must share the files that database refers to instead of emptying them again.
     */
    private static final java.util.Set<java.nio.file.Path> CLEANED = new java.util.HashSet<>();

    @Bean
    FileStore fileStore(Environment env) throws java.io.IOException {
        FileStore store = FileStores.fromProperties(env);
        // A database cleaned at each start (the tests') starts with an empty folder store too, so
        // the store holds what this database refers to and nothing a former run left.
        if (store instanceof FolderFileStore folder
                && env.getProperty("ngayhoi.database.embedded.clean-on-start", Boolean.class, false)
                && env.getProperty("ngayhoi.files.dir", "").isBlank()
                && markCleaned(folder.root())
                && java.nio.file.Files.isDirectory(folder.root())) {
            try (var paths = java.nio.file.Files.walk(folder.root())) {
                for (var p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
        return store;
    }

    private static synchronized boolean markCleaned(java.nio.file.Path root) {
        return CLEANED.add(root.toAbsolutePath().normalize());
    }
}
