package vn.ngayhoi.budget;

import vn.ngayhoi.shared.AuditableEvent;

/** What happened to a budget; each is one audit entry, and the hand-offs send notices. */
public final class BudgetEvents {

    private BudgetEvents() {}

    /** A change to an estimate (created, line added or removed, submitted, appraised, returned, approved). */
    public record EstimateChanged(long estimateId, String action, String summary) implements AuditableEvent {
        public String target() {
            return "budget:" + estimateId;
        }
    }

    /** The estimate reached someone else's desk: {@code to} is the status it moved to. */
    public record EstimateHandedOff(long estimateId, EstimateStatus to, String title) implements AuditableEvent {
        public String action() {
            return "BUDGET_" + to.name();
        }

        public String target() {
            return "budget:" + estimateId;
        }

        public String summary() {
            return title;
        }
    }

    public record PaymentRecorded(long paymentId, long estimateId, long lineId, long unitId, long amount, String payee)
            implements AuditableEvent {
        public String action() {
            return "BUDGET_PAYMENT_RECORDED";
        }

        public String target() {
            return "budget_payment:" + paymentId;
        }

        public String summary() {
            return "budget:" + estimateId + ", dòng " + lineId + ", " + amount + " đ, " + payee;
        }
    }

    public record SettlementClosed(long estimateId, long unitId, long approved, long spent) implements AuditableEvent {
        public String action() {
            return "BUDGET_SETTLED";
        }

        public String target() {
            return "budget:" + estimateId;
        }

        public String summary() {
            return "đơn vị " + unitId + ": duyệt " + approved + " đ, đã chi " + spent + " đ";
        }
    }

    public record GiftChanged(long giftId, long festivalId, String action, String summary) implements AuditableEvent {
        public String target() {
            return "budget_gift:" + giftId;
        }
    }
}
