package vn.ngayhoi.register;

import vn.ngayhoi.shared.AuditableEvent;

/** What happened in a register; every one goes into the audit trail. */
public final class RegisterEvents {

    private RegisterEvents() {}

    /** A document was numbered, frozen and delivered. */
    public record DocumentIssued(
            long documentId, long entryId, long registerUnitId, String notation, String subject, String source)
            implements AuditableEvent {
        public String action() {
            return "DOCUMENT_ISSUED";
        }

        public String target() {
            return "issued_document:" + documentId;
        }

        public String summary() {
            return notation + " – " + subject;
        }
    }

    /** A document was withdrawn (thu hồi); its line stays in the register, marked. */
    public record DocumentWithdrawn(long entryId, String notation, String reason) implements AuditableEvent {
        public String action() {
            return "DOCUMENT_WITHDRAWN";
        }

        public String target() {
            return "outgoing_document:" + entryId;
        }

        public String summary() {
            return notation + ": " + reason;
        }
    }

    /** The clerk recorded the copies printed and the urgency mark of an entry. */
    public record HandlingRecorded(long entryId, String notation, int copies, String priority)
            implements AuditableEvent {
        public String action() {
            return "DOCUMENT_HANDLING_RECORDED";
        }

        public String target() {
            return "outgoing_document:" + entryId;
        }

        public String summary() {
            return notation + ": " + copies + " bản, " + priority;
        }
    }
}
