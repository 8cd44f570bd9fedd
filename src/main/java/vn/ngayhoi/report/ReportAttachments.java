package vn.ngayhoi.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.report.ReportEvents.ReportSaved;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.files.EvidenceRules;
import vn.ngayhoi.shared.files.FileStore;
import vn.ngayhoi.shared.security.AccessPolicy;

/**
 * The files a unit attaches to its report (photos, the biên bản): checked from their bytes, kept in
 * the file store by SHA-256, read by whoever may read the report ({@link ReportManagement#get}).
 */
@Service
public class ReportAttachments {

    /** An attachment without its bytes. */
    public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes, OffsetDateTime at) {}

    /** One attachment with its bytes. */
    public record AttachmentFile(String fileName, String contentType, byte[] content) {}

    private final ReportManagement management;
    private final JdbcClient jdbc;
    private final FileStore files;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxEvidenceBytes;

    ReportAttachments(
            ReportManagement management,
            JdbcClient jdbc,
            FileStore files,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${ngayhoi.attachments.max-size:20MB}")
                    org.springframework.util.unit.DataSize maxEvidence) {
        this.management = management;
        this.jdbc = jdbc;
        this.files = files;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.maxEvidenceBytes = maxEvidence.toBytes();
    }

    @Transactional
    public AttachmentInfo attach(long id, String fileName, byte[] content) {
        var l = management.requireEditable(id);
        EvidenceRules.Kind kind = EvidenceRules.check(fileName, content, maxEvidenceBytes);
        long attachmentId = jdbc.sql("""
                        insert into report_attachment (report_id, file_name, content_type, size_bytes, sha256,
                                                       created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        id,
                        Texts.clean(fileName),
                        kind.mime,
                        content.length,
                        files.put(content),
                        OffsetDateTime.now(clock),
                        policy.requireActor().username())
                .query(Long.class)
                .single();
        events.publishEvent(new ReportSaved(id, l.report().unitCode(), "đính kèm " + Texts.clean(fileName)));
        return attachments(id).stream()
                .filter(a -> a.id() == attachmentId)
                .findFirst()
                .orElseThrow();
    }

    public List<AttachmentInfo> attachments(long id) {
        management.get(id);
        return jdbc.sql("""
                        select id, file_name, content_type, size_bytes, created_at from report_attachment
                        where report_id = ? order by id
                        """)
                .param(id)
                .query((rs, i) -> new AttachmentInfo(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    public AttachmentFile attachment(long attachmentId) {
        long reportId = jdbc.sql("select report_id from report_attachment where id = ?")
                .param(attachmentId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("report_attachment#" + attachmentId));
        management.get(reportId);
        return jdbc.sql("select file_name, content_type, sha256 from report_attachment where id = ?")
                .param(attachmentId)
                .query((rs, i) -> new AttachmentFile(rs.getString(1), rs.getString(2), files.get(rs.getString(3))))
                .single();
    }
}
