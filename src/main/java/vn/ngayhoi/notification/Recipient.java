package vn.ngayhoi.notification;

/** Who a notice is for; {@code email} may be null (in-app only). */
public record Recipient(long userId, String username, String fullName, String email) {}
