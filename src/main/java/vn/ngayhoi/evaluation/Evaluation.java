package vn.ngayhoi.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One unit's evaluation for one year as pages, the API and other modules see it.
 *
 * @param status REGISTERED, SUBMITTED, RETURNED, RECOGNISED or NOT_RECOGNISED
 * @param answers the unit's answer per criterion code (derived ones frozen at submission and decision)
 */
public record Evaluation(
        long id,
        long ruleSetId,
        long unitId,
        String unitCode,
        String unitName,
        String unitTypeCode,
        String unitPath,
        int year,
        LocalDate periodStart,
        LocalDate periodEnd,
        String status,
        long authorityUnitId,
        String authorityUnitName,
        LocalDate registeredOn,
        String registeredBy,
        String resolutionRef,
        String planRef,
        Long registrationDocId,
        String reportText,
        String minutesText,
        OffsetDateTime submittedAt,
        OffsetDateTime decidedAt,
        String decidedBy,
        String returnReason,
        Integer selfScore,
        Integer score,
        String classCode,
        Long decisionDocId,
        String decisionNotation,
        Long certificateDocId,
        int version,
        Map<String, Answer> answers) {

    /** The unit's word on one criterion; {@code selfPoints} is its Điểm tự chấm. */
    public record Answer(Boolean met, BigDecimal value, String evidence, Integer selfPoints) {}

    public boolean editable() {
        return "REGISTERED".equals(status) || "RETURNED".equals(status);
    }

    public boolean recognised() {
        return "RECOGNISED".equals(status);
    }

    public String statusKey() {
        return "evaluation.status." + status;
    }
}
