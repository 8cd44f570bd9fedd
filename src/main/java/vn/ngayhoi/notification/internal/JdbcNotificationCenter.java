package vn.ngayhoi.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.ngayhoi.notification.DigestLine;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.notification.NotificationEvents.DigestSent;
import vn.ngayhoi.notification.Recipient;
import vn.ngayhoi.shared.Formats;

/**
 * Notices kept in PostgreSQL; the digest e-mail through Spring Mail when {@code spring.mail.host} is
 * set. Several application instances may call {@link #sendDailyDigest} at once: the row in
 * {@code notification_digest} is the claim, and only the instance whose insert succeeded sends.
 * Transactions are programmatic so that an instance built by hand (as a test does to stand for a
 * second application instance) behaves exactly like the bean.
 */
@Service
class JdbcNotificationCenter implements NotificationCenter {

    private static final Logger log = LoggerFactory.getLogger(JdbcNotificationCenter.class);
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Formats fmt;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final TransactionTemplate independent;
    private final String baseUrl;
    private final String from;

    JdbcNotificationCenter(
            JdbcClient jdbc,
            MessageSource messages,
            Formats fmt,
            Clock clock,
            ObjectProvider<JavaMailSender> mailSender,
            ApplicationEventPublisher events,
            JsonMapper json,
            PlatformTransactionManager transactions,
            @Value("${ngayhoi.base-url:http://localhost:8080}") String baseUrl,
            @Value("${ngayhoi.mail.from:ngayhoi@localhost}") String from) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.fmt = fmt;
        this.clock = clock;
        this.mailSender = mailSender;
        this.events = events;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.independent = new TransactionTemplate(transactions);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    /** A new line as the e-mail shows it. */
    private record Announced(String text, String link) {}

