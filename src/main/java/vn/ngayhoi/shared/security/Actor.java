package vn.ngayhoi.shared.security;

import java.io.Serializable;
import java.util.Set;

/** The signed-in person as every module sees them: who, which unit, which roles. Kept in the session. */
public record Actor(long userId, String username, String fullName, long unitId, Set<Role> roles)
        implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
