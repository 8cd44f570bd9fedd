package vn.ngayhoi.shared.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.ngayhoi.shared.NotFoundException;

/**
 * The one component that decides access. Scope is the account's unit subtree (everything for
 * {@link Role#ADMIN}); a unit outside it is answered as not found, and the attempt is audited.
 */
@Component
public class AccessPolicy {

    private final UnitPaths unitPaths;
    private final ApplicationEventPublisher events;

    AccessPolicy(UnitPaths unitPaths, ApplicationEventPublisher events) {
        this.unitPaths = unitPaths;
        this.events = events;
    }

    /** The signed-in account, if any. */
    public Optional<Actor> currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /** The access token that authenticated this request, as the audit trail names it, if any. */
    public Optional<String> currentCredential() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.ofNullable(principal.credential());
        }
        return Optional.empty();
    }

    /** The signed-in account; pages and API calls behind login always have one. */
    public Actor requireActor() {
        return currentActor().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    public Scope scopeOf(Actor actor) {
        if (actor.has(Role.ADMIN)) {
            return Scope.ALL;
        }
        return unitPaths.pathOf(actor.unitId()).map(Scope::new).orElse(Scope.NONE);
    }

    public Scope currentScope() {
        return scopeOf(requireActor());
    }

    public boolean canSee(Actor actor, String unitPath) {
        return scopeOf(actor).contains(unitPath);
    }

    /**
     * Passes when the unit at {@code unitPath} lies in the current account's scope; otherwise records
     * the attempt and throws {@link NotFoundException}, the same answer as for a unit that does not exist.
     */
    public void requireVisible(String unitPath, String target) {
        Actor actor = requireActor();
        if (!canSee(actor, unitPath)) {
            refuse(actor, target);
        }
    }

    /** Refuses (404 + audit) for a target the current account may not know of. */
    public NotFoundException refuse(Actor actor, String target) {
        events.publishEvent(new AccessRefused(actor.username(), target, "outside scope"));
        throw new NotFoundException(target);
    }

    /** Writes need a role as well as scope; a missing role is a 403, the target being visible. */
    public void requireAnyRole(Role... roles) {
        Actor actor = requireActor();
        if (Arrays.stream(roles).noneMatch(actor::has)) {
            events.publishEvent(new AccessRefused(actor.username(), "role", "missing role " + Arrays.toString(roles)));
            throw new AccessDeniedException("missing role");
        }
    }
}
