package vn.ngayhoi.account.internal;

import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ngayhoi.account.AccountManagement;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.security.Role;

/**
 * On a database with no administrator, creates the first administrator: from
 * {@code NGAYHOI_BOOTSTRAP_ADMIN_USERNAME} / {@code NGAYHOI_BOOTSTRAP_ADMIN_PASSWORD} when set, else
 * {@code admin} with a random password printed once to the log. There is never a fixed default.
 */
@Component
@Order(20)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountManagement accounts;
    private final String username;
    private final String password;

    BootstrapAdmin(
            AccountManagement accounts,
            @Value("${NGAYHOI_BOOTSTRAP_ADMIN_USERNAME:}") String username,
            @Value("${NGAYHOI_BOOTSTRAP_ADMIN_PASSWORD:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdminExists()) {
            return;
        }
        boolean fromEnvironment = !username.isBlank() && !password.isBlank();
        String name = fromEnvironment ? username.strip() : "admin";
        String secret = fromEnvironment ? password : randomPassword();
        try {
            accounts.systemCreate(name, secret, "Quản trị hệ thống", null, null, Set.of(Role.ADMIN));
        } catch (ConflictException e) {
            // Instances started together on a new database (ADR 0033) all find no administrator; the
            // unique name lets one create it, and the others go on with the one it made.
            if (accounts.anyAdminExists()) {
                log.info("The administrator account '{}' was created by another instance", name);
                return;
            }
            throw e;
        }
        if (fromEnvironment) {
            log.info("Created the administrator account '{}' from NGAYHOI_BOOTSTRAP_ADMIN_*", name);
        } else {
            log.warn(
                    "\n\n  Created the administrator account 'admin' with the password: {}\n"
                            + "  It is shown only this once; change it after signing in.\n",
                    secret);
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
