package vn.ngayhoi.budget;

/**
 * Where an estimate stands: drafted by the requesting unit, submitted with its Tờ trình, returned
 * by the department with the differences, appraised and forwarded to the chairman, approved by the
 * Quyết định phê duyệt kinh phí. Only a draft or a returned estimate is edited.
 */
public enum EstimateStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPRAISED,
    APPROVED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "budget.status." + name();
    }
}
