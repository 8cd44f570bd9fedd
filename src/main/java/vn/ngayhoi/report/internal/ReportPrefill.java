package vn.ngayhoi.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.FestivalFigures;
import vn.ngayhoi.forum.ForumFigures;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.outreach.OutreachFigures;
import vn.ngayhoi.outreach.PropagandaChannel;
import vn.ngayhoi.report.ReportData;
import vn.ngayhoi.report.ReportForm;
import vn.ngayhoi.report.ReportForm.Indicator;

/**
 * The first draft of a report: the figures other records already hold, so nobody types them twice
 * and the report agrees with the page they come from. Festivals give held, participants and models
 * launched; the forum gives opinions received and answered in the campaign's year; other modules
 * offer theirs as {@link vn.ngayhoi.report.ReportFigureSource} (commendations). Only the unit's
 * own: a report counts what its own unit did, and its khu dân cư report what they did themselves,
 * so the totals above, which add every report once, never count anything twice.
 *
 * <p>The propaganda log and the registry of models are the single source of the propaganda counts
 * and of models launched and replicated: a report takes what its own unit logged plus what the
 * units below it that do not report themselves logged (a commune's khu dân cư, its school), so the
 * sum of the reports of a subtree is the log's count for that subtree. A unit that has logged
 * nothing in the campaign types its propaganda figures itself.
 */
@Component
public class ReportPrefill {

    private final FestivalFigures festivals;
    private final ForumFigures forum;
    private final CampaignManagement campaigns;
    private final List<vn.ngayhoi.report.ReportFigureSource> sources;
    private final OutreachFigures outreach;
    private final OrgUnitManagement units;

    ReportPrefill(
            FestivalFigures festivals,
            ForumFigures forum,
            CampaignManagement campaigns,
            List<vn.ngayhoi.report.ReportFigureSource> sources,
            OutreachFigures outreach,
            OrgUnitManagement units) {
        this.festivals = festivals;
        this.sources = List.copyOf(sources);
        this.forum = forum;
        this.campaigns = campaigns;
        this.outreach = outreach;
        this.units = units;
    }

    /** Whether an indicator's value comes from the propaganda log or the registry of models. */
    public static boolean fromOutreach(Indicator i) {
        return i.prefill() != null
                && (i.prefill().startsWith("propaganda.") || i.prefill().startsWith("models."));
    }

    /**
     * The outreach figures a unit's report counts: its own, and those of the units below it that are
     * not themselves reporting units of the form (nor below one).
     */
    private OutreachFigures.UnitFigures outreachOf(ReportForm form, OrgUnit unit, int year) {
        List<String> reporting = units.systemUnitsOfTypes(unit.path(), form.assignTypes()).stream()
                .filter(u -> u.id() != unit.id())
                .map(OrgUnit::path)
                .toList();
        java.util.Map<PropagandaChannel, Long> sums = new java.util.EnumMap<>(PropagandaChannel.class);
        int launched = 0;
        int replicated = 0;
        boolean logged = false;
        for (OutreachFigures.UnitFigures f : outreach.systemByUnit(form.campaignId(), year, unit.path())) {
            if (f.unitId() != unit.id()
                    && reporting.stream().anyMatch(p -> f.path().startsWith(p))) {
                continue;
            }
            for (var e : f.propaganda().entrySet()) {
                sums.merge(e.getKey(), e.getValue(), Long::sum);
                logged = true;
            }
            launched += f.launched();
            replicated += f.replicated();
        }
        return new OutreachFigures.UnitFigures(unit.id(), logged ? unit.path() : null, sums, launched, replicated);
    }

    public ReportData of(ReportForm form, OrgUnit unit) {
        FestivalFigures.Figures figures = festivals.systemFiguresOfUnit(form.campaignId(), unit.id());
        vn.ngayhoi.campaign.Campaign campaign =
                campaigns.systemFind(form.campaignId()).orElseThrow();
        int year = campaign.year();
        ForumFigures.Counts opinions = null;
        Map<String, Long> others = null;
        OutreachFigures.UnitFigures logged = null;
        Map<String, String> values = new LinkedHashMap<>();
        for (Indicator i : form.definition().indicators().toList()) {
            String source = i.prefill();
            if (source == null) {
                continue;
            }
            Long value = null;
            if (source.startsWith("festivals.held:")) {
                value = (long) figures.held(
                        List.of(source.substring("festivals.held:".length()).split(",")));
            } else if (source.equals("festivals.participants")) {
                value = figures.participants();
            } else if (source.equals("festivals.models")) {
                value = (long) figures.modelsLaunched();
            } else if (fromOutreach(i)) {
                logged = logged != null
                        ? logged
                        : outreachOf(form, unit, vn.ngayhoi.outreach.PropagandaLog.yearOf(campaign));
                value = outreachValue(source, logged);
            } else if (source.startsWith("opinions.")) {
                opinions = opinions != null ? opinions : forum.systemCountsOfUnit(unit.id(), year);
                value = source.equals("opinions.received")
                        ? opinions.received()
                        : source.equals("opinions.answered") ? opinions.answered() : null;
            } else {
                if (others == null) {
                    others = new LinkedHashMap<>();
                    for (var s : sources) {
                        others.putAll(s.figures(form.campaignId(), unit.id()));
                    }
                }
                value = others.get(source);
            }
            if (value != null) {
                values.put(i.code(), Long.toString(value));
            }
        }
        return new ReportData(values, ReportData.Narrative.EMPTY, values.keySet());
    }

    /** A unit that logged nothing gets no propaganda prefill (it types them); models always come from the registry. */
    private static Long outreachValue(String source, OutreachFigures.UnitFigures f) {
        if (source.equals("models.launched")) {
            return (long) f.launched();
        }
        if (source.equals("models.replicated")) {
            return (long) f.replicated();
        }
        if (f.path() == null) {
            return null;
        }
        try {
            return f.propaganda(PropagandaChannel.valueOf(source.substring("propaganda.".length())));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
