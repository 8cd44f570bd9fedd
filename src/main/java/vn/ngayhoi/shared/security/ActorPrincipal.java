package vn.ngayhoi.shared.security;

/** Implemented by the authenticated principal so that any module can learn the {@link Actor}. */
public interface ActorPrincipal {

    Actor actor();
}
