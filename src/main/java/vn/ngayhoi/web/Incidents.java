package vn.ngayhoi.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected failure gets a short id, logged with its stack trace and shown to the user, so that
 * "Mã lỗi: 3f9a1c2b" read over the phone finds the one log entry among thousands.
 */
final class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private Incidents() {}

    /** Logs the failure at ERROR with a new id and returns that id (8 hexadecimal digits). */
    static String record(Throwable failure, HttpServletRequest request, String uri) {
        String id = "%08x".formatted(ThreadLocalRandom.current().nextInt());
        // The path without the query: query values may be personal data and are not needed to find the bug.
        log.error("Unexpected error {} on {} {}", id, request.getMethod(), uri, failure);
        return id;
    }
}
