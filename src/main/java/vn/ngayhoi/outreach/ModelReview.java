package vn.ngayhoi.outreach;

import java.time.OffsetDateTime;

/** A yearly review of a model: hiệu quả or chưa hiệu quả, with the reviewer's reason. */
public record ModelReview(
        long id, long modelId, int year, boolean effective, String reason, String reviewedBy, OffsetDateTime at) {}
