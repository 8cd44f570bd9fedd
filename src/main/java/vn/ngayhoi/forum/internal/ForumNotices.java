package vn.ngayhoi.forum.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.forum.ForumEvents.OpinionAnswered;
import vn.ngayhoi.forum.ForumEvents.OpinionEscalated;
import vn.ngayhoi.forum.ForumEvents.OpinionReceived;
import vn.ngayhoi.forum.ForumEvents.OpinionRouted;
import vn.ngayhoi.forum.Opinion;
import vn.ngayhoi.forum.OpinionStatus;
import vn.ngayhoi.notification.NotificationCenter;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.security.Role;

/**
 * A notice at each hand-off of an opinion: received or routed, to the officers of the unit that
 * answers; an answer to approve, to the leaders of that unit (or, when it has none, of the unit
 * above); escalated, to both units; answered, to the citizen's e-mail address when one was left.
 * Notices name the unit and the topic, never the sender.
 */
@Component
class ForumNotices {

    private static final Role[] ANSWERERS = {Role.UNIT_OFFICER, Role.STANDING_OFFICE, Role.LEADER};

    private final OpinionRepository opinions;
    private final OrgUnitManagement units;
    private final AccountManagement accounts;
    private final NotificationCenter notifications;

    ForumNotices(
            OpinionRepository opinions,
            OrgUnitManagement units,
            AccountManagement accounts,
            NotificationCenter notifications) {
        this.opinions = opinions;
        this.units = units;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @EventListener
    void on(OpinionReceived received) {
        Opinion o = opinions.find(received.opinionId()).orElseThrow();
        tell(accounts.systemAccountsOfUnit(o.unitId(), ANSWERERS), "forum.notice.received", o);
    }

    @EventListener
    void on(OpinionRouted routed) {
        Opinion o = opinions.find(routed.opinionId()).orElseThrow();
        tell(accounts.systemAccountsOfUnit(routed.toUnitId(), ANSWERERS), "forum.notice.routed", o);
    }

    @EventListener
    void on(OpinionAnswered answered) {
        Opinion o = opinions.find(answered.opinionId()).orElseThrow();
        if (answered.to() == OpinionStatus.PENDING_APPROVAL) {
            List<UserView> leaders = accounts.systemAccountsOfUnit(o.unitId(), Role.LEADER);
            if (leaders.isEmpty()) {
                OrgUnit unit = units.systemFindById(o.unitId()).orElseThrow();
                if (unit.parentId() != null) {
                    leaders = accounts.systemAccountsOfUnit(unit.parentId(), Role.LEADER);
                }
            }
            tell(leaders, "forum.notice.toApprove", o);
            return;
        }
        if (o.contact() != null && o.contact().contains("@") && "ONLINE".equals(o.channel())) {
            notifications.mailTo(o.contact(), "forum.mail.answered.subject", "forum.mail.answered.body", new Object[] {
                o.name(), o.receivedAt().toLocalDate(), o.unitName(), o.answer()
            });
        }
    }

    @EventListener
    void on(OpinionEscalated escalated) {
        Opinion o = opinions.find(escalated.opinionId()).orElseThrow();
        tell(accounts.systemAccountsOfUnit(escalated.unitId(), ANSWERERS), "forum.notice.escalated", o);
        tell(accounts.systemAccountsOfUnit(escalated.toUnitId(), ANSWERERS), "forum.notice.escalatedHere", o);
    }

    private void tell(List<UserView> who, String key, Opinion o) {
        Object[] args = {o.topicName(), o.unitName(), o.dueDate()};
        for (UserView u : who) {
            if (u.enabled()) {
                notifications.notify(u.id(), key, args, "/forum/" + o.id());
            }
        }
    }
}
