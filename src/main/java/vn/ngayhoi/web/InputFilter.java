package vn.ngayhoi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;

/**
 * Refuses, before anything reads them, request input no person types: a body with a wildcard or
 * unreadable Content-Type, and control characters ({@link Texts#controlCharacterAt}) in any query or
 * form parameter, its name included. The answer is a 400 naming the field, rendered by {@link
 * FallbackErrorController}; nothing has been read or changed.
 *
 * <p>It runs before Spring Security so the sign-in form is covered too, and after the character
 * encoding filter so form bodies are decoded as UTF-8.
 */
@Component
@Order(InputFilter.ORDER)
class InputFilter extends OncePerRequestFilter {

    /** Just before Spring Security's filter chain (-100). */
    static final int ORDER = -101;

    /** The request attribute holding the {@link ValidationException} that refused the request. */
    static final String REFUSAL = InputFilter.class.getName() + ".refusal";

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int SHOWN_LENGTH = 80;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ValidationException refusal = contentTypeProblem(request);
        if (refusal == null) {
            refusal = parameterProblem(request);
        }
        if (refusal != null) {
            request.setAttribute(REFUSAL, refusal);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static ValidationException contentTypeProblem(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !WITH_BODY.contains(request.getMethod())) {
            return null;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            if (!media.isWildcardType() && !media.isWildcardSubtype()) {
                return null;
            }
        } catch (InvalidMediaTypeException e) {
            // refused below, like a wildcard: Spring MVC would fail on it with a 500
        }
        return ValidationException.of("Content-Type", "error.contentType", shown(type));
    }

    private static ValidationException parameterProblem(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            // An unreadable multipart body (too large, cut off) is answered by Spring MVC's own handling.
            return null;
        }
        for (var p : parameters.entrySet()) {
            if (Texts.hasControlCharacters(p.getKey())) {
                return refused(p.getKey());
            }
            for (String value : p.getValue()) {
                if (Texts.hasControlCharacters(value)) {
                    return refused(p.getKey());
                }
            }
        }
        return null;
    }

    static ValidationException refused(String field) {
        String name = shown(field);
        return ValidationException.of(name, "input.controlCharacter", name);
    }

    /** The offending name as it can be shown: control characters as "?", cut to a readable length. */
    static String shown(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < SHOWN_LENGTH; i++) {
            char c = text.charAt(i);
            out.append(Texts.hasControlCharacters(String.valueOf(c)) || c < 0x20 ? '?' : c);
        }
        return text.length() > SHOWN_LENGTH ? out + "…" : out.toString();
    }
}
