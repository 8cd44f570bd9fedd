package vn.ngayhoi.account.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.ngayhoi.account.AccountEvents.PasswordChanged;
import vn.ngayhoi.account.AccountEvents.PasswordReset;

/**
 * A new password ends every other signed-in session of the account: whoever knew the old one (the
 * reason to change it, often) is signed out on every device. The session that made the change
 * stays; an administrator's reset ends all of the account's sessions.
 */
@Component
class OtherSessionsEnd {

    private final FindByIndexNameSessionRepository<?> sessions;

    OtherSessionsEnd(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordChanged event) {
        endSessionsOf(event.username());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PasswordReset event) {
        endSessionsOf(event.username());
    }

    private void endSessionsOf(String username) {
        String current = currentSessionId();
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(current)) {
                sessions.deleteById(id);
            }
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
