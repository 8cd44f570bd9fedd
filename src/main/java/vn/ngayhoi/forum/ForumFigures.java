package vn.ngayhoi.forum;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.ngayhoi.forum.internal.OpinionRepository;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.security.AccessPolicy;

/**
 * The forum's figures for a subtree and a year: by topic and by status, answered on time, late or
 * not at all, and the median days to an answer. The report's "ý kiến tiếp nhận / đã trả lời" take
 * their numbers from {@link #systemCountsOfUnit}, so the report and this page never disagree.
 */
@Service
public class ForumFigures {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final OpinionRepository opinions;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;

    ForumFigures(OpinionRepository opinions, OrgUnitManagement units, AccessPolicy policy) {
        this.opinions = opinions;
        this.units = units;
        this.policy = policy;
    }

    /**
     * @param received opinions received, hidden ones left out (a duplicate or an insult is not an
     *     opinion to count)
     * @param answered of those, answered
     * @param onTime answered by the due date
     * @param late answered after it
     * @param unanswered still open
     * @param overdue open past the due date
     * @param medianDaysToAnswer median whole days from receipt to answer, null with no answer yet
     */
    public record Figures(
            long received,
            long answered,
            long onTime,
            long late,
            long unanswered,
            long overdue,
            Double medianDaysToAnswer,
            Map<String, Long> byTopic,
            Map<OpinionStatus, Long> byStatus) {}

    /** A unit's own counts for the year, for a report's prefill. */
    public record Counts(long received, long answered) {}

    /** Figures of a subtree in scope (a code; the account's own unit when null) for one year. */
    public Figures of(String unitCode, int year, LocalDate today) {
        OrgUnit unit = unitCode == null || unitCode.isBlank()
                ? units.get(policy.requireActor().unitId())
                : units.getByCode(unitCode.strip(), today);
        return figures(opinions.receivedBetween(unit.path(), start(year), start(year + 1)), today);
    }

    /** Not scoped: the caller (the report module, for its own unit's report) has checked. */
    public Counts systemCountsOfUnit(long unitId, int year) {
        List<Opinion> own = opinions.receivedByUnit(unitId, start(year), start(year + 1)).stream()
                .filter(o -> o.status() != OpinionStatus.HIDDEN)
                .toList();
        return new Counts(
                own.size(),
                own.stream().filter(o -> o.status() == OpinionStatus.ANSWERED).count());
    }

    static Figures figures(List<Opinion> all, LocalDate today) {
        List<Opinion> counted =
                all.stream().filter(o -> o.status() != OpinionStatus.HIDDEN).toList();
        List<Opinion> answered = counted.stream()
                .filter(o -> o.status() == OpinionStatus.ANSWERED)
                .toList();
        long onTime = answered.stream().filter(o -> o.answeredOnTime(ZONE)).count();
        List<Long> days = answered.stream()
                .map(o -> ChronoUnit.DAYS.between(
                        o.receivedAt().atZoneSameInstant(ZONE).toLocalDate(),
                        o.answeredAt().atZoneSameInstant(ZONE).toLocalDate()))
                .sorted()
                .toList();
        Double median = days.isEmpty()
                ? null
                : days.size() % 2 == 1
                        ? (double) days.get(days.size() / 2)
                        : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
        Map<String, Long> byTopic = new TreeMap<>();
        counted.forEach(o -> byTopic.merge(o.topicName(), 1L, Long::sum));
        Map<OpinionStatus, Long> byStatus = new LinkedHashMap<>();
        for (OpinionStatus s : OpinionStatus.values()) {
            byStatus.put(s, all.stream().filter(o -> o.status() == s).count());
        }
        List<Opinion> open = counted.stream().filter(o -> o.status().open()).toList();
        return new Figures(
                counted.size(),
                answered.size(),
                onTime,
                answered.size() - onTime,
                open.size(),
                open.stream().filter(o -> o.overdueOn(today)).count(),
                median,
                byTopic,
                byStatus);
    }

    private static OffsetDateTime start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toOffsetDateTime();
    }
}
