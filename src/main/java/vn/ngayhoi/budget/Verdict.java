package vn.ngayhoi.budget;

/** The department's word on one line: agreed as asked, reduced to an agreed amount, or refused. */
public enum Verdict {
    AGREE,
    REDUCE,
    REFUSE;

    public String messageKey() {
        return "budget.verdict." + name();
    }
}
