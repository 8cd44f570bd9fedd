package vn.ngayhoi.budget.web;

import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.ngayhoi.budget.NewLine;

/** The budget pages' forms as posted; numbers kept as typed so a wrong one is named by the service. */
final class Forms {

    private Forms() {}

    record EstimateForm(Long campaign, String unit, String title) {}

    record LineForm(
            String activity,
            String activityRef,
            String content,
            String unitOfMeasure,
            String quantity,
            String unitPrice,
            String source,
            String normCode,
            String spendingUnit) {
        NewLine line() {
            return new NewLine(
                    activity,
                    number(activityRef),
                    null,
                    content,
                    unitOfMeasure,
                    number(quantity),
                    number(unitPrice),
                    null,
                    source,
                    normCode,
                    spendingUnit);
        }
    }

    record AppraisalForm(List<Long> lineId, List<String> agreed, List<String> reason, String note, String decision) {}

    record PaymentForm(String lineId, String date, String payee, String amount, MultipartFile receipt) {}

    record UnitForm(String unit) {}

    record FestivalForm(String festival) {}

    record GiftForm(String recipient, String recipientKind, String category, String kind, String value, String giver) {}

    /**
     * A whole number as typed, dots and spaces of "1.500.000" allowed; text that is not one becomes
     * an impossible value (-1) so the service names the field.
     */
    static Long number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.strip().replace(".", "").replace(" ", "").replace(",", "");
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
