package vn.ngayhoi.budget.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ngayhoi.budget.Estimate;
import vn.ngayhoi.shared.Slice;

/**
 * One page of a campaign's estimates that an account may read, chosen in SQL (issue 20): the
 * visibility rule of {@code BudgetAccess} as a where-clause, so the page and its count agree with
 * what {@code Estimates.get} answers for each estimate. Apart from {@link BudgetRepository}, which
 * is past 400 lines.
 */
@Repository
public class EstimatePages {

    /** Who asks: their unit and their scope's path prefix (null: an administrator, who reads all). */
    public record Reader(long unitId, String pathPrefix) {}

    private final JdbcClient jdbc;
    private final BudgetRepository repository;

    EstimatePages(JdbcClient jdbc, BudgetRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /**
     * The page in id order: estimates the reader sees whole (requested in its scope, appraised or
     * approved by its unit) or with a line spent by a unit in its scope; {@code unitCode} (null: all)
     * keeps the estimates of one requesting unit.
     */
    public Slice<Estimate> page(long campaignId, String unitCode, Reader reader, long offset, int limit) {
        StringBuilder where = new StringBuilder("""
                from budget_estimate e join org_unit u on u.id = e.unit_id
                where e.campaign_id = ?
                """);
        List<Object> params = new ArrayList<>(List.of(campaignId));
        if (unitCode != null) {
            where.append(" and u.code = ?");
            params.add(unitCode);
        }
        if (reader.pathPrefix() != null) {
            where.append("""
                     and (e.appraiser_unit_id = ? or e.approver_unit_id = ? or starts_with(u.path, ?)
                          or exists (select 1 from budget_line l join org_unit s on s.id = l.spending_unit_id
                                      where l.estimate_id = e.id and starts_with(s.path, ?)))
                    """);
            params.addAll(List.of(reader.unitId(), reader.unitId(), reader.pathPrefix(), reader.pathPrefix()));
        }
        Slice<Long> ids = Slice.read(
                jdbc,
                "select e.id",
                where.toString(),
                "order by e.id",
                params,
                (rs, n) -> rs.getLong(1),
                offset,
                limit);
        return new Slice<>(repository.byIds(ids.items()), ids.total());
    }
}
