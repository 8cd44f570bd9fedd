package vn.ngayhoi.report;

import vn.ngayhoi.shared.AuditableEvent;

/** What happens to forms and reports; each goes into the audit trail. */
public final class ReportEvents {

    private ReportEvents() {}

    public record FormDefined(long formId, long campaignId, String summary) implements AuditableEvent {
        public String action() {
            return "REPORT_FORM_DEFINED";
        }

        public String target() {
            return "report_form:" + formId;
        }
    }

    public record LockExceptionGranted(long formId, String unitCode, String summary) implements AuditableEvent {
        public String action() {
            return "REPORT_LOCK_EXCEPTION";
        }

        public String target() {
            return "report_form:" + formId + ":" + unitCode;
        }
    }

    public record ReportSaved(long reportId, String unitCode, String summary) implements AuditableEvent {
        public String action() {
            return "REPORT_SAVED";
        }

        public String target() {
            return "report:" + reportId;
        }
    }

    /** A status change: SUBMITTED, RECALLED, RETURNED (with the reason) or ACCEPTED. */
    public record ReportStatusChanged(
            long reportId, long unitId, String unitCode, String change, String summary, long campaignId)
            implements AuditableEvent {
        public String action() {
            return "REPORT_" + change;
        }

        public String target() {
            return "report:" + reportId;
        }
    }

    public record UpwardReportSaved(long upwardId, String summary) implements AuditableEvent {
        public String action() {
            return "UPWARD_REPORT_SAVED";
        }

        public String target() {
            return "upward_report:" + upwardId;
        }
    }

    public record UpwardReportIssued(long upwardId, String numberLine) implements AuditableEvent {
        public String action() {
            return "UPWARD_REPORT_ISSUED";
        }

        public String target() {
            return "upward_report:" + upwardId;
        }

        public String summary() {
            return numberLine;
        }
    }
}
