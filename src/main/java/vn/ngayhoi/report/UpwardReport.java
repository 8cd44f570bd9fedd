package vn.ngayhoi.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * The committee's Báo cáo to the level above: a draft the standing office edits, then issued
 * ({@code Số: 12/BC-BCĐ}) and frozen. Between the two the committee's head signs it off: submitted,
 * then approved or returned with a reason ({@code status} DRAFT, SUBMITTED, RETURNED, APPROVED, ISSUED). The figures table and the list of late and missing units come
 * from the live totals while it is a draft and are frozen into the document at issue.
 */
public record UpwardReport(
        long id,
        long formId,
        long issuerId,
        boolean issued,
        Content content,
        String numberLine,
        LocalDate issuedOn,
        String pdfSha256,
        int version,
        String status,
        String returnReason) {

    /** Whether the officers may still edit it: a draft or one returned by the signer. */
    public boolean editable() {
        return "DRAFT".equals(status) || "RETURNED".equals(status);
    }

    /** The UX word for its state: report.upward.status.DRAFT … ISSUED. */
    public String statusKey() {
        return "report.upward.status." + status;
    }

    /**
     * What the officer edits: the trích yếu, the opening, the figures in prose (written by the system,
     * editable), highlights picked from units' narratives, the three closing parts and the Nơi nhận.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(
            String subject,
            String opening,
            String figures,
            List<Highlight> highlights,
            String shortcomings,
            String lessons,
            String proposals,
            List<String> recipients,
            Figures figuresTaken) {
        public Content {
            highlights = highlights == null ? List.of() : List.copyOf(highlights);
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }

        /** What the officer typed; the figures stay as last taken. */
        public Content(
                String subject,
                String opening,
                String figures,
                List<Highlight> highlights,
                String shortcomings,
                String lessons,
                String proposals,
                List<String> recipients) {
            this(subject, opening, figures, highlights, shortcomings, lessons, proposals, recipients, null);
        }

        public Content withFigures(Figures taken) {
            return new Content(
                    subject, opening, figures, highlights, shortcomings, lessons, proposals, recipients, taken);
        }
    }

    /**
     * The figures as they were taken when the draft was written or its figures refreshed: the table and
     * the late and missing units. The prose, the table and the issued document all read these, so
     * they never disagree with each other or change under the officer's eyes.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(
            List<String> header,
            List<List<String>> rows,
            List<Boolean> numeric,
            List<String> lateUnits,
            List<String> missingUnits) {}

    /** A passage of a unit's narrative the officer chose to report upward. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Highlight(long reportId, String unitName, String text) {}
}
