package vn.ngayhoi.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An item produced for a coverage assignment: a video, a photo set or an article, with its link. */
public record CoverageItem(
        long id,
        long assignmentId,
        String kind,
        String title,
        String outlet,
        LocalDate publishedOn,
        String link,
        String recordedBy,
        OffsetDateTime recordedAt) {}
