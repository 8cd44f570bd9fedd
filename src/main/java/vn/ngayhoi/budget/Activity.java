package vn.ngayhoi.budget;

/**
 * What a line of an estimate pays for: an item of the plan, a festival (the pilot site first), the
 * gifts of a festival, a commendation decision's prize money (a line by itself), or anything else.
 */
public enum Activity {
    PLAN_ITEM,
    FESTIVAL,
    GIFTS,
    PRIZE,
    OTHER;

    public String messageKey() {
        return "budget.activity." + name();
    }
}
