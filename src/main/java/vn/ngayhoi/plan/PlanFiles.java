package vn.ngayhoi.plan;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.campaign.CampaignTerritories;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.plan.internal.PlanDocuments;
import vn.ngayhoi.plan.internal.PlanRepository;
import vn.ngayhoi.register.OutgoingRegister;

/**
 * A plan's files: its document, the DOCX and PDF (the frozen bytes once issued, rendered afresh
 * before), its issued versions and the festival banner (ma-két) made from it. Each read goes through
 * {@link PlanManagement#get}, so it is scoped as the plan is.
 */
@Service
public class PlanFiles {

    private final PlanManagement management;
    private final PlanRepository plans;
    private final PlanDocuments documents;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final CampaignTerritories territories;
    private final OutgoingRegister register;

    PlanFiles(
            PlanManagement management,
            PlanRepository plans,
            PlanDocuments documents,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            CampaignTerritories territories,
            OutgoingRegister register) {
        this.management = management;
        this.plans = plans;
        this.documents = documents;
        this.campaigns = campaigns;
        this.units = units;
        this.territories = territories;
        this.register = register;
    }

    public OfficialDocument document(long id) {
        Plan plan = management.get(id);
        return documents.document(
                plan, campaigns.systemFind(plan.campaignId()).orElseThrow().year());
    }

    /** The DOCX: the frozen bytes once issued, rendered afresh before. */
    public byte[] docx(long id) {
        Plan plan = management.get(id);
        if (plan.status() == PlanStatus.ISSUED) {
            return frozen(id).orElseThrow().docx();
        }
        return documents.docx(document(id));
    }

    public byte[] pdf(long id) {
        Plan plan = management.get(id);
        if (plan.status() == PlanStatus.ISSUED) {
            return frozen(id).orElseThrow().pdf();
        }
        return documents.pdf(document(id));
    }

    /**
     * The ma-két (ceremony backdrop) for a unit's festival under this plan: the unit's committee, the
     * campaign year, the unit's place; the day is left blank until the festival is registered.
     */
    public byte[] banner(long planId, long unitId) {
        Plan plan = management.get(planId);
        OrgUnit unit = units.get(unitId);
        int year = campaigns.systemFind(plan.campaignId()).orElseThrow().year();
        String organiser = Letterheads.bannerOrganiser(unit.name(), territories.isTerritorial(unit));
        String subtitle =
                plan.content().banner() != null && plan.content().banner().subtitle() != null
                        ? plan.content().banner().subtitle()
                        : "TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM " + year;
        return documents.banner(new vn.ngayhoi.document.Banner(
                organiser,
                "NGÀY HỘI",
                subtitle,
                Letterheads.shortName(unit.name()) + ", ngày     tháng     năm " + year));
    }

    /** The frozen files of the plan's latest issued version, if issued. */
    public java.util.Optional<PlanRepository.Frozen> frozen(long id) {
        management.get(id);
        return plans.latestDocumentId(id).map(documentId -> {
            OutgoingRegister.StoredFile docx = register.systemFile(documentId, "docx");
            OutgoingRegister.StoredFile pdf = register.systemFile(documentId, "pdf");
            return new PlanRepository.Frozen(documentId, docx.bytes(), pdf.bytes(), docx.sha256(), pdf.sha256());
        });
    }

    /** The plan's issued versions, oldest first. */
    public List<PlanRepository.Version> versions(long id) {
        management.get(id);
        return plans.versions(id);
    }
}
