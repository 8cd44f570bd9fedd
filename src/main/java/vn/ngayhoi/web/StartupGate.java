package vn.ngayhoi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server listens before its start-up work (unit lists, demo, first administrator) is done;
 * until Spring Boot declares it ready, every request but the health probes answers 503 with a
 * Vietnamese "đang khởi động" page (JSON under {@code /api/}), so nobody meets a sign-in that
 * refuses an account about to exist. {@code /actuator/health/readiness} says the same to load
 * balancers; liveness stays up.
 */
@Configuration(proxyBeanMethods = false)
class StartupGate {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> startupGateFilter(
            ApplicationAvailability availability, MessageSource messages, JsonMapper json) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                        || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
                    chain.doFilter(request, response);
                    return;
                }
                String text = messages.getMessage("startup.notReady", null, LocaleConfiguration.VIETNAMESE);
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", "10");
                response.setHeader("Cache-Control", "no-store");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                if (ErrorHandling.isApi(request)) {
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    json.writeValue(response.getOutputStream(), ApiErrors.body(HttpStatus.SERVICE_UNAVAILABLE, text));
                    return;
                }
                String title = HtmlUtils.htmlEscape(
                        messages.getMessage("startup.title", null, LocaleConfiguration.VIETNAMESE));
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.getWriter()
                        .write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                + "<title>" + title + "</title></head><body><main><h1>" + title + "</h1><p>"
                                + HtmlUtils.htmlEscape(text) + "</p></main></body></html>");
            }
        });
        // Right after the redirect rewriting, before sessions and security: nothing is read or stored.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
