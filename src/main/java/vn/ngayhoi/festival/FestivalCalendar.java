package vn.ngayhoi.festival;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.account.UserView;
import vn.ngayhoi.festival.FestivalClashes.Clash;
import vn.ngayhoi.festival.FestivalClashes.Leader;
import vn.ngayhoi.festival.internal.FestivalLeaderQueries;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.orgunit.UnitType;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.security.AccessPolicy;
import vn.ngayhoi.shared.security.Role;

/**
 * The festival calendar as pages show it: festivals in the caller's scope with their tier, leaders and
 * clashes, laid out by month (weeks from Monday) or by date; and the leader-assignment view.
 * Clashes are looked for among the festivals the caller sees, so a page never names a unit outside
 * the caller's scope.
 */
@Service
public class FestivalCalendar {

    /** Tier of commune-level units (xã, phường, thị trấn); below it, 4, are residential areas, agencies… */
    public static final int COMMUNE_TIER = 3;

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final FestivalManagement festivals;
    private final FestivalLeaders attending;
    private final FestivalLeaderQueries leaders;
    private final OrgUnitManagement units;
    private final AccountManagement accounts;
    private final AccessPolicy policy;

    FestivalCalendar(
            FestivalManagement festivals,
            FestivalLeaders attending,
            FestivalLeaderQueries leaders,
            OrgUnitManagement units,
            AccountManagement accounts,
            AccessPolicy policy) {
        this.festivals = festivals;
        this.attending = attending;
        this.leaders = leaders;
        this.units = units;
        this.accounts = accounts;
        this.policy = policy;
    }

    /** One festival on the calendar. */
    public record Entry(Festival festival, int tier, List<Leader> leaders, List<Clash> clashes) {
        public LocalDate date() {
            return festival.startsAt().atZoneSameInstant(Formats.ZONE).toLocalDate();
        }

        public boolean clashed() {
            return !clashes.isEmpty();
        }

        /** Start time in Vietnam, 07:30. */
        public String startTime() {
            return HH_MM.format(festival.startsAt().atZoneSameInstant(Formats.ZONE));
        }

        /** End time in Vietnam, 11:00 (with its date when the festival ends on a later day). */
        public String endTime() {
            var end = festival.endsAt().atZoneSameInstant(Formats.ZONE);
            return end.toLocalDate().equals(date()) ? HH_MM.format(end) : new Formats().dateTime(festival.endsAt());
        }

        /** The leaders' names, comma-separated. */
        public String leaderNames() {
            return String.join(", ", leaders.stream().map(Leader::fullName).toList());
        }

        /** The leaders this festival clashes on, each once. */
        public List<Leader> clashingLeaders() {
            return clashes.stream().map(Clash::leader).distinct().toList();
        }
    }

    public record Day(LocalDate date, boolean inMonth, List<Entry> entries) {}

    public record Week(List<Day> days) {}

    public record DateGroup(LocalDate date, List<Entry> entries) {}

    /** Festivals of a campaign (all campaigns when null) in scope, by time, filtered by unit type and tier. */
    public List<Entry> entries(Long campaignId, String typeCode, Integer tier) {
        List<Festival> all = festivals.list(campaignId, null, List.of());
        List<Entry> entries = entriesOf(all);
        return entries.stream()
                .filter(e -> typeCode == null
                        || typeCode.isBlank()
                        || typeCode.equals(e.festival().unitTypeCode()))
                .filter(e -> tier == null || e.tier() == tier)
                .toList();
    }

    /** Entries for a given list of festivals, clashes among them. */
    public List<Entry> entriesOf(List<Festival> all) {
        Map<Long, List<Leader>> byFestival =
                leaders.leadersOf(all.stream().map(Festival::id).toList());
        Map<Long, List<Clash>> clashes = FestivalClashes.find(all, byFestival);
        Map<String, Integer> tiers = tiers();
        return all.stream()
                .sorted(Comparator.comparing(Festival::startsAt).thenComparing(Festival::unitCode))
                .map(f -> new Entry(
                        f,
                        tiers.getOrDefault(f.unitTypeCode(), 0),
                        byFestival.getOrDefault(f.id(), List.of()),
                        clashes.getOrDefault(f.id(), List.of())))
                .toList();
    }

    /** The signed-in account's own festivals as a leader, clashes among them marked. */
    public List<Entry> mySchedule() {
        return entriesOf(attending.scheduleOf(policy.requireActor().userId()));
    }

