package vn.ngayhoi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects never carry the {@code Host} (or {@code X-Forwarded-Host}) header a client sent: an
 * absolute redirect to this application's own host, as Spring Security builds for the sign-in page,
 * is rewritten onto the configured base URL ({@code NGAYHOI_BASE_URL}) or, without one, made
 * relative, which the browser resolves against the address it really used. A forged host could
 * otherwise send a user, or a cache, to another site.
 */
@Configuration(proxyBeanMethods = false)
class HostIndependentRedirects {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> hostIndependentRedirectsFilter(
            @Value("${ngayhoi.redirect-base-url:}") String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, new Rewriting(request, response, base));
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static final class Rewriting extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private final String base;

        Rewriting(HttpServletRequest request, HttpServletResponse response, String base) {
            super(response);
            this.request = request;
            this.base = base;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(rewrite(location));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? rewrite(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? rewrite(value) : value);
        }

        String rewrite(String location) {
            if (location == null) {
                return null;
            }
            URI uri;
            try {
                uri = new URI(location);
            } catch (URISyntaxException e) {
                return location;
            }
            if (!uri.isAbsolute()
                    || uri.getHost() == null
                    || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String rest = path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            return base.isEmpty() ? rest : base + rest;
        }
    }
}
