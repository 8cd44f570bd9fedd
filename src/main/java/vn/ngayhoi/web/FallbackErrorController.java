package vn.ngayhoi.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Whatever reaches the container's error path (no handler, a filter's error): same shapes as above. */
@Controller
class FallbackErrorController implements ErrorController {

    private final MessageSource messages;

    FallbackErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String key = switch (status) {
            case NOT_FOUND -> "error.notFound";
            case FORBIDDEN -> "error.forbidden";
            case BAD_REQUEST -> "error.badRequest";
            case UNAUTHORIZED -> "error.api.unauthorized";
            case PAYLOAD_TOO_LARGE -> "error.tooLarge";
            case METHOD_NOT_ALLOWED -> "error.method";
            default -> "error.internal";
        };
        String text = messages.getMessage(key, null, LocaleContextHolder.getLocale());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String s && s.startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(status).body(ApiErrors.body(status, text));
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", text);
        return "error/page";
    }
}
