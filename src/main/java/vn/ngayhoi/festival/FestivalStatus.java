package vn.ngayhoi.festival;

/**
 * Dự kiến · Đã đăng ký · Đã tổ chức · Hoãn · Hủy, as stored; and "Chờ ghi kết quả", derived from
 * the clock like "Quá hạn" and never stored: registered, its end has passed, no results yet.
 */
public enum FestivalStatus {
    PLANNED,
    REGISTERED,
    HELD,
    POSTPONED,
    CANCELLED,
    /** Derived, never stored: see {@link Festival#stateAt}. */
    AWAITING_RESULTS;

    public String messageKey() {
        return "festival.status." + name();
    }
}
