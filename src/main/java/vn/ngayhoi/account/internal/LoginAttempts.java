package vn.ngayhoi.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountEvents.AccountLocked;
import vn.ngayhoi.account.AccountEvents.LoginFailed;
import vn.ngayhoi.account.AccountEvents.LoginSucceeded;
import vn.ngayhoi.account.Usernames;
import vn.ngayhoi.shared.Formats;

/**
 * Counts failed sign-ins: after {@code ngayhoi.security.max-failed-logins} (5) in a row the account
 * is locked for {@code ngayhoi.security.lock-minutes} (15). Pages and the API share the count.
 */
@Component
class LoginAttempts {

    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginAttempts(
            UserRepository users,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${ngayhoi.security.max-failed-logins:5}") int maxFailures,
            @Value("${ngayhoi.security.lock-minutes:15}") int lockMinutes) {
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    /*
     * Neither listener runs in a transaction of its own: each statement here is one atomic UPDATE,
     * and the audit entries they publish are written in a transaction of their own (they must
     * survive the failure that follows a refused sign-in). Inside a transaction, every sign-in held
     * one pooled connection while waiting for a second one for its audit entry: with as many
     * concurrent HTTP Basic sign-ins as the pool has connections (10), each held one and waited for
     * another, and every request failed after the pool's 30 s timeout (issue 20's benchmark).
     */

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)) {
            return;
        }
        users.clearFailures(principal.actor().userId());
        if (!event.getAuthentication().getClass().getSimpleName().contains("RememberMe")) {
            events.publishEvent(new LoginSucceeded(principal.getUsername()));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted = Usernames.canonical(event.getAuthentication().getName());
        var account = users.credentials(attempted);
        if (account.isEmpty()) {
            events.publishEvent(new LoginFailed(attempted, "unknown account", 0));
            return;
        }
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            events.publishEvent(new LoginFailed(
                    account.get().username(), event.getException().getClass().getSimpleName(), 0));
            return;
        }
        long id = account.get().id();
        int failures = users.recordFailure(id);
        events.publishEvent(new LoginFailed(account.get().username(), "wrong password", failures));
        if (failures >= maxFailures) {
            OffsetDateTime until = OffsetDateTime.now(clock).plus(lockFor);
            users.lockUntil(id, until);
            events.publishEvent(new AccountLocked(account.get().username(), new Formats().dateTime(until)));
        }
    }
}
