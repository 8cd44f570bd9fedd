package vn.ngayhoi.festival;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import vn.ngayhoi.festival.internal.FestivalRepository;
import vn.ngayhoi.festival.internal.FestivalRepository.Located;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Slice;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.security.AccessPolicy;

/**
 * The festivals page's list read a page at a time (issue 20): the rows of one page and how many
 * match, in two statements whatever the number of festivals in scope; the status filter and the
 * order use the state {@link FestivalStates} shows (AWAITING_RESULTS derived from the clock).
 */
@Service
public class FestivalLists {

    private final FestivalRepository festivals;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final Clock clock;

    FestivalLists(FestivalRepository festivals, OrgUnitManagement units, AccessPolicy policy, Clock clock) {
        this.festivals = festivals;
        this.units = units;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Festivals in scope (of a campaign, under a unit when given; a unit outside the scope is a
     * 404), in {@code status} when given, of units whose name holds {@code q} (accents optional):
     * results to record first, then planned, postponed, registered, held, cancelled, each by start.
     */
    public Slice<Festival> byUrgency(
            Long campaignId, String unitCode, FestivalStatus status, String q, long offset, int limit) {
        String unitPath = unitCode == null || unitCode.isBlank()
                ? null
                : units.getByCode(unitCode.strip(), LocalDate.now(clock)).path();
        Slice<Located> found = festivals.pageByUrgency(
                policy.currentScope().pathPrefix(),
                campaignId,
                unitPath,
                status,
                Texts.fold(q),
                OffsetDateTime.now(clock),
                offset,
                limit);
        return new Slice<>(found.items().stream().map(Located::festival).toList(), found.total());
    }
}
