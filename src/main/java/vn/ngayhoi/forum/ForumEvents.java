package vn.ngayhoi.forum;

import vn.ngayhoi.shared.AuditableEvent;

/**
 * What happened to opinions. Summaries never carry the sender's name or contact: the audit trail is
 * read by more people than the opinion itself.
 */
public final class ForumEvents {

    private ForumEvents() {}

    public record OpinionReceived(long opinionId, long unitId, String unitCode, String channel, String topic)
            implements AuditableEvent {
        public String action() {
            return "OPINION_RECEIVED";
        }

        public String target() {
            return "opinion:" + opinionId;
        }

        public String summary() {
            return unitCode + ", " + topic + ("FORUM".equals(channel) ? ", tại diễn đàn" : ", trực tuyến");
        }

        /** Online opinions come from people without an account. */
        public String actorOverride() {
            return "FORUM".equals(channel) ? null : "công dân";
        }
    }

    public record OpinionRouted(long opinionId, long fromUnitId, long toUnitId, String toUnitCode, String reason)
            implements AuditableEvent {
        public String action() {
            return "OPINION_ROUTED";
        }

        public String target() {
            return "opinion:" + opinionId;
        }

        public String summary() {
            return "→ " + toUnitCode + ": " + reason;
        }
    }

    /** An answer written ({@code to} PENDING_APPROVAL) or approved and sent ({@code to} ANSWERED). */
    public record OpinionAnswered(long opinionId, long unitId, OpinionStatus to) implements AuditableEvent {
        public String action() {
            return to == OpinionStatus.ANSWERED ? "OPINION_ANSWERED" : "OPINION_ANSWER_DRAFTED";
        }

        public String target() {
            return "opinion:" + opinionId;
        }

        public String summary() {
            return to.name();
        }
    }

    public record OpinionModerated(long opinionId, boolean hidden, String reason) implements AuditableEvent {
        public String action() {
            return hidden ? "OPINION_HIDDEN" : "OPINION_PUBLISHED";
        }

        public String target() {
            return "opinion:" + opinionId;
        }

        public String summary() {
            return reason == null ? (hidden ? "ẩn" : "đăng") : reason;
        }
    }

    public record OpinionEscalated(long opinionId, long unitId, long toUnitId, String toUnitCode)
            implements AuditableEvent {
        public String action() {
            return "OPINION_ESCALATED";
        }

        public String target() {
            return "opinion:" + opinionId;
        }

        public String summary() {
            return "quá hạn trả lời → " + toUnitCode;
        }

        public String actorOverride() {
            return "system";
        }
    }
}
