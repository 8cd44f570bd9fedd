package vn.ngayhoi.notification;

import java.time.LocalDate;
import vn.ngayhoi.shared.AuditableEvent;
import vn.ngayhoi.shared.Formats;

/** What happened to notices; a sent digest goes to the audit trail. */
public final class NotificationEvents {

    private NotificationEvents() {}

    /**
     * An account's digest for {@code day} was claimed with {@code lines} new notices; {@code emailed}
     * says whether an e-mail is to follow once the transaction commits.
     */
    public record DigestSent(long userId, String username, LocalDate day, int lines, boolean emailed)
            implements AuditableEvent {
        public String action() {
            return "NOTIFICATION_DIGEST_SENT";
        }

        public String target() {
            return "user:" + username;
        }

        public String summary() {
            return lines + " thông báo ngày " + new Formats().date(day)
                    + (emailed ? ", kèm e-mail" : ", trong ứng dụng");
        }
    }
}
