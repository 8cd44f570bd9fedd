package vn.ngayhoi.budget;

/** Where a line's money comes from: the local budget, social contributions (xã hội hóa), other. */
public enum FundSource {
    LOCAL_BUDGET,
    SOCIALIZED,
    OTHER;

    public String messageKey() {
        return "budget.source." + name();
    }
}
