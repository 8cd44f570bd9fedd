/**
 * Notices to people: in-app notifications, and one e-mail digest per account and day when SMTP is
 * configured (standard {@code spring.mail.*}; off when unset). Safe with several application
 * instances on one database: a digest is claimed in the database before it is sent.
 */
@ApplicationModule(displayName = "Thông báo")
package vn.ngayhoi.notification;

import org.springframework.modulith.ApplicationModule;
