package vn.ngayhoi.report;

/** Where a unit's report stands. */
public enum ReportStatus {
    /** Nháp: being filled in, not yet sent. */
    DRAFT,
    /** Đã nộp: sent, waiting for the level above. */
    SUBMITTED,
    /** Đã tiếp nhận: accepted by the level above; its values count in the totals. */
    ACCEPTED,
    /** Trả lại: sent back with a reason; the unit fixes it and submits again. */
    RETURNED;

    public String messageKey() {
        return "report.status." + name();
    }

    /** The unit may still change the values. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
