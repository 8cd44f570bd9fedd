package vn.ngayhoi.notification;

import java.time.LocalDate;
import java.util.List;

/** The notification module's API. */
public interface NotificationCenter {

    /**
     * Sends {@code recipient} the day's digest: each line not yet announced to them on {@code day}
     * becomes an in-app notification, and, when SMTP is configured and the recipient has an e-mail
     * address, all of them go out in one e-mail together with the account's in-app notices not yet
     * mailed (the day's hand-offs); {@code lines} may then be empty. Returns how many lines were
     * new. Two application instances calling this at once for the same recipient and day produce
     * one e-mail, never two.
     */
    int sendDailyDigest(Recipient recipient, LocalDate day, List<DigestLine> lines);

    /** Accounts with in-app notices that no e-mail digest has carried yet. */
    List<Long> accountsWithUnmailedNotices();

    /**
     * One e-mail to someone without an account (a citizen who left an address), after the
     * surrounding transaction commits; nothing when SMTP is not configured. The address is not
     * kept. Returns whether an e-mail will be sent.
     */
    boolean mailTo(String address, String subjectKey, String bodyKey, Object[] args);

    /** A single in-app notice, at once (no e-mail). */
    void notify(long userId, String messageKey, Object[] args, String link);

    /** The account's latest notices, newest first. */
    List<Notice> latest(long userId, int limit);

    /** One page of the account's notices, newest first, and how many it has: two statements (issue 20). */
    vn.ngayhoi.shared.Slice<Notice> page(long userId, long offset, int limit);

    long unread(long userId);

    void markAllRead(long userId);

    /** An in-app notice as the page shows it; {@code text} is already in Vietnamese. */
    record Notice(long id, String text, String link, java.time.OffsetDateTime createdAt, boolean read) {}
}
