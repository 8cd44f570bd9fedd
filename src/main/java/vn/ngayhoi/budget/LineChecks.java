package vn.ngayhoi.budget;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.budget.internal.BudgetRepository;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;

/**
 * Checks a typed estimate line before it is stored: codes, lengths, ranges, the norm in force, the
 * spending unit inside the requester's territory, and the amount as quantity × unit price with
 * {@link Math#multiplyExact} (a product that does not fit is refused, never wrapped).
 */
@Component
class LineChecks {

    static final long MAX_QUANTITY = 1_000_000_000L;
    static final long MAX_PRICE = 1_000_000_000_000L;

    private final BudgetRepository repository;
    private final OrgUnitManagement units;
    private final FestivalManagement festivals;
    private final vn.ngayhoi.document.Speakers speakers;

    LineChecks(
            BudgetRepository repository,
            OrgUnitManagement units,
            FestivalManagement festivals,
            vn.ngayhoi.document.Speakers speakers) {
        this.repository = repository;
        this.units = units;
        this.festivals = festivals;
        this.speakers = speakers;
    }

    /** Checks one typed line; every problem is named by its field and line number. */
    BudgetRepository.NewLine check(Campaign c, OrgUnit requester, NewLine l, int no) {
        List<Problem> p = new ArrayList<>();
        Activity activity = parse(Activity.class, l.activity(), Activity.OTHER);
        FundSource source = parse(FundSource.class, l.source(), FundSource.LOCAL_BUDGET);
        if (activity == null) {
            p.add(new Problem("activity", "budget.activity.invalid", no, l.activity()));
        }
        if (source == null) {
            p.add(new Problem("source", "budget.source.invalid", no, l.source()));
        }
        String content = Texts.clean(l.content());
        if (content == null || content.isEmpty() || content.length() > 500) {
            p.add(new Problem("content", "budget.content.required", no, 500));
        }
        String uom = Texts.clean(l.unit());
        if (uom == null || uom.isEmpty() || uom.length() > 50) {
            p.add(new Problem("unit", "budget.uom.required", no, 50));
        }
        if (l.quantity() == null || l.quantity() <= 0 || l.quantity() > MAX_QUANTITY) {
            p.add(new Problem("quantity", "budget.quantity.range", no, MAX_QUANTITY));
        }
        if (l.unitPrice() == null || l.unitPrice() < 0 || l.unitPrice() > MAX_PRICE) {
            p.add(new Problem("unitPrice", "budget.unitPrice.range", no, MAX_PRICE));
        }
        String norm = Texts.clean(l.normCode());
        if (norm != null
                && !norm.isEmpty()
                && repository.normsOn(c.windowStart()).stream()
                        .noneMatch(n -> n.code().equals(norm))) {
            p.add(new Problem("normCode", "budget.norm.unknown", no, norm));
        }
        OrgUnit spender = requester;
        if (l.spendingUnit() != null && !l.spendingUnit().isBlank()) {
            spender = units.systemFindByCode(l.spendingUnit().strip(), c.windowStart())
                    .orElse(null);
            OrgUnit territory = speakers.territoryOf(requester);
            if (spender == null || !spender.path().startsWith(territory.path())) {
                p.add(new Problem(
                        "spendingUnit",
                        "budget.spendingUnit.unknown",
                        no,
                        l.spendingUnit().strip()));
            }
        }
        if (!p.isEmpty()) {
            throw new ValidationException(p);
        }
        long amount;
        try {
            amount = Math.multiplyExact(l.quantity(), l.unitPrice());
        } catch (ArithmeticException tooLarge) {
            throw ValidationException.of("amount", "budget.amount.tooLarge", no);
        }
        if (l.amount() != null && l.amount() != amount) {
            throw ValidationException.of("amount", "budget.amount.mismatch", no, l.amount(), amount);
        }
        String label = Texts.clean(l.activityLabel());
        if (label == null || label.isEmpty()) {
            label = defaultLabel(activity, l.activityRef());
        }
        if (label.length() > 300) {
            label = label.substring(0, 300);
        }
        return new BudgetRepository.NewLine(
                activity,
                l.activityRef(),
                label,
                content,
                uom,
                l.quantity(),
                l.unitPrice(),
                amount,
                source,
                norm == null || norm.isEmpty() ? null : norm,
                spender.id());
    }

    private String defaultLabel(Activity activity, Long ref) {
        if ((activity == Activity.FESTIVAL || activity == Activity.GIFTS) && ref != null) {
            return festivals
                    .systemFind(ref)
                    .map(f -> (activity == Activity.GIFTS ? "Quà tặng tại Ngày hội " : "Ngày hội ") + f.unitName())
                    .orElseThrow(() -> ValidationException.of("activityRef", "budget.festival.unknown", ref));
        }
        return switch (activity) {
            case PLAN_ITEM -> "Hoạt động theo Kế hoạch";
            case FESTIVAL -> "Tổ chức Ngày hội";
            case GIFTS -> "Quà tặng";
            case PRIZE -> "Tiền thưởng";
            case OTHER -> "Hoạt động khác";
        };
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code, E blank) {
        if (code == null || code.isBlank()) {
            return blank;
        }
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
