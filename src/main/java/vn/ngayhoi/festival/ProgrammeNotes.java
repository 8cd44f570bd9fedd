package vn.ngayhoi.festival;

import java.util.List;

/**
 * Lines another module prints under a step of a festival's phần lễ programme, so the festival shows
 * what happens at that step without knowing the module (the awardees of a commendation decision
 * under "công bố quyết định, trao thưởng"). Implementations must not check scope: the festival page
 * has already done that, and lines carry only what the festival's readers may see.
 */
public interface ProgrammeNotes {

    /** The lines to print under {@code step} of {@code festival}; empty when there are none. */
    List<String> linesFor(Festival festival, FestivalDetails.Step step);
}
