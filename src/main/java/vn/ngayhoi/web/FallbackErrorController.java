package vn.ngayhoi.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.Problems;

/**
 * Whatever reaches the container's error path (no handler, a filter's refusal, a page that failed
 * while rendering): same shapes as {@link ErrorHandling}.
 */
@Controller
class FallbackErrorController implements ErrorController {

    private final MessageSource messages;
    private final Problems problems;

    FallbackErrorController(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s : request.getRequestURI();
        boolean api = path.startsWith(request.getContextPath() + "/api/");
        String errorId = null;
        String text;
        List<Problems.Shown> shown = null;
        if (request.getAttribute(InputFilter.REFUSAL) instanceof ValidationException refusal) {
            shown = problems.resolve(refusal);
            text = String.join(" ", shown.stream().map(Problems.Shown::message).toList());
        } else {
            text = messages.getMessage(key(status), null, LocaleContextHolder.getLocale());
        }
        if (status.is5xxServerError()) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            errorId = Incidents.record(
                    failure instanceof Throwable t ? t : new IllegalStateException("HTTP " + status.value()),
                    request,
                    path);
        }
        if (api) {
            Map<String, Object> body = ApiErrors.body(status, text);
            if (errorId != null) {
                body.put("errorId", errorId);
            }
            if (shown != null) {
                body.put("problems", shown);
            }
            return ResponseEntity.status(status).body(body);
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", text);
        model.addAttribute("errorId", errorId);
        return "error/page";
    }

    private static String key(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.notFound";
            case FORBIDDEN -> "error.forbidden";
            case BAD_REQUEST -> "error.badRequest";
            case UNAUTHORIZED -> "error.api.unauthorized";
            case PAYLOAD_TOO_LARGE -> "error.tooLarge";
            case METHOD_NOT_ALLOWED -> "error.method";
            default -> "error.internal";
        };
    }
}
