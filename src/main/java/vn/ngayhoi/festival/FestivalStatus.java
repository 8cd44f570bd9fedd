package vn.ngayhoi.festival;

/** Dự kiến · Đã đăng ký · Đã tổ chức · Hoãn · Hủy. */
public enum FestivalStatus {
    PLANNED,
    REGISTERED,
    HELD,
    POSTPONED,
    CANCELLED;

    public String messageKey() {
        return "festival.status." + name();
    }
}
