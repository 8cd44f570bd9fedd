package vn.ngayhoi.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.account.AccountEvents.AccessTokenCreated;
import vn.ngayhoi.account.AccountEvents.AccessTokenRevoked;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/**
 * Access tokens (ADR 0020): personal API tokens sent as {@code Authorization: Bearer …} and secret
 * calendar feed URLs. A token is 32 random bytes shown once; only its SHA-256 is stored, so checking
 * one is a single indexed lookup instead of a BCrypt comparison. A token acts as its owner, with the
 * owner's scope, limited to reading for a {@code read} token; it lives at most a year and is revoked
 * at once. Someone else's token is answered as not found, except to an administrator.
 */
@Service
public class AccessTokens {

    /** What a token opens: the API, or one calendar feed. */
    public enum Kind {
        API,
        CALENDAR
    }

    /** What an API token may do: read only, or read and write. */
    public enum Scope {
        READ,
        WRITE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final int MAX_NAME = 100;
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    public static final String API_PREFIX = "nhp_";
    public static final String CALENDAR_PREFIX = "nhc_";

    /** Last-used times are written at most this often per token, so a busy client costs no write per call. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final CampaignManagement campaigns;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Long, Instant> lastUsedWritten = new ConcurrentHashMap<>();

    AccessTokens(
            JdbcClient jdbc,
            AccessPolicy policy,
            CampaignManagement campaigns,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.campaigns = campaigns;
        this.events = events;
        this.clock = clock;
    }

    /** What the owner (or an administrator) sees of a token; never the token itself. */
    public record TokenView(
            long id,
            String username,
            String name,
            Kind kind,
            Scope scope,
            Long campaignId,
            OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime expiresAt,
            OffsetDateTime revokedAt) {

        public boolean activeAt(Instant now) {
            return revokedAt == null && expiresAt.toInstant().isAfter(now);
        }
    }

    /** A new token and its secret, which is shown this once. */
    public record Issued(TokenView token, String secret) {}

