package vn.ngayhoi.commendation;

import java.time.LocalDate;
import vn.ngayhoi.shared.AuditableEvent;

/**
 * What happened in commendations. Summaries name the nominee's kind and award, never a person's
 * year of birth or position: the audit trail is read by more people than the nomination.
 */
public final class CommendationEvents {

    private CommendationEvents() {}

    public record RoundCreated(long roundId, long campaignId, String title) implements AuditableEvent {
        public String action() {
            return "COMMENDATION_ROUND_CREATED";
        }

        public String target() {
            return "commendation_round:" + roundId;
        }

        public String summary() {
            return title;
        }
    }

    public record RoundChanged(long roundId, String what) implements AuditableEvent {
        public String action() {
            return "COMMENDATION_ROUND_CHANGED";
        }

        public String target() {
            return "commendation_round:" + roundId;
        }

        public String summary() {
            return what;
        }
    }

    public record NominationSaved(long nominationId, long roundId, long unitId, String unitCode, boolean created)
            implements AuditableEvent {
        public String action() {
            return created ? "NOMINATION_CREATED" : "NOMINATION_CHANGED";
        }

        public String target() {
            return "nomination:" + nominationId;
        }

        public String summary() {
            return unitCode;
        }
    }

    /** A unit's nominations submitted with its Tờ trình. */
    public record NominationsSubmitted(
            long submissionId, long roundId, long unitId, String unitCode, int count, String numberLine, LocalDate due)
            implements AuditableEvent {
        public String action() {
            return "NOMINATIONS_SUBMITTED";
        }

        public String target() {
            return "commendation_submission:" + submissionId;
        }

        public String summary() {
            return unitCode + ": " + count + " hồ sơ, " + numberLine;
        }
    }

    public record NominationVetted(
            long nominationId, long roundId, long unitId, NominationStatus outcome, String reason)
            implements AuditableEvent {
        public String action() {
            return "NOMINATION_VETTED";
        }

        public String target() {
            return "nomination:" + nominationId;
        }

        public String summary() {
            return outcome.name() + (reason == null ? "" : ": " + reason);
        }
    }

    public record DisciplineFlagged(long nominationId, boolean pending) implements AuditableEvent {
        public String action() {
            return "NOMINATION_DISCIPLINE_FLAGGED";
        }

        public String target() {
            return "nomination:" + nominationId;
        }

        public String summary() {
            return pending ? "đang xem xét kỷ luật" : "không còn xem xét kỷ luật";
        }
    }

    public record CouncilMet(long meetingId, long roundId, int present, int members, boolean quorate, String numberLine)
            implements AuditableEvent {
        public String action() {
            return "COMMENDATION_COUNCIL_MET";
        }

        public String target() {
            return "commendation_round:" + roundId;
        }

        public String summary() {
            return present + "/" + members + (quorate ? ", đủ" : ", không đủ") + " số thành viên"
                    + (numberLine == null ? "" : ", " + numberLine);
        }
    }

    public record DecisionIssued(long decisionId, long roundId, String numberLine, int awards, long total)
            implements AuditableEvent {
        public String action() {
            return "COMMENDATION_DECIDED";
        }

        public String target() {
            return "commendation_round:" + roundId;
        }

        public String summary() {
            return numberLine + ", " + awards + " khen thưởng, " + total + " đ";
        }
    }

    public record HolidayChanged(LocalDate day, String what) implements AuditableEvent {
        public String action() {
            return "HOLIDAY_CHANGED";
        }

        public String target() {
            return "holiday:" + day;
        }

        public String summary() {
            return what;
        }
    }
}
