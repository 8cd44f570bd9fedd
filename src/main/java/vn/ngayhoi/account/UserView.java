package vn.ngayhoi.account;

import java.time.OffsetDateTime;
import java.util.Set;
import vn.ngayhoi.shared.security.Role;

/** An account as pages and the API show it; never the password hash. */
public record UserView(
        long id,
        String username,
        String fullName,
        String position,
        Long unitId,
        String unitCode,
        String unitName,
        Set<Role> roles,
        boolean enabled,
        OffsetDateTime lockedUntil,
        OffsetDateTime createdAt,
        String email) {}
