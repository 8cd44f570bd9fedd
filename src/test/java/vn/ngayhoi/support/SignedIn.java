package vn.ngayhoi.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs service-level tests as a real account, loaded the way sign-in loads it. */
public class SignedIn {

    private final UserDetailsService users;

    public SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Runs {@code action} as {@code username}, signed out again afterwards. */
    public <T> T as(String username, java.util.function.Supplier<T> action) {
        as(username);
        try {
            return action.get();
        } finally {
            clear();
        }
    }

    public void clear() {
        SecurityContextHolder.clearContext();
    }
}
