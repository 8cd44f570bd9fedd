package vn.ngayhoi.task;

import vn.ngayhoi.shared.AuditableEvent;

/** What happened to tasks. */
public final class TaskEvents {

    private TaskEvents() {}

    public record TaskCreated(long taskId, String unitCode, String title, String source) implements AuditableEvent {
        public String action() {
            return "TASK_CREATED";
        }

        public String target() {
            return "task:" + taskId;
        }

        public String summary() {
            return unitCode + ": " + title + (source == null ? "" : " (" + source + ")");
        }
    }

    public record TaskProgressed(long taskId, TaskStatus from, TaskStatus to, int percent, int attachments)
            implements AuditableEvent {
        public String action() {
            return to == TaskStatus.DONE
                    ? "TASK_COMPLETED"
                    : to == TaskStatus.RETURNED ? "TASK_RETURNED" : "TASK_PROGRESS";
        }

        public String target() {
            return "task:" + taskId;
        }

        public String summary() {
            return from + " → " + to + ", " + percent + "%, " + attachments + " tệp";
        }
    }

    public record ChasingLetterIssued(long letterId, String numberLine, int units) implements AuditableEvent {
        public String action() {
            return "CHASING_LETTER_ISSUED";
        }

        public String target() {
            return "chasing_letter:" + letterId;
        }

        public String summary() {
            return numberLine + " gửi " + units + " đơn vị";
        }
    }
}
