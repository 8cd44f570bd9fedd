package vn.ngayhoi.evaluation;

/**
 * The figures the system already holds that a criterion may name as its source, each read through
 * the owning module's public API for the unit and the campaign of the evaluated year.
 */
public enum EvidenceSource {
    /** 1 when the unit registered inside the rule set's registration window. */
    REGISTERED_IN_Q1,
    /** 1 when the unit's plan of the year's campaign is issued (plan module). */
    PLAN_ISSUED,
    /** 1 when the unit's festival of the year is recorded as held (festival module). */
    FESTIVAL_HELD,
    /** 1 when the unit's results report was accepted by the level above (report module). */
    REPORT_ACCEPTED,
    /** Models launched or replicated in the unit's subtree in the year (outreach registry). */
    MODELS_LAUNCHED,
    /** Percentage of the KDC, agencies, enterprises and schools under the unit registered this year. */
    SUBUNITS_REGISTERED_PCT,
    /** Percentage of them recognised this year. */
    SUBUNITS_RECOGNISED_PCT;

    public String messageKey() {
        return "evaluation.source." + name();
    }
}
