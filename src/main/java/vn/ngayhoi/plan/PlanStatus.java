package vn.ngayhoi.plan;

/** Nháp · Chờ duyệt · Trả lại · Đã duyệt · Đã ban hành. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    ISSUED;

    public String messageKey() {
        return "plan.status." + name();
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