    /**
     * Creates an API token for the current account.
     *
     * @param scope {@code read} or {@code write}
     */
    @Transactional
    public Issued createApiToken(String name, OffsetDateTime expiresAt, String scope) {
        Scope parsed = null;
        List<Problem> problems = new ArrayList<>(nameAndExpiry(name, expiresAt));
        if (scope == null || scope.isBlank()) {
            problems.add(new Problem("scope", "token.scope.required"));
        } else {
            parsed = EnumSet.allOf(Scope.class).stream()
                    .filter(s -> s.code().equals(scope.strip().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElse(null);
            if (parsed == null) {
                problems.add(new Problem("scope", "token.scope.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return insert(Kind.API, name.strip(), expiresAt, parsed, null);
    }

    /**
     * Creates a calendar feed token for the current account: its own festival schedule when
     * {@code campaignId} is null, else every festival of that campaign it can see (checked now and on
     * every fetch).
     */
    @Transactional
    public Issued createCalendarToken(String name, OffsetDateTime expiresAt, Long campaignId) {
        List<Problem> problems = nameAndExpiry(name, expiresAt);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (campaignId != null) {
            campaigns.get(campaignId);
        }
        return insert(Kind.CALENDAR, name.strip(), expiresAt, Scope.READ, campaignId);
    }

    private List<Problem> nameAndExpiry(String name, OffsetDateTime expiresAt) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new Problem("name", "token.name.required"));
        } else if (name.strip().length() > MAX_NAME || Texts.hasControlCharacters(name)) {
            problems.add(new Problem("name", "token.name.tooLong", MAX_NAME));
        }
        Instant now = clock.instant();
        if (expiresAt == null) {
            problems.add(new Problem("expiresAt", "token.expiresAt.required"));
        } else if (!expiresAt.toInstant().isAfter(now) || expiresAt.toInstant().isAfter(now.plus(MAX_LIFETIME))) {
            problems.add(new Problem("expiresAt", "token.expiresAt.range"));
        }
        return problems;
    }

    private Issued insert(Kind kind, String name, OffsetDateTime expiresAt, Scope scope, Long campaignId) {
        Actor actor = policy.requireActor();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = (kind == Kind.API ? API_PREFIX : CALENDAR_PREFIX)
                + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                        insert into access_token (user_id, name, kind, scope, campaign_id, token_sha256, created_at,
                                                  expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(actor.userId(), name, kind.name(), scope.code(), campaignId, sha256(secret), now, expiresAt)
                .query(Long.class)
                .single();
        events.publishEvent(new AccessTokenCreated(id, actor.username(), name, kind.name(), scope.code(), expiresAt));
        return new Issued(find(id).orElseThrow(), secret);
    }

    /** The current account's tokens of a kind, newest first, revoked and expired ones included. */
    public List<TokenView> mine(Kind kind) {
        Actor actor = policy.requireActor();
        return jdbc.sql(SELECT + " where t.user_id = ? and t.kind = ? order by t.id desc")
                .params(actor.userId(), kind.name())
                .query(this::map)
                .list();
    }

    /** Every account's tokens, for administrators (others get 403). */
    public List<TokenView> all() {
        policy.requireAnyRole(Role.ADMIN);
        return jdbc.sql(SELECT + " order by t.id desc").query(this::map).list();
    }

    /**
     * Revokes a token at once: the next request with it is refused. Another account's token is not
     * found (404) unless the caller is an administrator; revoking twice changes nothing.
     */
    @Transactional
    public TokenView revoke(long id) {
        Actor actor = policy.requireActor();
        TokenView token = find(id).filter(
                        t -> actor.has(Role.ADMIN) || t.username().equals(actor.username()))
                .orElseThrow(() -> new NotFoundException("access_token#" + id));
        if (token.revokedAt() != null) {
            return token;
        }
        jdbc.sql("update access_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(OffsetDateTime.now(clock), actor.username(), id)
                .update();
        events.publishEvent(new AccessTokenRevoked(id, token.username(), token.name()));
        return find(id).orElseThrow();
    }

    /**
     * The principal for a presented token of the expected kind, if it is known, unexpired, unrevoked
     * and its owner enabled. One indexed lookup; the last-used time is written at most once a minute.
     */
    public Optional<TokenPrincipal> authenticate(String secret, Kind expected) {
        String prefix = expected == Kind.API ? API_PREFIX : CALENDAR_PREFIX;
        if (secret == null || !secret.startsWith(prefix) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<TokenPrincipal> found = jdbc.sql("""
                        select t.id, t.name, t.scope, t.campaign_id, u.id, u.username, u.full_name, u.unit_id,
                               coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '')
                        from access_token t join app_user u on u.id = t.user_id
                        where t.token_sha256 = ? and t.kind = ? and t.revoked_at is null and t.expires_at > ?
                              and u.enabled
                        """)
                .params(sha256(secret), expected.name(), OffsetDateTime.ofInstant(now, clock.getZone()))
                .query((rs, n) -> {
                    long campaign = rs.getLong(4);
                    Long campaignId = rs.wasNull() ? null : campaign;
                    Actor actor = new Actor(
                            rs.getLong(5), rs.getString(6), rs.getString(7), rs.getLong(8), roles(rs.getString(9)));
                    return new TokenPrincipal(
                            actor,
                            rs.getLong(1),
                            rs.getString(2),
                            expected,
                            Scope.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
                            campaignId);
                })
                .optional();
        found.ifPresent(p -> touch(p.tokenId(), now));
        return found;
    }

    /** The token that authenticated the current request, if one did. */
    public Optional<TokenPrincipal> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TokenPrincipal p ? Optional.of(p) : Optional.empty();
    }

    private void touch(long tokenId, Instant now) {
        Instant written = lastUsedWritten.get(tokenId);
        if (written != null
                && !now.isBefore(written)
                && Duration.between(written, now).compareTo(LAST_USED_GRANULARITY) < 0) {
            return;
        }
        lastUsedWritten.put(tokenId, now);
        jdbc.sql("update access_token set last_used_at = ? where id = ?")
                .params(OffsetDateTime.ofInstant(now, clock.getZone()), tokenId)
                .update();
    }

    private Optional<TokenView> find(long id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(this::map).optional();
    }

    private static final String SELECT = """
            select t.id, u.username, t.name, t.kind, t.scope, t.campaign_id, t.created_at, t.last_used_at,
                   t.expires_at, t.revoked_at
            from access_token t join app_user u on u.id = t.user_id
            """;

    private TokenView map(ResultSet rs, int n) throws SQLException {
        long campaign = rs.getLong(6);
        Long campaignId = rs.wasNull() ? null : campaign;
        return new TokenView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                Kind.valueOf(rs.getString(4)),
                Scope.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)),
                campaignId,
                rs.getObject(7, OffsetDateTime.class),
                rs.getObject(8, OffsetDateTime.class),
                rs.getObject(9, OffsetDateTime.class),
                rs.getObject(10, OffsetDateTime.class));
    }

    private static Set<Role> roles(String joined) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : joined.split(",")) {
            if (!r.isBlank()) {
                roles.add(Role.valueOf(r));
            }
        }
        return roles;
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
