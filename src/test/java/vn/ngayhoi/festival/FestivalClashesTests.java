package vn.ngayhoi.festival;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ngayhoi.festival.FestivalClashes.Clash;
import vn.ngayhoi.festival.FestivalClashes.Leader;

class FestivalClashesTests {

    static final Leader THANH = new Leader(7, "Lương Tiến Thành");
    static final Leader HOA = new Leader(8, "Lò Thị Hoa");

    static Festival festival(long id, int day, int fromHour, int fromMinute, int toHour, FestivalStatus status) {
        OffsetDateTime start = OffsetDateTime.of(2022, 8, day, fromHour, fromMinute, 0, 0, ZoneOffset.ofHours(7));
        OffsetDateTime end = OffsetDateTime.of(2022, 8, day, toHour, 0, 0, 0, ZoneOffset.ofHours(7));
        return new Festival(
                id,
                1,
                id,
                "U" + id,
                "Xã " + id,
                "COMMUNE",
                start,
                end,
                "Sân " + id,
                false,
                status,
                null,
                new FestivalDetails(null, null, null, null, null, null, null, null),
                null,
                0,
                start);
    }

    @Test
    void overlappingFestivalsOfTheSameLeaderAreBothMarked() {
        Festival a = festival(1, 20, 7, 30, 11, FestivalStatus.REGISTERED);
        Festival b = festival(2, 20, 9, 0, 12, FestivalStatus.PLANNED);

        Map<Long, List<Clash>> clashes =
                FestivalClashes.find(List.of(a, b), Map.of(1L, List.of(THANH), 2L, List.of(THANH)));

        assertThat(clashes.get(1L)).singleElement().satisfies(c -> {
            assertThat(c.leader()).isEqualTo(THANH);
            assertThat(c.other().id()).isEqualTo(2);
        });
        assertThat(clashes.get(2L))
                .singleElement()
                .satisfies(c -> assertThat(c.other().id()).isEqualTo(1));
    }

    @Test
    void festivalsOneAfterAnotherOrWithDifferentLeadersDoNotClash() {
        Festival morning = festival(1, 20, 7, 30, 11, FestivalStatus.REGISTERED);
        Festival rightAfter = festival(2, 20, 11, 0, 12, FestivalStatus.REGISTERED);
        Festival afternoon = festival(3, 20, 13, 30, 16, FestivalStatus.REGISTERED);
        Festival sameTimeOtherLeader = festival(4, 20, 8, 0, 10, FestivalStatus.REGISTERED);

        Map<Long, List<Clash>> clashes = FestivalClashes.find(
                List.of(morning, rightAfter, afternoon, sameTimeOtherLeader),
                Map.of(1L, List.of(THANH), 2L, List.of(THANH), 3L, List.of(THANH), 4L, List.of(HOA)));

        assertThat(clashes).isEmpty();
    }

    @Test
    void cancelledAndPostponedFestivalsHoldNoTime() {
        Festival a = festival(1, 20, 7, 30, 11, FestivalStatus.REGISTERED);
        Festival cancelled = festival(2, 20, 8, 0, 10, FestivalStatus.CANCELLED);
        Festival postponed = festival(3, 20, 8, 0, 10, FestivalStatus.POSTPONED);
        Map<Long, List<Leader>> leaders = Map.of(1L, List.of(THANH), 2L, List.of(THANH), 3L, List.of(THANH));

        assertThat(FestivalClashes.find(List.of(a, cancelled, postponed), leaders))
                .isEmpty();
        assertThat(FestivalClashes.conflicting(a, List.of(a, cancelled, postponed)))
                .isEmpty();
    }

    @Test
    void aLeaderWithThreeFestivalsGetsEveryOverlappingPair() {
        Festival a = festival(1, 20, 7, 0, 12, FestivalStatus.REGISTERED);
        Festival b = festival(2, 20, 8, 0, 9, FestivalStatus.REGISTERED);
        Festival c = festival(3, 20, 10, 0, 11, FestivalStatus.REGISTERED);
        Map<Long, List<Leader>> leaders = Map.of(1L, List.of(THANH), 2L, List.of(THANH), 3L, List.of(THANH));

        Map<Long, List<Clash>> clashes = FestivalClashes.find(List.of(c, b, a), leaders);

        assertThat(clashes.get(1L)).extracting(x -> x.other().id()).containsExactlyInAnyOrder(2L, 3L);
        assertThat(clashes.get(2L)).extracting(x -> x.other().id()).containsExactly(1L);
        assertThat(clashes.get(3L)).extracting(x -> x.other().id()).containsExactly(1L);
        assertThat(FestivalClashes.conflicting(b, List.of(a, b, c)))
                .extracting(Festival::id)
                .containsExactly(1L);
    }
}
