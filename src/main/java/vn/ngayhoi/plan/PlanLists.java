package vn.ngayhoi.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.internal.PlanRepository;
import vn.ngayhoi.plan.internal.PlanRepository.Located;
import vn.ngayhoi.shared.Slice;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.security.AccessPolicy;

/**
 * Lists of plans read a page at a time (issue 20): the rows of one page and how many match, in two
 * statements whatever the number of plans in scope. Apart from {@link PlanManagement}, which keeps
 * one plan's life.
 */
@Service
public class PlanLists {

    /** The filters of a list; null or blank ones do not filter. {@code q} matches the unit's name, accents optional. */
    public record Query(Long campaignId, String unitCode, Integer year, PlanStatus status, String q, Instant since) {}

    private final PlanRepository plans;
    private final OrgUnitManagement units;
    private final AccessPolicy policy;
    private final Clock clock;

    PlanLists(PlanRepository plans, OrgUnitManagement units, AccessPolicy policy, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.policy = policy;
        this.clock = clock;
    }

    /** The page as the plans page lists it: waiting for a decision first, issued plans last. */
    public Slice<Plan> byUrgency(Query query, long offset, int limit) {
        return page(query, PlanRepository.Order.URGENCY, offset, limit);
    }

    /** The page in id order, so an API client walking the pages reads every plan once. */
    public Slice<Plan> byId(Query query, long offset, int limit) {
        return page(query, PlanRepository.Order.ID, offset, limit);
    }

    private Slice<Plan> page(Query query, PlanRepository.Order order, long offset, int limit) {
        // a unit outside the scope answers 404 (getByCode), as PlanManagement.list does
        String prefix = query.unitCode() == null || query.unitCode().isBlank()
                ? policy.currentScope().pathPrefix()
                : units.getByCode(query.unitCode().strip(), LocalDate.now(clock))
                        .path();
        Slice<Located> found = plans.page(
                new PlanRepository.Filter(
                        prefix,
                        query.campaignId(),
                        query.year(),
                        query.status() == null ? null : query.status().name(),
                        Texts.fold(query.q()),
                        query.since() == null ? null : query.since().atOffset(ZoneOffset.UTC)),
                order,
                offset,
                limit);
        return new Slice<>(found.items().stream().map(Located::plan).toList(), found.total());
    }
}
