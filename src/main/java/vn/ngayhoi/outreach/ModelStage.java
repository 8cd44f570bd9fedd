package vn.ngayhoi.outreach;

/**
 * Where a model stands in its life: đăng ký → ra mắt (and working) → đánh giá → nhân rộng →
 * ngừng hoạt động. Derived from what is recorded (launch date, reviews, replications, retirement)
 * rather than stored, so the badge can never disagree with the facts behind it.
 */
public enum ModelStage {
    REGISTERED,
    LAUNCHED,
    REVIEWED,
    REPLICATED,
    RETIRED;

    public String messageKey() {
        return "outreach.model.stage." + name();
    }

    /** Working: launched and not retired. */
    public boolean active() {
        return this == LAUNCHED || this == REVIEWED || this == REPLICATED;
    }
}
