package vn.ngayhoi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's error body, {@code {"status", "error", "message"}} with a Vietnamese message, for
 * failures that happen before a controller runs (no or wrong credentials, a missing role).
 */
@Component
class ApiErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiErrors(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    static Map<String, Object> body(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        return body;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"ngayhoi\", error=\"invalid_token\"");
            write(response, HttpStatus.UNAUTHORIZED, "error.api.tokenInvalid");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"ngayhoi\", charset=\"UTF-8\"");
        write(response, HttpStatus.UNAUTHORIZED, "error.api.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "error.forbidden");
    }

    /** A calendar feed whose token is unknown, expired or revoked. */
    void notFound(HttpServletResponse response) throws IOException {
        write(response, HttpStatus.NOT_FOUND, "error.notFound");
    }

    private void write(HttpServletResponse response, HttpStatus status, String key) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String message = messages.getMessage(key, null, LocaleConfiguration.VIETNAMESE);
        json.writeValue(response.getOutputStream(), body(status, message));
    }
}
