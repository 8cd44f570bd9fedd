package vn.ngayhoi.commendation;

/** Where a nomination stands; the names are a contract of the API. */
public enum NominationStatus {
    /** Written by the unit, not yet submitted with a Tờ trình. */
    DRAFT,
    /** Submitted; the department's working-day clock runs. */
    SUBMITTED,
    /** Sent back with a reason; the unit may fix it and submit again. */
    RETURNED,
    ACCEPTED,
    REJECTED;

    public String messageKey() {
        return "commendation.status." + name();
    }

    /** Whether the nominating unit may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
