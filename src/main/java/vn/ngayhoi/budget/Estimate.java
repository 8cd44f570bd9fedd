package vn.ngayhoi.budget;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ngayhoi.shared.MoneyWords;

/**
 * An estimate (dự toán) of a requesting unit in a campaign, with its lines and where it stands. The
 * totals are sums of whole đồng; the approved total is the sum of agreed amounts once approved.
 */
public record Estimate(
        long id,
        long campaignId,
        long unitId,
        String unitCode,
        String unitName,
        String unitPath,
        long appraiserUnitId,
        long approverUnitId,
        String title,
        EstimateStatus status,
        int revision,
        String submissionNumber,
        Long submissionDocId,
        String appraisalNote,
        String returnReason,
        String approvalNumber,
        Long approvalDocId,
        LocalDate approvedOn,
        int version,
        List<EstimateLine> lines) {

    public Estimate {
        lines = List.copyOf(lines);
    }

    /** The sum asked. */
    public long total() {
        return lines.stream().mapToLong(EstimateLine::amount).sum();
    }

    /** The sum the department agreed (asked amounts for lines not yet appraised). */
    public long agreedTotal() {
        return lines.stream().mapToLong(EstimateLine::agreedOrAsked).sum();
    }

    /** The sum approved: the agreed total once the chairman approved, zero before. */
    public long approvedTotal() {
        return status == EstimateStatus.APPROVED ? agreedTotal() : 0;
    }

    public String totalInWords() {
        return MoneyWords.dong(total());
    }

    public String agreedInWords() {
        return MoneyWords.dong(agreedTotal());
    }

    public Map<Activity, Long> totalsByActivity() {
        return sums(EstimateLine::activity);
    }

    public Map<FundSource, Long> totalsBySource() {
        return sums(EstimateLine::source);
    }

    private <K> Map<K, Long> sums(Function<EstimateLine, K> key) {
        Map<K, Long> out = new LinkedHashMap<>();
        for (EstimateLine l : lines) {
            out.merge(key.apply(l), l.amount(), Long::sum);
        }
        return out;
    }
}
