package vn.ngayhoi.notification;

/**
 * One line of a daily digest and of the in-app notice made from it: a message key of
 * messages_vi.properties with its arguments, a link inside the application, and a key that names
 * what the line is about ({@code task:42}) so that the same thing is never announced twice a day.
 */
public record DigestLine(String subjectKey, String messageKey, Object[] args, String link, boolean inAppOnce) {

    public DigestLine(String subjectKey, String messageKey, Object[] args, String link) {
        this(subjectKey, messageKey, args, link, false);
    }

    /**
     * A line the e-mail repeats every day but the application shows once (an overdue task): a
     * notice a day about the same thing would bury every other notice.
     */
    public static DigestLine inAppOnce(String subjectKey, String messageKey, Object[] args, String link) {
        return new DigestLine(subjectKey, messageKey, args, link, true);
    }
}
