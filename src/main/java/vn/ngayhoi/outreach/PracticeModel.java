package vn.ngayhoi.outreach;

import java.time.LocalDate;

/**
 * A model (mô hình) or exemplar in the registry. {@code originModelId} is set on a replication: a
 * model of its own at another unit, copied from its origin. {@code lastEffective} is the latest
 * yearly review's verdict (null when never reviewed).
 */
public record PracticeModel(
        long id,
        String name,
        String field,
        long unitId,
        String unitCode,
        String unitName,
        String unitPath,
        LocalDate launchedOn,
        Long festivalId,
        String description,
        Long originModelId,
        String originName,
        LocalDate retiredOn,
        String retiredReason,
        Integer lastReviewYear,
        Boolean lastEffective,
        int replications,
        int version) {

    /** The stage shown on badges, from the facts on record as of {@code today}. */
    public ModelStage stageOn(LocalDate today) {
        if (retiredOn != null && !retiredOn.isAfter(today)) {
            return ModelStage.RETIRED;
        }
        if (launchedOn == null || launchedOn.isAfter(today)) {
            return ModelStage.REGISTERED;
        }
        if (replications > 0) {
            return ModelStage.REPLICATED;
        }
        return lastReviewYear != null ? ModelStage.REVIEWED : ModelStage.LAUNCHED;
    }

    /** Counts for TT 124: working, and its latest review found it effective. */
    public boolean effectiveOn(LocalDate today) {
        return stageOn(today).active() && Boolean.TRUE.equals(lastEffective);
    }

    public boolean replication() {
        return originModelId != null;
    }
}
