package vn.ngayhoi.festival;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds leaders booked for two festivals at once. Two festivals clash for a leader when the leader is
 * assigned to both and their times overlap ({@code a.start < b.end && b.start < a.end}; one ending at
 * the minute the other starts is not a clash). Cancelled and postponed festivals hold no time, so they
 * clash with nothing.
 */
public final class FestivalClashes {

    private FestivalClashes() {}

    /** A leader assigned to a festival, with the name pages show. */
    public record Leader(long userId, String fullName) {}

    /** Festival {@code festivalId} overlaps {@code other} and both have {@code leader}. */
    public record Clash(long festivalId, Leader leader, Festival other) {}

    /** Whether the festival occupies its time slot. */
    public static boolean holdsTime(Festival f) {
        return f.status() != FestivalStatus.CANCELLED && f.status() != FestivalStatus.POSTPONED;
    }

    public static boolean overlap(Festival a, Festival b) {
        return a.startsAt().isBefore(b.endsAt()) && b.startsAt().isBefore(a.endsAt());
    }

    /**
     * Every clash among {@code festivals}, keyed by festival id (both festivals of a pair get an entry);
     * {@code leaders} maps festival id to its assigned leaders.
     */
    public static Map<Long, List<Clash>> find(Collection<Festival> festivals, Map<Long, List<Leader>> leaders) {
        Map<Long, List<Festival>> byLeader = new LinkedHashMap<>();
        Map<Long, Leader> leaderById = new LinkedHashMap<>();
        for (Festival f : festivals) {
            if (!holdsTime(f)) {
                continue;
            }
            for (Leader l : leaders.getOrDefault(f.id(), List.of())) {
                byLeader.computeIfAbsent(l.userId(), k -> new ArrayList<>()).add(f);
                leaderById.putIfAbsent(l.userId(), l);
            }
        }
        Map<Long, List<Clash>> clashes = new LinkedHashMap<>();
        for (var e : byLeader.entrySet()) {
            List<Festival> own = new ArrayList<>(e.getValue());
            own.sort(Comparator.comparing(Festival::startsAt));
            Leader leader = leaderById.get(e.getKey());
            for (int i = 0; i < own.size(); i++) {
                for (int j = i + 1; j < own.size(); j++) {
                    Festival a = own.get(i);
                    Festival b = own.get(j);
                    if (!b.startsAt().isBefore(a.endsAt())) {
                        break; // sorted by start: no later festival can overlap a
                    }
                    if (a.id() != b.id() && overlap(a, b)) {
                        clashes.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new Clash(a.id(), leader, b));
                        clashes.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(new Clash(b.id(), leader, a));
                    }
                }
            }
        }
        return clashes;
    }

    /** The festivals of {@code schedule} that {@code festival} would clash with. */
    public static List<Festival> conflicting(Festival festival, Collection<Festival> schedule) {
        if (!holdsTime(festival)) {
            return List.of();
        }
        return schedule.stream()
                .filter(o -> o.id() != festival.id() && holdsTime(o) && overlap(festival, o))
                .toList();
    }
}
