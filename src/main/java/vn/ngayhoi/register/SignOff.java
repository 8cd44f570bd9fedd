package vn.ngayhoi.register;

import java.time.OffsetDateTime;

/**
 * The sign-off of one document before issue.
 *
 * @param source the document's source, as it will be issued ("chasing-letter:12")
 * @param registerUnitId the unit whose register will number it; its head signs
 * @param pagePath the page where the document is read and decided ("/tasks/letters/12")
 * @param returnReason the signer's reason when returned, else null
 * @param version bumped by every step; a step names the version it saw
 */
public record SignOff(
        long id,
        String source,
        long registerUnitId,
        String subject,
        String pagePath,
        SignOffStatus status,
        String returnReason,
        int version,
        String updatedBy,
        OffsetDateTime updatedAt) {}
