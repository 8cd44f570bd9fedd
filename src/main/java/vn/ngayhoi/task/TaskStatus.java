package vn.ngayhoi.task;

/** Chưa bắt đầu · Đang thực hiện · Hoàn thành · Trả lại; "Quá hạn" is derived, never stored. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    RETURNED;

    public String messageKey() {
        return "task.status." + name();
    }
}
