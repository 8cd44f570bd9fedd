package vn.ngayhoi.forum.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngayhoi.shared.TooManyRequestsException;

/**
 * Per-sender limits on the public forum, counted in PostgreSQL so that every application instance
 * sees the same count. The sender is kept only as an HMAC of its address under a key drawn at start
 * and mixed with the window's start, and rows of past windows are deleted at every check: no
 * address, nor anything that could be matched back to one, outlives the window that needed it.
 */
@Component
public class RateLimits {

    /** What is counted: opinions sent, and status look-ups by tracking code. */
    public enum Bucket {
        SUBMIT,
        TRACK
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate independent;
    private final int submissionsPerWindow;
    private final int lookupsPerWindow;
    private final Duration window;
    private byte[] key = new byte[32];

    RateLimits(
            JdbcClient jdbc,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${ngayhoi.forum.submissions-per-hour:5}") int submissionsPerWindow,
            @Value("${ngayhoi.forum.lookups-per-hour:30}") int lookupsPerWindow,
            @Value("${ngayhoi.forum.rate-window:PT1H}") Duration window,
            @Value("${ngayhoi.forum.rate-key:}") String sharedKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.independent = new TransactionTemplate(transactions);
        // Counted even when the request then fails: a refused opinion still used a try.
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.submissionsPerWindow = submissionsPerWindow;
        this.lookupsPerWindow = lookupsPerWindow;
        this.window = window;
        if (sharedKey.isBlank()) {
            new SecureRandom().nextBytes(key);
        } else {
            // Instances behind one load balancer share the key, and so each sender's count.
            this.key = sharedKey.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Counts one use by {@code address}; throws (429) once the window's allowance is used up. */
    public void use(Bucket bucket, String address) {
        int limit = bucket == Bucket.SUBMIT ? submissionsPerWindow : lookupsPerWindow;
        Instant now = clock.instant();
        long windowSeconds = window.toSeconds();
        Instant start = Instant.ofEpochSecond(now.getEpochSecond() / windowSeconds * windowSeconds);
        OffsetDateTime windowStart = start.atOffset(ZoneOffset.UTC);
        String hash = hash(address == null ? "" : address, start);
        Integer hits = independent.execute(status -> {
            jdbc.sql("delete from forum_rate where window_start < ?")
                    .param(windowStart)
                    .update();
            return jdbc.sql("""
                            insert into forum_rate (bucket, key_hash, window_start, hits) values (?, ?, ?, 1)
                            on conflict (bucket, key_hash, window_start) do update set hits = forum_rate.hits + 1
                            returning hits
                            """)
                    .params(bucket.name(), hash, windowStart)
                    .query(Integer.class)
                    .single();
        });
        if (hits != null && hits > limit) {
            throw new TooManyRequestsException(
                    bucket == Bucket.SUBMIT ? "forum.rate.submissions" : "forum.rate.lookups");
        }
    }

    private String hash(String address, Instant windowStart) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(windowStart.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
