package vn.ngayhoi.report;

import java.util.Map;

/**
 * Figures another module holds for a unit in a campaign, offered to the report's first draft so the
 * unit does not type them twice (commendations: collectives and individuals proposed and awarded).
 * Keys are the prefill codes an indicator names, such as {@code commendations.collectives_proposed}.
 */
public interface ReportFigureSource {

    Map<String, Long> figures(long campaignId, long unitId);
}
