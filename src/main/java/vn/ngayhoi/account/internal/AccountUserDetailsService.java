package vn.ngayhoi.account.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.ngayhoi.account.Usernames;
import vn.ngayhoi.shared.security.Actor;

/** Loads an account for sign-in; a lock still running refuses it whatever the password. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var c = users.credentials(Usernames.canonical(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        boolean locked = c.lockedUntil() != null && c.lockedUntil().isAfter(OffsetDateTime.now(clock));
        Actor actor = new Actor(c.id(), c.username(), c.fullName(), c.unitId() == null ? 0 : c.unitId(), c.roles());
        return new AccountPrincipal(actor, c.passwordHash(), c.enabled(), !locked);
    }
}
