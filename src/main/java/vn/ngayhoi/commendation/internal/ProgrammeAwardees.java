package vn.ngayhoi.commendation.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalDetails;
import vn.ngayhoi.festival.ProgrammeNotes;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.Texts;

/**
 * Under the step "công bố quyết định, trao thưởng" of a festival: the awardees of the campaign's
 * decisions issued by the festival's day. The pilot festival, where the upper level attends, hands
 * out the deciding authority's awards to all; any other festival those of units in its own subtree.
 * Names, units and forms only: a decision is a public document.
 */
@Component
class ProgrammeAwardees implements ProgrammeNotes {

    private final DecisionRepository decisions;
    private final OrgUnitManagement units;
    private final Formats fmt;

    ProgrammeAwardees(DecisionRepository decisions, OrgUnitManagement units, Formats fmt) {
        this.decisions = decisions;
        this.units = units;
        this.fmt = fmt;
    }

    @Override
    public List<String> linesFor(Festival festival, FestivalDetails.Step step) {
        String title = Texts.fold(step.title());
        if (!title.contains("trao thuong") && !title.contains("khen thuong")) {
            return List.of();
        }
        String path = units.systemFindById(festival.unitId()).orElseThrow().path();
        return decisions
                .awardeesOfCampaign(
                        festival.campaignId(),
                        festival.startsAt().atZoneSameInstant(Formats.ZONE).toLocalDate())
                .stream()
                .filter(a -> festival.pilot() || a.unitPath().startsWith(path))
                .map(a -> a.name() + " (" + a.unitName() + ") – " + a.awardName() + ", "
                        + a.numberLine().replace("Số: ", "Quyết định số ") + " ngày " + fmt.date(a.decidedOn()))
                .toList();
    }
}
