package vn.ngayhoi.festival;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.festival.FestivalEvents.LeaderAssigned;
import vn.ngayhoi.festival.internal.FestivalRepository;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;
import vn.ngayhoi.shared.security.Scope;

/**
 * The leaders named to attend festivals and each leader's schedule. A festival is reached through
 * {@link FestivalManagement#get}, so naming or reading its leaders is scoped as the festival is.
 */
@Service
public class FestivalLeaders {

    private final FestivalManagement management;
    private final FestivalRepository festivals;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FestivalLeaders(
            FestivalManagement management,
            FestivalRepository festivals,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.management = management;
        this.festivals = festivals;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** The standing office names a leader (an account with the LEADER role in its scope) to attend. */
    @Transactional
    public void assignLeader(long festivalId, long userId, String username) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        management.get(festivalId);
        festivals.assignLeader(festivalId, userId, OffsetDateTime.now(clock));
        events.publishEvent(new LeaderAssigned(festivalId, username));
    }

    /** Start-up only (demo): a leader named to attend, as the standing office would. */
    @Transactional
    public void systemAssignLeader(long festivalId, long userId, String username) {
        festivals.assignLeader(festivalId, userId, OffsetDateTime.now(clock));
        events.publishEvent(new LeaderAssigned(festivalId, username));
    }

    @Transactional
    public void removeLeader(long festivalId, long userId) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        management.get(festivalId);
        festivals.removeLeader(festivalId, userId);
    }

    public List<Long> leaders(long festivalId) {
        management.get(festivalId);
        return festivals.leaders(festivalId);
    }

    /** The leaders assigned to a festival, without a scope check (the budget's gift givers). */
    public List<Long> systemLeaders(long festivalId) {
        return festivals.leaders(festivalId);
    }

    /** The festivals a leader attends (the signed-in leader's own schedule when {@code userId} is theirs). */
    public List<Festival> scheduleOf(long userId) {
        Actor actor = policy.requireActor();
        if (actor.userId() != userId) {
            policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        }
        return festivals.ofLeader(userId).stream()
                .map(FestivalRepository.Located::festival)
                .toList();
    }

    /** A festival of a leader's schedule, and whether the caller's scope reaches its unit. */
    public record Scheduled(Festival festival, boolean seen) {}

    /**
     * A leader's festivals for the standing office assigning them: all of them (a clash is a clash
     * wherever the other festival is), each marked with whether the caller may see it, so that a page
     * names only those in the caller's scope.
     */
    public List<Scheduled> scheduleSeenByCaller(long userId) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        Scope scope = policy.currentScope();
        return festivals.ofLeader(userId).stream()
                .map(l -> new Scheduled(l.festival(), scope.contains(l.unitPath())))
                .toList();
    }

    /** Start-up only (demo) and the calendar feed: a leader's festivals without a scope check. */
    public List<Festival> systemScheduleOf(long userId) {
        return festivals.ofLeader(userId).stream()
                .map(FestivalRepository.Located::festival)
                .toList();
    }
}
