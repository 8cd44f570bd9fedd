package vn.ngayhoi.account;

import java.util.Set;
import vn.ngayhoi.shared.security.Role;

/** A new account; {@code unitCode} names the unit whose subtree the account reaches. */
public record CreateUser(
        String username, String password, String fullName, String position, String unitCode, Set<Role> roles) {}
