package vn.ngayhoi.shared.files;

import java.net.URI;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The store for deployments: one object per name in a bucket of any S3-compatible object store
 * (MinIO, Ceph, a cloud's S3), so every application instance reads what any of them wrote. The object
 * key is the name itself; nothing else about the file is kept there (its name, type and owner stay in
 * the owning module's table).
 */
public final class S3FileStore implements FileStore, AutoCloseable {

    /** Where and how to reach the bucket; blank credentials use the SDK's usual chain (environment, profile, role). */
    public record Settings(
            String endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle) {}

    private final S3Client s3;
    private final String bucket;

    public S3FileStore(Settings settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("NGAYHOI_S3_BUCKET must name the bucket of the file store");
        }
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(blankOr(settings.region(), "us-east-1")))
                .forcePathStyle(settings.pathStyle())
                // Only what S3 itself requires: other S3-compatible servers do not all know the
                // newer default checksums; the content hash is checked by this class on every read.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket();
    }

    private static String blankOr(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    @Override
    public String put(byte[] content) {
        String name = Hashes.sha256(content);
        if (!exists(name)) {
            s3.putObject(
                    b -> b.bucket(bucket).key(name).contentLength((long) content.length),
                    RequestBody.fromBytes(content));
        }
        return name;
    }

    @Override
    public byte[] get(String name) {
        FileStore.checkName(name);
        try {
            return FileStore.verified(
                    name, s3.getObjectAsBytes(b -> b.bucket(bucket).key(name)).asByteArray());
        } catch (NoSuchKeyException e) {
            throw new MissingFileException(name);
        }
    }

    @Override
    public boolean exists(String name) {
        FileStore.checkName(name);
        try {
            s3.headObject(b -> b.bucket(bucket).key(name));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Stream<String> names() {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                .map(S3Object::key)
                .filter(k -> NAME.matcher(k).matches());
    }

    /** Creates the bucket when it is missing (a new deployment, the tests' S3-compatible server). */
    public void createBucketIfMissing() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            try {
                s3.createBucket(b -> b.bucket(bucket));
            } catch (S3Exception raced) {
                // Instances started together (ADR 0033) all find it missing; one creates it.
                if (raced.statusCode() != 409) {
                    throw raced;
                }
            }
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
