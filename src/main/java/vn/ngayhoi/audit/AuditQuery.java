package vn.ngayhoi.audit;

import java.time.LocalDate;

/** A filter over the trail; blank fields do not filter. */
public record AuditQuery(
        String actor, String action, String target, LocalDate from, LocalDate to, int page, int size) {}
