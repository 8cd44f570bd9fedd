package vn.ngayhoi.document.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's messages to SLF4J (its default writes every INFO line to standard error):
 * INFO and below become DEBUG, WARNING stays WARN, SEVERE becomes ERROR.
 */
final class Slf4jXRLogger implements XRLogger {

    private static Logger logger(String where) {
        return LoggerFactory.getLogger(where == null ? "com.openhtmltopdf" : where);
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger log = logger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            log.error(msg, th);
        } else if (value >= Level.WARNING.intValue()) {
            log.warn(msg, th);
        } else if (log.isDebugEnabled()) {
            log.debug(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are configured through the logging system
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        Logger log = logger("com.openhtmltopdf");
        return value >= Level.WARNING.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
    }
}
