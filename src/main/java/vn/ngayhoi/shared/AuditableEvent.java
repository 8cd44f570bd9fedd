package vn.ngayhoi.shared;

/**
 * A state change that goes into the audit trail. Every module event that changes state implements
 * it; the audit module records it in the same transaction as the change.
 */
public interface AuditableEvent {

    /** A stable action code such as {@code UNIT_RENAMED}. */
    String action();

    /** What was changed, such as {@code org_unit:15004}. */
    String target();

    /** A short before/after summary, for people reading the trail. */
    String summary();

    /** Who did it when that is not the signed-in account (logins); null means the current account. */
    default String actorOverride() {
        return null;
    }

    /**
     * Whether the entry must be kept even when the surrounding transaction rolls back: a refused
     * access or a failed login is followed by an error, and is exactly what must stay on record.
     */
    default boolean survivesRollback() {
        return false;
    }
}
