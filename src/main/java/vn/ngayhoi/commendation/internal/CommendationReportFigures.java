package vn.ngayhoi.commendation.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngayhoi.report.ReportFigureSource;

/**
 * The report's "tập thể / cá nhân được đề nghị khen thưởng / được khen thưởng": a unit's own
 * nominations submitted in the campaign's rounds, and those a decision awarded. Households count
 * with individuals, as the report form has no line of their own.
 */
@Component
class CommendationReportFigures implements ReportFigureSource {

    private final DecisionRepository decisions;

    CommendationReportFigures(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    @Override
    public Map<String, Long> figures(long campaignId, long unitId) {
        DecisionRepository.Counts c = decisions.countsOfUnit(campaignId, unitId);
        return Map.of(
                "commendations.collectives_proposed", c.collectivesProposed(),
                "commendations.collectives_commended", c.collectivesAwarded(),
                "commendations.individuals_proposed", c.individualsProposed(),
                "commendations.individuals_commended", c.individualsAwarded());
    }
}
