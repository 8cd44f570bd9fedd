package vn.ngayhoi.shared.security;

import vn.ngayhoi.shared.AuditableEvent;

/** Someone asked for data outside their scope; they were answered 404 and this goes on record. */
public record AccessRefused(String username, String target, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "ACCESS_REFUSED";
    }

    @Override
    public String summary() {
        return reason;
    }

    @Override
    public boolean survivesRollback() {
        return true;
    }
}
