package vn.ngayhoi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ngayhoi.account.AccessTokens;
import vn.ngayhoi.account.TokenPrincipal;

/**
 * Authenticates a request by an access token: {@code Authorization: Bearer …} under {@code /api/}, or
 * the token in the path of {@code /calendar/{token}.ics}. A presented token that is unknown, expired or
 * revoked is a 401 at once (no fall-back to another credential). Not a bean, so that Boot does not
 * also register it for every request.
 */
final class AccessTokenFilter extends OncePerRequestFilter {

    /** The authority a {@code read} token carries; writes refuse it. */
    static final String READ_ONLY = "TOKEN_READ_ONLY";

    private static final String BEARER = "Bearer ";
    private static final String CALENDAR_PATH = "/calendar/";
    private static final String CALENDAR_SUFFIX = ".ics";

    private final AccessTokens tokens;
    private final ApiErrors errors;
    private final AccessTokens.Kind kind;

    AccessTokenFilter(AccessTokens tokens, ApiErrors errors, AccessTokens.Kind kind) {
        this.tokens = tokens;
        this.errors = errors;
        this.kind = kind;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = kind == AccessTokens.Kind.API ? bearer(request) : fromPath(request);
        if (secret == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenPrincipal> principal = tokens.authenticate(secret, kind);
        if (principal.isEmpty()) {
            SecurityContextHolder.clearContext();
            if (kind == AccessTokens.Kind.CALENDAR) {
                // A feed URL that no longer works is simply gone for the calendar application.
                errors.notFound(response);
            } else {
                errors.commence(request, response, new BadCredentialsException("token"));
            }
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal.get(), null, authorities(principal.get())));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<GrantedAuthority> authorities(TokenPrincipal p) {
        List<GrantedAuthority> list = new ArrayList<>();
        p.actor().roles().forEach(r -> list.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        if (p.scope() == AccessTokens.Scope.READ) {
            list.add(new SimpleGrantedAuthority(READ_ONLY));
        }
        return list;
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).strip();
    }

    private static String fromPath(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (!uri.startsWith(CALENDAR_PATH) || !uri.endsWith(CALENDAR_SUFFIX)) {
            return "";
        }
        return uri.substring(CALENDAR_PATH.length(), uri.length() - CALENDAR_SUFFIX.length());
    }
}
