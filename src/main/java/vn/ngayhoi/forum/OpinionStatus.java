package vn.ngayhoi.forum;

/** Where an opinion stands; these names are a contract of the API and of the database. */
public enum OpinionStatus {
    /** Waiting for an answer. */
    RECEIVED,
    /** Answered by an officer, waiting for the head of the unit to approve the answer. */
    PENDING_APPROVAL,
    /** Answered; the citizen can read the answer with the tracking code. */
    ANSWERED,
    /** Hidden by a moderator, with a reason; never shown in public. */
    HIDDEN;

    public String messageKey() {
        return "forum.status." + name();
    }

    public boolean open() {
        return this == RECEIVED || this == PENDING_APPROVAL;
    }
}
