package vn.ngayhoi.register;

/** Where a document stands before issue: nháp → chờ duyệt → đã duyệt (or trả lại) → đã ban hành. */
public enum SignOffStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    ISSUED;

    /** "signoff.status.SUBMITTED": the status word pages show. */
    public String messageKey() {
        return "signoff.status." + name();
    }

    /** Whether the drafter may still change the content. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
