package vn.ngayhoi.account.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /**
     * BCrypt at the cost configured in application.properties (11: about a tenth of a second per
     * check here). The test profile lowers it, since thousands of sign-ins and HTTP Basic calls
     * would otherwise spend minutes of the suite hashing; a stored hash carries its own cost, so a
     * hash made at one cost is checked correctly under another.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${ngayhoi.security.password-hash-cost}") int cost) {
        return new BCryptPasswordEncoder(cost);
    }

    /**
     * The password is checked before the lock: a locked account then costs the same BCrypt as an
     * unknown one (which the provider checks against a dummy hash) and answers the same, so neither
     * the answer nor its timing tells whether a username exists or is locked. A wrong password on a
     * locked account still counts as a failure.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(
            AccountUserDetailsService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }
}
