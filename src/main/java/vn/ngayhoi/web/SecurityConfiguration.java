package vn.ngayhoi.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.ngayhoi.account.AccessTokens;

/**
 * Pages: Vietnamese form login, session id changed at login, CSRF on every form. API: HTTP Basic or
 * a Bearer access token (a read token may only read), no session, no CSRF. Calendar feeds: the token
 * in the URL. Both: strict security headers with a Content-Security-Policy that allows no
 * inline script.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Requests that change nothing: a read-only token may make them. */
    private static final org.springframework.security.web.util.matcher.RequestMatcher READS =
            request -> java.util.Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());

    /**
     * The OpenAPI description maps every endpoint: it is for signed-in people (their page session)
     * and for machines with credentials, never for anonymous scanners.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocs(HttpSecurity http, ApiErrors apiErrors, AccessTokens tokens) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(
                        new AccessTokenFilter(tokens, apiErrors, AccessTokens.Kind.API),
                        BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(apiErrors))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(apiErrors).accessDeniedHandler(apiErrors))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiErrors apiErrors, AccessTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                // A read-only token reads; every other method is a write it may not make (403).
                .authorizeHttpRequests(a -> a.requestMatchers(READS)
                        .authenticated()
                        .anyRequest()
                        .access((authentication, context) -> new AuthorizationDecision(writer(authentication.get()))))
                .addFilterBefore(
                        new AccessTokenFilter(tokens, apiErrors, AccessTokens.Kind.API),
                        BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(apiErrors))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(apiErrors).accessDeniedHandler(apiErrors))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * The forum's public API: no account, no session, JSON only (a cross-site HTML form cannot send
     * it, so CSRF has nothing to guard); abuse is held off by the forum's rate limits.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicApi(HttpSecurity http, ApiErrors apiErrors) throws Exception {
        http.securityMatcher("/public/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(apiErrors).accessDeniedHandler(apiErrors))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * Calendar feed URLs: the secret token in the path is the only credential a calendar application
     * can send; anything but a valid calendar token is a 404.
     */
    @Bean
    @Order(3)
    SecurityFilterChain calendarFeeds(HttpSecurity http, ApiErrors apiErrors, AccessTokens tokens) throws Exception {
        http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(a ->
                        a.requestMatchers(READS).authenticated().anyRequest().denyAll())
                .addFilterBefore(
                        new AccessTokenFilter(tokens, apiErrors, AccessTokens.Kind.CALENDAR),
                        BasicAuthenticationFilter.class)
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(
                        e -> e.authenticationEntryPoint((request, response, ex) -> apiErrors.notFound(response))
                                .accessDeniedHandler(apiErrors))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static boolean writer(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream()
                        .noneMatch(a -> AccessTokenFilter.READ_ONLY.equals(a.getAuthority()));
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/login",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/public/**",
                                "/y-kien",
                                "/y-kien/**",
                                "/actuator/health",
                                "/actuator/health/liveness",
                                "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        // One answer for a wrong password, an unknown name and a locked account, so
                        // the page never tells whether a username exists.
                        .failureUrl("/login?error"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(c -> {})
                // Sent on HTTPS requests only, which behind a TLS proxy needs
                // server.forward-headers-strategy so that X-Forwarded-Proto is believed.
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
