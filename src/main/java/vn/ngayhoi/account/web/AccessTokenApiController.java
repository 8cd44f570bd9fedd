package vn.ngayhoi.account.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ngayhoi.account.AccessTokens;
import vn.ngayhoi.account.AccessTokens.TokenView;
import vn.ngayhoi.shared.web.ApiList;

/**
 * Personal access tokens and calendar feed URLs in the API. Making a token needs the password (Basic)
 * or a page session: a token cannot breed more tokens.
 */
@RestController
@RequestMapping("/api/v1")
class AccessTokenApiController {

    private final AccessTokens tokens;
    private final Clock clock;

    AccessTokenApiController(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record NewToken(
            @Schema(example = "Hệ thống của tỉnh") String name,

            @Schema(description = "Tối đa một năm kể từ bây giờ")
            OffsetDateTime expiresAt,

            @Schema(allowableValues = {"read", "write"}) String scope) {}

    record NewCalendarFeed(
            String name,
            OffsetDateTime expiresAt,

            @Schema(description = "Chiến dịch; bỏ trống cho lịch của chính tài khoản", nullable = true)
            Long campaignId) {}

    record TokenItem(
            long id,
            String username,
            String name,
            @Schema(allowableValues = {"read", "write"}) String scope,
            @Schema(nullable = true) Long campaignId,
            OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime lastUsedAt,
            OffsetDateTime expiresAt,
            @Schema(nullable = true) OffsetDateTime revokedAt,
            boolean active) {}

    record CreatedToken(
            long id,
            String name,
            String scope,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,

            @Schema(description = "Mã truy cập; chỉ hiển thị một lần")
            String token,

            @Schema(nullable = true, description = "Địa chỉ lịch, với lịch đăng ký")
            String url) {}

    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedToken> create(@RequestBody NewToken body) {
        refuseTokenCaller();
        AccessTokens.Issued issued = tokens.createApiToken(body.name(), body.expiresAt(), body.scope());
        return ResponseEntity.created(
                        URI.create("/api/v1/me/tokens/" + issued.token().id()))
                .body(created(issued, null));
    }

    @GetMapping("/me/tokens")
    ApiList<TokenItem> mine(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiList.page(items(tokens.mine(AccessTokens.Kind.API)), page, size);
    }

    @DeleteMapping("/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/me/calendar-feeds")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedToken> createFeed(@RequestBody NewCalendarFeed body) {
        refuseTokenCaller();
        AccessTokens.Issued issued = tokens.createCalendarToken(body.name(), body.expiresAt(), body.campaignId());
        return ResponseEntity.created(
                        URI.create("/api/v1/me/calendar-feeds/" + issued.token().id()))
                .body(created(issued, "/calendar/" + issued.secret() + ".ics"));
    }

    @GetMapping("/me/calendar-feeds")
    ApiList<TokenItem> feeds(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiList.page(items(tokens.mine(AccessTokens.Kind.CALENDAR)), page, size);
    }

    @DeleteMapping("/me/calendar-feeds/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revokeFeed(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    /** Every account's tokens and feeds, for administrators. */
    @GetMapping("/tokens")
    ApiList<TokenItem> all(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ApiList.page(items(tokens.all()), page, size);
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revokeAny(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    private void refuseTokenCaller() {
        if (tokens.current().isPresent()) {
            throw new AccessDeniedException("a token cannot create tokens");
        }
    }

    private List<TokenItem> items(List<TokenView> views) {
        var now = clock.instant();
        return views.stream()
                .sorted(java.util.Comparator.comparingLong(TokenView::id))
                .map(t -> new TokenItem(
                        t.id(),
                        t.username(),
                        t.name(),
                        t.scope().code(),
                        t.campaignId(),
                        t.createdAt(),
                        t.lastUsedAt(),
                        t.expiresAt(),
                        t.revokedAt(),
                        t.activeAt(now)))
                .toList();
    }

    private static CreatedToken created(AccessTokens.Issued issued, String url) {
        TokenView t = issued.token();
        return new CreatedToken(t.id(), t.name(), t.scope().code(), t.createdAt(), t.expiresAt(), issued.secret(), url);
    }
}
