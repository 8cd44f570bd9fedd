package vn.ngayhoi.account;

import vn.ngayhoi.shared.AuditableEvent;

/** What happened to accounts; each goes to the audit trail. */
public final class AccountEvents {

    private AccountEvents() {}

    public record AccountCreated(long userId, String username, String unitCode, String roles)
            implements AuditableEvent {
        public String action() {
            return "ACCOUNT_CREATED";
        }

        public String target() {
            return "user:" + username;
        }

        public String summary() {
            return "đơn vị " + unitCode + ", vai trò " + roles;
        }
    }

    public record PasswordChanged(String username) implements AuditableEvent {
        public String action() {
            return "PASSWORD_CHANGED";
        }

        public String target() {
            return "user:" + username;
        }

        public String summary() {
            return "tự đổi mật khẩu";
        }
    }

    public record PasswordReset(String username) implements AuditableEvent {
        public String action() {
            return "PASSWORD_RESET";
        }

        public String target() {
            return "user:" + username;
        }

        public String summary() {
            return "quản trị đặt lại mật khẩu";
        }
    }

    public record LoginSucceeded(String username) implements AuditableEvent {
        public String action() {
            return "LOGIN_SUCCEEDED";
        }

        public String target() {
            return "user:" + username;
        }

        public String summary() {
            return "";
        }

        @Override
        public String actorOverride() {
            return username;
        }

        @Override
        public boolean survivesRollback() {
            return true;
        }
    }

    public record LoginFailed(String username, String reason, int failedAttempts) implements AuditableEvent {
        public String action() {
            return "LOGIN_FAILED";
        }

        public String target() {
            return "user:" + username;
        }

        public String summary() {
            return reason + " (lần " + failedAttempts + ")";
        }

        @Override
        public String actorOverride() {
            return username;
        }

        @Override
        public boolean survivesRollback() {
            return true;
        }
    }

    public record AccountLocked(String username, String until) implements AuditableEvent {
        public String action() {
            return "ACCOUNT_LOCKED";
        }

        public String target() {
            return "user:" + username;
        }

        public String summary() {
            return "khóa đến " + until;
        }

        @Override
        public String actorOverride() {
            return username;
        }

        @Override
        public boolean survivesRollback() {
            return true;
        }
    }

    public record AccessTokenCreated(
            long tokenId, String username, String name, String kind, String scope, java.time.OffsetDateTime expiresAt)
            implements AuditableEvent {
        public String action() {
            return "ACCESS_TOKEN_CREATED";
        }

        public String target() {
            return "access_token:" + tokenId;
        }

        public String summary() {
            return "«" + name + "» của " + username + ", loại " + kind + ", quyền " + scope + ", hết hạn "
                    + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                            .format(expiresAt.atZoneSameInstant(vn.ngayhoi.shared.Formats.ZONE));
        }
    }

    public record AccessTokenRevoked(long tokenId, String username, String name) implements AuditableEvent {
        public String action() {
            return "ACCESS_TOKEN_REVOKED";
        }

        public String target() {
            return "access_token:" + tokenId;
        }

        public String summary() {
            return "thu hồi «" + name + "» của " + username;
        }
    }
}