    /** The weeks (Monday to Sunday) covering {@code month}, each day with its festivals. */
    public static List<Week> month(YearMonth month, List<Entry> entries) {
        Map<LocalDate, List<Entry>> byDate =
                entries.stream().collect(Collectors.groupingBy(Entry::date, LinkedHashMap::new, Collectors.toList()));
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<Week> weeks = new ArrayList<>();
        List<Day> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(new Day(d, YearMonth.from(d).equals(month), byDate.getOrDefault(d, List.of())));
            if (days.size() == 7) {
                weeks.add(new Week(List.copyOf(days)));
                days.clear();
            }
        }
        return weeks;
    }

    /** The entries grouped by their (local) start date, in order. */
    public static List<DateGroup> byDate(List<Entry> entries) {
        Map<LocalDate, List<Entry>> byDate =
                entries.stream().collect(Collectors.groupingBy(Entry::date, LinkedHashMap::new, Collectors.toList()));
        return byDate.entrySet().stream()
                .map(e -> new DateGroup(e.getKey(), e.getValue()))
                .toList();
    }

    /** Unit types of the commune tier and below, for the filter. */
    public List<UnitType> filterTypes() {
        return units.types().stream().filter(t -> t.tier() >= COMMUNE_TIER).toList();
    }

    private Map<String, Integer> tiers() {
        return units.types().stream().collect(Collectors.toMap(UnitType::code, UnitType::tier, (a, b) -> a));
    }

    // ---- leader assignment ------------------------------------------------------------------

    /**
     * A leader on the assignment page: their other festivals that overlap this one and that the caller
     * may see, and how many overlapping ones the caller may not see (named nowhere: no unit, no time).
     */
    public record LeaderChoice(Leader leader, List<Festival> clashesWith, int unseenClashes) {
        public LeaderChoice {
            clashesWith = List.copyOf(clashesWith);
        }

        public boolean clashed() {
            return !clashesWith.isEmpty() || unseenClashes > 0;
        }
    }

    /** The assignment page: the festival, its leaders, the leader accounts that could still be named. */
    public record Assignment(Festival festival, List<LeaderChoice> assigned, List<LeaderChoice> candidates) {}

    public Assignment assignment(long festivalId) {
        policy.requireAnyRole(Role.STANDING_OFFICE, Role.ADMIN);
        Festival festival = festivals.get(festivalId);
        List<Leader> named = leaders.leadersOf(List.of(festivalId)).getOrDefault(festivalId, List.of());
        List<LeaderChoice> assigned =
                named.stream().map(l -> choice(festival, l)).toList();
        List<Long> namedIds = named.stream().map(Leader::userId).toList();
        List<LeaderChoice> candidates = leaderAccounts().stream()
                .filter(u -> !namedIds.contains(u.id()))
                .map(u -> choice(festival, new Leader(u.id(), u.fullName())))
                .toList();
        return new Assignment(festival, assigned, candidates);
    }

    /**
     * The leader's other festivals that overlap {@code festival}. A leader may attend festivals outside
     * the caller's scope (a provincial leader named by two districts): those still count as clashes, but
     * only as a number, so the page never shows another district's unit or time.
     */
    public LeaderChoice choice(Festival festival, Leader leader) {
        List<FestivalLeaders.Scheduled> schedule = attending.scheduleSeenByCaller(leader.userId());
        List<Festival> clashes = FestivalClashes.conflicting(
                festival,
                schedule.stream().map(FestivalLeaders.Scheduled::festival).toList());
        Set<Long> seen = schedule.stream()
                .filter(FestivalLeaders.Scheduled::seen)
                .map(x -> x.festival().id())
                .collect(Collectors.toSet());
        List<Festival> named =
                clashes.stream().filter(f -> seen.contains(f.id())).toList();
        return new LeaderChoice(leader, named, clashes.size() - named.size());
    }

    /** Accounts with the leader role in the caller's scope, by name. */
    public List<UserView> leaderAccounts() {
        return accounts.list("", 1000).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.LEADER))
                .sorted(Comparator.comparing(UserView::fullName))
                .toList();
    }

    /** A leader account in scope by id; not found when the account is outside scope or no leader. */
    public UserView leaderAccount(long userId) {
        UserView user = accounts.get(userId);
        if (!user.roles().contains(Role.LEADER)) {
            throw vn.ngayhoi.shared.ValidationException.of("userId", "festival.leader.notLeader");
        }
        return user;
    }
}
