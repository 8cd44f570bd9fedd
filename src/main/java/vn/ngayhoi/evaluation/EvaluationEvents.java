package vn.ngayhoi.evaluation;

import java.time.LocalDate;
import vn.ngayhoi.shared.AuditableEvent;

/** What happened in evaluation; each goes on the audit trail in the transaction of the change. */
public final class EvaluationEvents {

    private EvaluationEvents() {}

    public record RuleSetCopied(long ruleSetId, long fromId, String name) implements AuditableEvent {
        public String action() {
            return "EVALUATION_RULE_SET_COPIED";
        }

        public String target() {
            return "evaluation_rule_set:" + ruleSetId;
        }

        public String summary() {
            return "từ " + fromId + ": " + name;
        }
    }

    public record RuleSetChanged(long ruleSetId, String name) implements AuditableEvent {
        public String action() {
            return "EVALUATION_RULE_SET_CHANGED";
        }

        public String target() {
            return "evaluation_rule_set:" + ruleSetId;
        }

        public String summary() {
            return name;
        }
    }

    public record RuleSetActivated(long ruleSetId, String unitKind, LocalDate from) implements AuditableEvent {
        public String action() {
            return "EVALUATION_RULE_SET_ACTIVATED";
        }

        public String target() {
            return "evaluation_rule_set:" + ruleSetId;
        }

        public String summary() {
            return unitKind + " từ " + from;
        }
    }

    public record EvaluationRegistered(long evaluationId, long unitId, String unitCode, int year, String numberLine)
            implements AuditableEvent {
        public String action() {
            return "EVALUATION_REGISTERED";
        }

        public String target() {
            return "evaluation:" + evaluationId;
        }

        public String summary() {
            return unitCode + " năm " + year + (numberLine == null ? "" : ", " + numberLine);
        }
    }

    public record EvaluationAssessed(long evaluationId, String unitCode, int answers) implements AuditableEvent {
        public String action() {
            return "EVALUATION_ASSESSED";
        }

        public String target() {
            return "evaluation:" + evaluationId;
        }

        public String summary() {
            return unitCode + ": " + answers + " tiêu chí";
        }
    }

    public record EvaluationSubmitted(long evaluationId, long authorityUnitId, String unitCode, int selfScore)
            implements AuditableEvent {
        public String action() {
            return "EVALUATION_SUBMITTED";
        }

        public String target() {
            return "evaluation:" + evaluationId;
        }

        public String summary() {
            return unitCode + ", tự chấm " + selfScore;
        }
    }

    public record EvaluationDecided(
            long evaluationId, long unitId, String unitCode, boolean recognised, int score, String classCode)
            implements AuditableEvent {
        public String action() {
            return "EVALUATION_DECIDED";
        }

        public String target() {
            return "evaluation:" + evaluationId;
        }

        public String summary() {
            return unitCode + ": " + (recognised ? "đạt" : "chưa đạt") + ", " + score + " điểm"
                    + (classCode == null ? "" : ", " + classCode);
        }
    }

    public record EvaluationReturned(long evaluationId, long unitId, String unitCode, String reason)
            implements AuditableEvent {
        public String action() {
            return "EVALUATION_RETURNED";
        }

        public String target() {
            return "evaluation:" + evaluationId;
        }

        public String summary() {
            return unitCode + ": " + reason;
        }
    }

    public record RecognitionIssued(long authorityUnitId, int year, String numberLine, int units)
            implements AuditableEvent {
        public String action() {
            return "EVALUATION_DECISION_ISSUED";
        }

        public String target() {
            return "org_unit:" + authorityUnitId;
        }

        public String summary() {
            return numberLine + ": " + units + " đơn vị năm " + year;
        }
    }
}
