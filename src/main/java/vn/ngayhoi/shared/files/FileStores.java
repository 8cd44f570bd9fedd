package vn.ngayhoi.shared.files;

import java.nio.file.Path;
import org.springframework.core.env.PropertyResolver;

/**
 * Builds the configured store: {@code ngayhoi.files.store} ({@code NGAYHOI_FILES}) is {@code folder}
 * (the default: {@code files/} under the data directory, or {@code NGAYHOI_FILES_DIR}) or {@code s3}
 * (with {@code NGAYHOI_S3_ENDPOINT}, {@code NGAYHOI_S3_REGION}, {@code NGAYHOI_S3_BUCKET},
 * {@code NGAYHOI_S3_ACCESS_KEY}, {@code NGAYHOI_S3_SECRET_KEY}, {@code NGAYHOI_S3_PATH_STYLE}). The
 * application and the backup and restore commands build it the same way.
 */
public final class FileStores {

    private FileStores() {}

    public static FileStore fromProperties(PropertyResolver env) {
        String kind = env.getProperty("ngayhoi.files.store", "folder").trim();
        switch (kind) {
            case "folder" -> {
                String dir = env.getProperty("ngayhoi.files.dir", "");
                Path root = dir.isBlank()
                        ? Path.of(env.getProperty("ngayhoi.data-dir", "data")).resolve("files")
                        : Path.of(dir);
                return new FolderFileStore(root);
            }
            case "s3" -> {
                S3FileStore store = new S3FileStore(new S3FileStore.Settings(
                        env.getProperty("ngayhoi.files.s3.endpoint", ""),
                        env.getProperty("ngayhoi.files.s3.region", "us-east-1"),
                        env.getProperty("ngayhoi.files.s3.bucket", ""),
                        env.getProperty("ngayhoi.files.s3.access-key", ""),
                        env.getProperty("ngayhoi.files.s3.secret-key", ""),
                        Boolean.parseBoolean(env.getProperty("ngayhoi.files.s3.path-style", "true"))));
                if (Boolean.parseBoolean(env.getProperty("ngayhoi.files.s3.create-bucket", "false"))) {
                    store.createBucketIfMissing();
                }
                return store;
            }
            default -> throw new IllegalStateException("NGAYHOI_FILES must be folder or s3, not " + kind);
        }
    }
}
