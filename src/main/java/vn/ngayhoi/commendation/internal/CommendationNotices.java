package vn.ngayhoi.commendation.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.commendation.CommendationEvents.NominationVetted;
import vn.ngayhoi.commendation.CommendationEvents.NominationsSubmitted;
import vn.ngayhoi.commendation.NominationStatus;
import vn.ngayhoi.commendation.Round;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.shared.security.Role;

/**
 * A notice at each hand-off: nominations submitted, to the vetting department's officers with the
 * due date; a nomination returned or rejected, to the nominating unit's officers with the reason.
 */
@Component
class CommendationNotices {

    private final RoundRepository rounds;
    private final NominationRepository nominations;
    private final AccountManagement accounts;
    private final NotificationCenter notifications;

    CommendationNotices(
            RoundRepository rounds,
            NominationRepository nominations,
            AccountManagement accounts,
            NotificationCenter notifications) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(NominationsSubmitted submitted) {
        Round r = rounds.find(submitted.roundId()).orElseThrow();
        String unitName = nominations
                .submission(submitted.submissionId())
                .flatMap(s -> nominations.ofRound(r.id(), null).stream()
                        .filter(n -> n.unitId() == s.unitId())
                        .findFirst())
                .map(n -> n.unitName())
                .orElse(submitted.unitCode());
        tell(
                accounts.systemAccountsOfUnit(r.vettingUnitId(), Role.DEPARTMENT_OFFICER),
                "commendation.notice.submitted",
                new Object[] {unitName, submitted.count(), submitted.due()},
                "/commendations/" + r.id());
    }

    @EventListener
    void on(NominationVetted vetted) {
        if (vetted.outcome() == NominationStatus.ACCEPTED) {
            return;
        }
        var n = nominations.find(vetted.nominationId()).orElseThrow();
        tell(
                accounts.systemAccountsOfUnit(vetted.unitId(), Role.UNIT_OFFICER, Role.STANDING_OFFICE),
                vetted.outcome() == NominationStatus.RETURNED
                        ? "commendation.notice.returned"
                        : "commendation.notice.rejected",
                new Object[] {n.name(), vetted.reason()},
                "/commendations/nominations/" + n.id());
    }

    private void tell(List<UserView> who, String key, Object[] args, String href) {
        for (UserView u : who) {
            if (u.enabled()) {
                notifications.notify(u.id(), key, args, href);
            }
        }
    }
}
