/**
 * The append-only audit trail: every state change, login and refused access, with actor, time,
 * action, target and a before/after summary. It listens to {@link vn.ngayhoi.shared.AuditableEvent}s.
 */
@ApplicationModule(displayName = "Nhật ký")
package vn.ngayhoi.audit;

import org.springframework.modulith.ApplicationModule;
