package vn.ngayhoi.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.ngayhoi.shared.ConflictException;

/**
 * Does each rendered form's action once. The first POST with a {@code _formKey} claims the key (a row
 * committed at once, so a second submission sees it even while the first is running); when the action
 * ends it records where it sent the person, or gives the key back if it failed (so a corrected form
 * can be sent again). A later submission with the same key is sent to that same place; one that
 * arrives while the first is still running waits for it when it runs in this instance, and is told
 * "Biểu mẫu này đã được gửi" (409) otherwise. See docs/adr/0013.
 */
final class FormSubmissions implements HandlerInterceptor {

    /** How long a key is remembered; a form kept open longer than this can be sent again. */
    static final Duration KEEP = Duration.ofDays(2);

    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(30);
    private static final String CLAIMED = FormSubmissions.class.getName() + ".CLAIMED";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<UUID, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

    FormSubmissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Stored(String principal, String location) {}

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        UUID key = key(request);
        if (key == null) {
            return true;
        }
        String principal = principal(request);
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> first = running.putIfAbsent(key, mine);
        if (first == null) {
            if (claim(key, principal, request.getRequestURI())) {
                request.setAttribute(CLAIMED, key);
                return true;
            }
            running.remove(key, mine);
            mine.complete(null);
        } else {
            awaitQuietly(first);
        }
        return replay(key, principal, response);
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(request.getAttribute(CLAIMED) instanceof UUID key)) {
            return;
        }
        try {
            int status = response.getStatus();
            if (ex == null && status < 400) {
                String location = status >= 300 ? response.getHeader("Location") : null;
                jdbc.sql("update form_submission set location = ? where form_key = ?")
                        .params(location == null ? "" : location, key)
                        .update();
            } else {
                // Nothing was done (the action's transaction rolled back): the same form may be sent again.
                jdbc.sql("delete from form_submission where form_key = ?")
                        .param(key)
                        .update();
            }
        } finally {
            CompletableFuture<Void> mine = running.remove(key);
            if (mine != null) {
                mine.complete(null);
            }
        }
    }

    /** Claims the key in its own short transaction; false when it was claimed before. */
    private boolean claim(UUID key, String principal, String path) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Each person's old keys go as they send new forms, so the table stays small without a job.
        jdbc.sql("delete from form_submission where principal = ? and created_at < ?")
                .params(principal, now.minus(KEEP))
                .update();
        return jdbc.sql("insert into form_submission (form_key, principal, path, created_at) values (?, ?, ?, ?)"
                                + " on conflict (form_key) do nothing")
                        .params(key, principal, path, now)
                        .update()
                > 0;
    }

    /** Answers a submission of a form already sent: where the first one went, or 409. */
    private boolean replay(UUID key, String principal, HttpServletResponse response) throws IOException {
        Optional<Stored> stored = jdbc.sql("select principal, location from form_submission where form_key = ?")
                .param(key)
                .query((rs, i) -> new Stored(rs.getString(1), rs.getString(2)))
                .optional();
        if (stored.isEmpty()) {
            // The first submission failed and gave the key back: this one may try again. Rare enough
            // (two clicks, the first refused) that asking to send the form again is the simple answer.
            throw new ConflictException("form.alreadySubmitted");
        }
        Stored s = stored.get();
        if (s.principal().equals(principal)
                && s.location() != null
                && !s.location().isEmpty()) {
            response.sendRedirect(s.location());
            return false;
        }
        throw new ConflictException("form.alreadySubmitted");
    }

    private static void awaitQuietly(CompletableFuture<Void> first) {
        try {
            first.get(WAIT_FOR_FIRST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // answered from what is stored, whatever it is
        }
    }

    private static UUID key(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return null;
        }
        String value = request.getParameter(FormKeys.PARAMETER);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            // Not a key we made: the form is handled as one without a key.
            return null;
        }
    }

    private static String principal(HttpServletRequest request) {
        String user = request.getRemoteUser();
        return user == null ? "" : user;
    }
}