    /**
     * Claims the account's digest for the day, records the lines not yet announced, and registers
     * the e-mail to go out after the commit; joins a surrounding transaction if there is one (the
     * e-mail then waits for that one). An empty list claims nothing and returns 0.
     */
    @Override
    public int sendDailyDigest(Recipient recipient, LocalDate day, List<DigestLine> lines) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(day, "day");
        List<DigestLine> given = lines == null ? List.of() : lines;
        if (given.isEmpty() && !(mailing(recipient) && hasUnmailed(recipient.userId()))) {
            return 0;
        }
        Integer added = transaction.execute(status -> claimAndRecord(recipient, day, given));
        return added == null ? 0 : added;
    }

    @Override
    public List<Long> accountsWithUnmailedNotices() {
        return jdbc.sql("select distinct user_id from notification where mailed_day is null order by user_id")
                .query(Long.class)
                .list();
    }

    private boolean mailing(Recipient recipient) {
        return mailSender.getIfAvailable() != null
                && recipient.email() != null
                && !recipient.email().isBlank();
    }

    private boolean hasUnmailed(long userId) {
        return jdbc.sql("select exists (select 1 from notification where user_id = ? and mailed_day is null)")
                .param(userId)
                .query(Boolean.class)
                .single();
    }

    /** Returns how many of {@code lines} were new; the unmailed notices ride along in the e-mail. */
    private int claimAndRecord(Recipient recipient, LocalDate day, List<DigestLine> lines) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int claimed = jdbc.sql("insert into notification_digest (user_id, day, sent_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(recipient.userId(), day, now)
                .update();
        if (claimed == 0) {
            // Another instance (or an earlier run) has this account's digest for the day.
            return 0;
        }
        boolean email = mailing(recipient);
        // Taken before this digest's own lines become notices: those are in the e-mail already.
        List<Announced> handoffs = email ? takeUnmailed(recipient.userId(), day) : List.of();
        List<Announced> announced = new ArrayList<>();
        for (DigestLine line : lines) {
            Object[] args = normalise(line.args());
            String text = resolve(line.messageKey(), args);
            checkLink(line.link());
            int added = jdbc.sql("insert into notification_announced (user_id, day, subject_key) values (?, ?, ?)"
                            + " on conflict do nothing")
                    .params(recipient.userId(), day, line.subjectKey())
                    .update();
            if (added == 1) {
                if (!line.inAppOnce() || !noticeExists(recipient.userId(), line.messageKey(), line.link())) {
                    insertNotice(recipient.userId(), line.messageKey(), args, line.link(), now, day);
                }
                announced.add(new Announced(text, line.link()));
            }
        }
        int added = announced.size();
        announced.addAll(handoffs);
        if (announced.isEmpty()) {
            return 0;
        }
        events.publishEvent(new DigestSent(recipient.userId(), recipient.username(), day, announced.size(), email));
        if (email) {
            JavaMailSender sender = mailSender.getObject();
            List<Announced> toMail = List.copyOf(announced);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    mail(sender, recipient, day, toMail);
                }
            });
        }
        return added;
    }

    /**
     * The account's notices not yet in any e-mail (plan submitted, report returned…), oldest
     * first, marked as mailed on {@code day}. Claimed with the digest, so two instances never both
     * take them.
     */
    private List<Announced> takeUnmailed(long userId, LocalDate day) {
        return jdbc
                .sql("""
                        update notification set mailed_day = ? where user_id = ? and mailed_day is null
                        returning message_key, args::text, link, created_at, id
                        """)
                .params(day, userId)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getLong(5)
                })
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing((Object[] r) -> (OffsetDateTime) r[3])
                        .thenComparing(r -> (Long) r[4]))
                .map(r -> new Announced(
                        messages.getMessage((String) r[0], readArgs((String) r[1]), (String) r[0], VIETNAMESE),
                        (String) r[2]))
                .toList();
    }

    private boolean noticeExists(long userId, String messageKey, String link) {
        return jdbc.sql("select exists (select 1 from notification where user_id = ? and message_key = ? and link = ?)")
                .params(userId, messageKey, link)
                .query(Boolean.class)
                .single();
    }

    private void mail(JavaMailSender sender, Recipient recipient, LocalDate day, List<Announced> announced) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(new InternetAddress(recipient.email(), recipient.fullName(), "UTF-8"));
            helper.setSubject(
                    messages.getMessage("notification.digest.subject", new Object[] {fmt.date(day)}, VIETNAMESE));
            helper.setText(body(recipient, day, announced), false);
            sender.send(message);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            // The notices are in the application already; the digest stays marked as not mailed.
            log.warn("The digest of {} for {} could not be mailed: {}", recipient.username(), day, e.toString());
            return;
        }
        independent.executeWithoutResult(
                status -> jdbc.sql("update notification_digest set mailed = true where user_id = ? and day = ?")
                        .params(recipient.userId(), day)
                        .update());
    }

    private String body(Recipient recipient, LocalDate day, List<Announced> announced) {
        StringBuilder text = new StringBuilder();
        text.append(message("notification.digest.greeting", recipient.fullName()))
                .append("\n\n")
                .append(message("notification.digest.intro", fmt.date(day)))
                .append("\n\n");
        for (Announced a : announced) {
            text.append(
                            a.link() == null
                                    ? message("notification.digest.line", a.text())
                                    : message("notification.digest.lineWithLink", a.text(), absolute(a.link())))
                    .append('\n');
        }
        text.append('\n').append(message("notification.digest.footer", absolute("/notifications")));
        return text.append('\n').toString();
    }

    private String absolute(String link) {
        return baseUrl + link;
    }

    @Override
    public boolean mailTo(String address, String subjectKey, String bodyKey, Object[] args) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || address == null || address.isBlank()) {
            return false;
        }
        Object[] normalised = normalise(args);
        String subject = message(subjectKey, normalised);
        String body = message(bodyKey, normalised);
        Runnable send = () -> {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(from);
                helper.setTo(new InternetAddress(address, true));
                helper.setSubject(subject);
                // Plain text: whatever the answer holds is shown as text, never as markup.
                helper.setText(body + "\n", false);
                sender.send(message);
            } catch (MailException | MessagingException e) {
                log.warn(
                        "A citizen's e-mail could not be sent: {}", e.getClass().getSimpleName());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
        return true;
    }

    @Override
    public void notify(long userId, String messageKey, Object[] args, String link) {
        Object[] normalised = normalise(args);
        resolve(messageKey, normalised);
        checkLink(link);
        insertNotice(userId, messageKey, normalised, link, OffsetDateTime.now(clock), null);
    }

    @Override
    public List<Notice> latest(long userId, int limit) {
        return page(userId, 0, Math.max(0, limit)).items();
    }

    @Override
    public vn.ngayhoi.shared.Slice<Notice> page(long userId, long offset, int limit) {
        return vn.ngayhoi.shared.Slice.read(
                jdbc,
                "select id, message_key, args::text, link, created_at, read_at is not null",
                "from notification where user_id = ?",
                "order by created_at desc, id desc",
                (rs, n) -> new Notice(
                        rs.getLong(1),
                        messages.getMessage(rs.getString(2), readArgs(rs.getString(3)), rs.getString(2), VIETNAMESE),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getBoolean(6)),
                offset,
                limit,
                userId);
    }

    @Override
    public long unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(userId)
                .query(Long.class)
                .single();
    }

    @Override
    public void markAllRead(long userId) {
        jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
                .params(OffsetDateTime.now(clock), userId)
                .update();
    }

    /** {@code mailedDay}: the digest that carries the notice, or null when no e-mail has yet. */
    private void insertNotice(
            long userId, String messageKey, Object[] args, String link, OffsetDateTime at, LocalDate mailedDay) {
        jdbc.sql("insert into notification (user_id, message_key, args, link, created_at, mailed_day)"
                        + " values (?, ?, ?::jsonb, ?, ?, ?)")
                .params(userId, messageKey, json.writeValueAsString(args), link, at, mailedDay)
                .update();
    }

    /** Resolving before storing makes a wrong key fail at once, in the caller's transaction. */
    private String resolve(String messageKey, Object[] args) {
        return messages.getMessage(messageKey, args, VIETNAMESE);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    /**
     * Arguments as they are stored: numbers stay numbers (MessageFormat groups them the Vietnamese
     * way), dates become dd/MM/yyyy, everything else its text.
     */
    private Object[] normalise(Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        return Arrays.stream(args)
                .map(a -> a == null || a instanceof Number || a instanceof String
                        ? a
                        : a instanceof LocalDate d
                                ? fmt.date(d)
                                : a instanceof TemporalAccessor t ? fmt.dateTime(t) : a.toString())
                .toArray();
    }

    private Object[] readArgs(String stored) {
        return stored == null ? new Object[0] : json.readValue(stored, Object[].class);
    }

    /** Links stay inside the application: a path such as {@code /plans/12}, never another site. */
    private static void checkLink(String link) {
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\"))) {
            throw new IllegalArgumentException("A notice links to a path inside the application: " + link);
        }
    }
}
