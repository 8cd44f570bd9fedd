package vn.ngayhoi.plan;

import java.time.LocalDate;
import java.util.List;
import vn.ngayhoi.shared.AuditableEvent;

/** What happened to plans. {@link PlanIssued} is what later modules (tasks) listen to. */
public final class PlanEvents {

    private PlanEvents() {}

    public record PlanCreated(long planId, String unitCode, Long parentPlanId) implements AuditableEvent {
        public String action() {
            return "PLAN_CREATED";
        }

        public String target() {
            return "plan:" + planId;
        }

        public String summary() {
            return "đơn vị " + unitCode + (parentPlanId == null ? "" : ", từ kế hoạch " + parentPlanId);
        }
    }

    public record PlanChanged(long planId, PlanStatus from, PlanStatus to, String note) implements AuditableEvent {
        public String action() {
            return "PLAN_" + to.name();
        }

        public String target() {
            return "plan:" + planId;
        }

        public String summary() {
            return from + " → " + to + (note == null || note.isBlank() ? "" : ": " + note);
        }
    }

    public record PlanEdited(long planId, int version) implements AuditableEvent {
        public String action() {
            return "PLAN_EDITED";
        }

        public String target() {
            return "plan:" + planId;
        }

        public String summary() {
            return "phiên bản " + version;
        }
    }

    /** A plan was issued with its number; its recipients and required lower units have it in their inbox. */
    public record PlanIssued(
            long planId,
            long campaignId,
            long unitId,
            String numberLine,
            LocalDate issuedOn,
            List<Long> recipientUnitIds)
            implements AuditableEvent {
        public String action() {
            return "PLAN_ISSUED";
        }

        public String target() {
            return "plan:" + planId;
        }

        public String summary() {
            return numberLine + ", gửi " + recipientUnitIds.size() + " đơn vị";
        }
    }
}
