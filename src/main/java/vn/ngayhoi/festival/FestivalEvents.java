package vn.ngayhoi.festival;

import vn.ngayhoi.shared.AuditableEvent;

/** What happened to festivals. */
public final class FestivalEvents {

    private FestivalEvents() {}

    /** A festival was registered, changed, postponed, cancelled or held; other modules act on it by id. */
    public record FestivalSaved(
            long festivalId, String unitCode, FestivalStatus status, String summary, long campaignId, long unitId)
            implements AuditableEvent {
        public String action() {
            return "FESTIVAL_" + status.name();
        }

        public String target() {
            return "festival:" + festivalId;
        }
    }

    public record LeaderAssigned(long festivalId, String username) implements AuditableEvent {
        public String action() {
            return "FESTIVAL_LEADER_ASSIGNED";
        }

        public String target() {
            return "festival:" + festivalId;
        }

        public String summary() {
            return username;
        }
    }
}
