package vn.ngayhoi.task;

/**
 * What completes a task by itself, because another module records the very thing the task asks
 * for: ticking "done" by hand beside it would be a second source of the same fact.
 */
public enum TaskFulfilment {
    /** The unit issued its own plan of the campaign. */
    OWN_PLAN_ISSUED,
    /** The unit registered (or held) its festival of the campaign. */
    FESTIVAL_REGISTERED,
    /** The level above accepted the unit's results report of the campaign. */
    REPORT_ACCEPTED;

    public String messageKey() {
        return "task.fulfilment." + name();
    }
}
