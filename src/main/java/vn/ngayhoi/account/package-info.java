/**
 * Accounts: people with a position, a unit and roles; their reach is their unit's subtree. Sign-in,
 * lockout after repeated failures, password changes and the first administrator.
 */
@ApplicationModule(displayName = "Tài khoản")
package vn.ngayhoi.account;

import org.springframework.modulith.ApplicationModule;
