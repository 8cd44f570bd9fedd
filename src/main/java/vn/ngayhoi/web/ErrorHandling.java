package vn.ngayhoi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.Problems;

/**
 * Turns errors into answers: JSON {@code {"status","error","message"}} under {@code /api/}, an error
 * page elsewhere. Never a stack trace; always a Vietnamese sentence.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

    private final MessageSource messages;
    private final Problems problems;
    private final Navigation navigation;

    ErrorHandling(MessageSource messages, Problems problems, Navigation navigation) {
        this.messages = messages;
        this.problems = problems;
        this.navigation = navigation;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    Object notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return answer(request, response, model, HttpStatus.NOT_FOUND, message("error.notFound"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        return answer(request, response, model, HttpStatus.FORBIDDEN, message("error.forbidden"));
    }

    @ExceptionHandler(ValidationException.class)
    Object invalid(ValidationException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        var shown = problems.resolve(e);
        String text =
                String.join(" ", shown.stream().map(Problems.Shown::message).toList());
        if (isApi(request)) {
            Map<String, Object> body = ApiErrors.body(HttpStatus.BAD_REQUEST, text);
            body.put("problems", shown);
            return ResponseEntity.badRequest().body(body);
        }
        return answer(request, response, model, HttpStatus.BAD_REQUEST, text);
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return answer(request, response, model, HttpStatus.CONFLICT, message(e.messageKey(), e.args()));
    }

    /**
     * Two requests raced for the same row (a double-clicked form, two tabs, two people): the database's
     * unique key or a version check turned the loser away, and nothing of it was stored. That is a
     * conflict to explain (409), not a server error.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class})
    Object raced(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        String key = e instanceof DuplicateKeyException ? "error.duplicate" : "error.raced";
        return answer(request, response, model, HttpStatus.CONFLICT, message(key));
    }

    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        HttpMessageNotReadableException.class
    })
    Object badRequest(HttpServletRequest request, HttpServletResponse response, Model model) {
        return answer(request, response, model, HttpStatus.BAD_REQUEST, message("error.badRequest"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        return answer(request, response, model, HttpStatus.PAYLOAD_TOO_LARGE, message("error.tooLarge"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpServletRequest request, HttpServletResponse response, Model model) {
        return answer(request, response, model, HttpStatus.METHOD_NOT_ALLOWED, message("error.method"));
    }

    private Object answer(
            HttpServletRequest request, HttpServletResponse response, Model model, HttpStatus status, String text) {
        if (isApi(request)) {
            return ResponseEntity.status(status).body(ApiErrors.body(status, text));
        }
        response.setStatus(status.value());
        // Exception handlers get a fresh model: the layout's navigation is added here.
        model.addAttribute("actor", navigation.actor());
        model.addAttribute("nav", navigation.nav(request));
        model.addAttribute("status", status.value());
        model.addAttribute("message", text);
        return "error/page";
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
