package vn.ngayhoi.audit;

import java.time.OffsetDateTime;

/** One line of the trail. */
public record AuditEntry(
        long id, OffsetDateTime occurredAt, String actor, String action, String target, String summary) {}
