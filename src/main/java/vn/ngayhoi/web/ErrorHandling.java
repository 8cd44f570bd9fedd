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
import org.springframework.security.core.AuthenticationException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.TooManyRequestsException;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.web.Problems;

/**
 * Turns errors into answers: JSON {@code {"status","error","message"}} under {@code /api/}, an error
 * page elsewhere. Never a stack trace; always a Vietnamese sentence, naming the field when one is at
 * fault, and an error id when the fault is ours.
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

    @ExceptionHandler(TooManyRequestsException.class)
    Object tooMany(TooManyRequestsException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        return answer(request, response, model, HttpStatus.TOO_MANY_REQUESTS, message(e.messageKey()));
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

    /** A parameter of the wrong type ("abc" for a number, an unknown status): named, as a 400. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object wrongType(
            MethodArgumentTypeMismatchException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return invalid(
                ValidationException.of(e.getName(), "input.invalidValue", e.getName()), request, response, model);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(
            MissingServletRequestParameterException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return invalid(
                ValidationException.of(e.getParameterName(), "input.missing", e.getParameterName()),
                request,
                response,
                model);
    }

    /** A JSON body that cannot be read; a text with a control character names its field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(
            HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ValidationException refused) {
                return invalid(refused, request, response, model);
            }
        }
        // A value of the wrong shape ("abc" for a number, a list for a text): name the field it was for.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException jackson) {
                String field = jackson.getPath().stream()
                        .map(tools.jackson.core.JacksonException.Reference::getPropertyName)
                        .filter(name -> name != null)
                        .reduce((first, last) -> last)
                        .orElse(null);
                if (field != null) {
                    String name = InputFilter.shown(field);
                    return invalid(ValidationException.of(name, "input.invalidValue", name), request, response, model);
                }
            }
        }
        return answer(request, response, model, HttpStatus.BAD_REQUEST, message("error.badRequest"));
    }

    /** A body of a type the endpoint cannot read (text/plain for JSON): a 400 that says which. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object contentType(
            HttpMediaTypeNotSupportedException e,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String type = request.getContentType() == null ? "" : InputFilter.shown(request.getContentType());
        return invalid(ValidationException.of("Content-Type", "error.contentType", type), request, response, model);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        return answer(request, response, model, HttpStatus.PAYLOAD_TOO_LARGE, message("error.tooLarge"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpServletRequest request, HttpServletResponse response, Model model) {
        return answer(request, response, model, HttpStatus.METHOD_NOT_ALLOWED, message("error.method"));
    }

    /**
     * Anything else. Spring's own exceptions that carry a status keep it; the rest is a bug: logged
     * with its stack trace under a short id that the page and the API body show.
     */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model)
            throws Exception {
        if (e instanceof AuthenticationException) {
            throw e; // Spring Security's sign-in redirect or 401
        }
        if (e instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            String key = switch (status) {
                case NOT_FOUND -> "error.notFound";
                case METHOD_NOT_ALLOWED -> "error.method";
                case PAYLOAD_TOO_LARGE -> "error.tooLarge";
                default -> "error.badRequest";
            };
            return answer(request, response, model, status, message(key));
        }
        String errorId = Incidents.record(e, request, request.getRequestURI());
        return answer(request, response, model, HttpStatus.INTERNAL_SERVER_ERROR, message("error.internal"), errorId);
    }

    private Object answer(
            HttpServletRequest request, HttpServletResponse response, Model model, HttpStatus status, String text) {
        return answer(request, response, model, status, text, null);
    }

    private Object answer(
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            HttpStatus status,
            String text,
            String errorId) {
        if (isApi(request)) {
            Map<String, Object> body = ApiErrors.body(status, text);
            if (errorId != null) {
                body.put("errorId", errorId);
            }
            return ResponseEntity.status(status).body(body);
        }
        response.setStatus(status.value());
        // Exception handlers get a fresh model: the layout's navigation is added here.
        model.addAttribute("actor", navigation.actor());
        model.addAttribute("nav", navigation.nav(request));
        model.addAttribute("status", status.value());
        model.addAttribute("message", text);
        model.addAttribute("errorId", errorId);
        return "error/page";
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/public/api/");
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
