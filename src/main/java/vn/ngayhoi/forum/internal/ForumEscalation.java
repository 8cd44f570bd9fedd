package vn.ngayhoi.forum.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ngayhoi.forum.ForumEvents.OpinionEscalated;
import vn.ngayhoi.forum.Opinion;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;

/**
 * Each morning, an opinion still open after its due date goes up one level: the unit above sees it
 * on its to-do list beside the unit that owes the answer. Once per opinion: the update claims it,
 * so two instances, or two runs of a day, escalate it once.
 */
@Component
public class ForumEscalation {

    private final OpinionRepository opinions;
    private final OrgUnitManagement units;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ForumEscalation(
            OpinionRepository opinions,
            OrgUnitManagement units,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.opinions = opinions;
        this.units = units;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Escalates what is late on {@code today}; returns how many opinions went up. */
    public int run(LocalDate today) {
        int escalated = 0;
        for (Opinion o : opinions.dueForEscalation(today)) {
            OrgUnit unit = units.systemFindById(o.unitId()).orElseThrow();
            if (unit.parentId() == null) {
                continue;
            }
            OrgUnit above = units.systemFindById(unit.parentId()).orElseThrow();
            Boolean done = transaction.execute(status -> {
                if (!opinions.escalate(o.id(), above.id(), OffsetDateTime.now(clock))) {
                    return false;
                }
                events.publishEvent(new OpinionEscalated(o.id(), o.unitId(), above.id(), above.code()));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                escalated++;
            }
        }
        return escalated;
    }

    @Component
    @EnableScheduling
    @ConditionalOnProperty(name = "ngayhoi.reminders.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule {

        private final ForumEscalation escalation;
        private final Clock clock;
        private final vn.ngayhoi.shared.jobs.JobRuns runs;

        Schedule(ForumEscalation escalation, Clock clock, vn.ngayhoi.shared.jobs.JobRuns runs) {
            this.escalation = escalation;
            this.clock = clock;
            this.runs = runs;
        }

        @Scheduled(cron = "${ngayhoi.forum.escalation-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
        void daily() {
            // once per day across every instance on this database (ADR 0033)
            LocalDate today = LocalDate.now(clock);
            if (runs.claim("forum-escalation", today.toString())) {
                escalation.run(today);
            }
        }
    }
}
