package vn.ngayhoi.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.festival.FestivalFigures;
import vn.ngayhoi.forum.ForumFigures;
import vn.ngayhoi.orgunit.OrgUnit;
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
 */
@Component
public class ReportPrefill {

    private final FestivalFigures festivals;
    private final ForumFigures forum;
    private final CampaignManagement campaigns;
    private final List<vn.ngayhoi.report.ReportFigureSource> sources;

    ReportPrefill(
            FestivalFigures festivals,
            ForumFigures forum,
            CampaignManagement campaigns,
            List<vn.ngayhoi.report.ReportFigureSource> sources) {
        this.festivals = festivals;
        this.forum = forum;
        this.campaigns = campaigns;
        this.sources = List.copyOf(sources);
    }

    public ReportData of(ReportForm form, OrgUnit unit) {
        FestivalFigures.Figures figures = festivals.systemFiguresOfUnit(form.campaignId(), unit.id());
        int year = campaigns.systemFind(form.campaignId()).orElseThrow().year();
        ForumFigures.Counts opinions = null;
        Map<String, Long> others = null;
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
}
