package vn.ngayhoi.outreach;

import vn.ngayhoi.shared.AuditableEvent;

/** What happened in outreach; each is one audit entry and, for the log and the registry, a prompt to reports to refresh their prefilled figures. */
public final class OutreachEvents {

    private OutreachEvents() {}

    /** Something a report prefills from changed at the unit of {@code unitPath} (and so for every unit above it). */
    public interface FiguresChanged {
        String unitPath();
    }

    public record PropagandaLogged(
            long entryId,
            long campaignId,
            int year,
            long unitId,
            String unitPath,
            String unitCode,
            String channel,
            int count)
            implements AuditableEvent, FiguresChanged {
        public String action() {
            return "PROPAGANDA_LOGGED";
        }

        public String target() {
            return "propaganda:" + entryId;
        }

        public String summary() {
            return unitCode + ", " + channel + " × " + count;
        }
    }

    public record ModelRegistered(
            long modelId, int year, String unitPath, String unitCode, String name, Long originModelId)
            implements AuditableEvent, FiguresChanged {
        public String action() {
            return "MODEL_REGISTERED";
        }

        public String target() {
            return "model:" + modelId;
        }

        public String summary() {
            return unitCode + ", " + name + (originModelId == null ? "" : ", nhân rộng từ model:" + originModelId);
        }
    }

    public record ModelLaunched(long modelId, String unitPath, String launchedOn, Long festivalId)
            implements AuditableEvent, FiguresChanged {
        public String action() {
            return "MODEL_LAUNCHED";
        }

        public String target() {
            return "model:" + modelId;
        }

        public String summary() {
            return launchedOn + (festivalId == null ? "" : ", festival:" + festivalId);
        }
    }

    public record ModelReviewed(long modelId, int year, boolean effective, String reason) implements AuditableEvent {
        public String action() {
            return "MODEL_REVIEWED";
        }

        public String target() {
            return "model:" + modelId;
        }

        public String summary() {
            return year + ": " + (effective ? "hiệu quả" : "chưa hiệu quả") + " – " + reason;
        }
    }

    public record ModelRetired(long modelId, String unitPath, String reason) implements AuditableEvent, FiguresChanged {
        public String action() {
            return "MODEL_RETIRED";
        }

        public String target() {
            return "model:" + modelId;
        }

        public String summary() {
            return reason;
        }
    }

    public record CoverageAssigned(long assignmentId, long festivalId, long unitId, String unitCode, String dueDate)
            implements AuditableEvent {
        public String action() {
            return "COVERAGE_ASSIGNED";
        }

        public String target() {
            return "coverage:" + assignmentId;
        }

        public String summary() {
            return unitCode + ", festival:" + festivalId + ", hạn " + dueDate;
        }
    }

    public record CoverageItemRecorded(long assignmentId, long itemId, String kind, String link)
            implements AuditableEvent {
        public String action() {
            return "COVERAGE_ITEM_RECORDED";
        }

        public String target() {
            return "coverage:" + assignmentId;
        }

        public String summary() {
            return kind + " " + link;
        }
    }

    public record SlogansTicked(long campaignId, long unitId, int displayed, int of) implements AuditableEvent {
        public String action() {
            return "SLOGANS_TICKED";
        }

        public String target() {
            return "campaign:" + campaignId + "/unit:" + unitId;
        }

        public String summary() {
            return displayed + "/" + of + " khẩu hiệu";
        }
    }
}
