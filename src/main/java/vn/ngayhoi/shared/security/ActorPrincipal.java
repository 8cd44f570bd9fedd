package vn.ngayhoi.shared.security;

/** Implemented by the authenticated principal so that any module can learn the {@link Actor}. */
public interface ActorPrincipal {

    Actor actor();

    /**
     * The credential other than the account's password that authenticated the request (an access
     * token), as the audit trail names it; null for a password or a page session.
     */
    default String credential() {
        return null;
    }
}
