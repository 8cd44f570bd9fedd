package vn.ngayhoi.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.budget.BudgetEvents.EstimateChanged;
import vn.ngayhoi.budget.BudgetEvents.EstimateHandedOff;
import vn.ngayhoi.budget.internal.BudgetRepository;
import vn.ngayhoi.budget.internal.GiftRepository;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.commendation.CommendationDecisions;
import vn.ngayhoi.festival.Festival;
import vn.ngayhoi.festival.FestivalManagement;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.register.SignOffs;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.Actor;
import vn.ngayhoi.shared.security.Role;

/**
 * Estimates (dự toán): a requesting unit drafts one per campaign, line by line, and submits it with
 * its Tờ trình ("Số: NN/TTr-CAH") issued through the one issuing service. Amounts are whole đồng:
 * quantity × unit price with {@link Math#multiplyExact}, so a product that does not fit is refused
 * rather than wrapped. The appraising department is the district's Phòng Tài chính - Kế hoạch; the
 * approving unit is the one whose leader signs for the campaign's committee.
 */
@Service
public class Estimates {

    private final BudgetRepository repository;
    private final LineChecks lineChecks;
    private final GiftRepository gifts;
    private final BudgetAccess access;
    private final vn.ngayhoi.document.Speakers speakers;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final FestivalManagement festivals;
    private final CommendationDecisions decisions;
    private final SignOffs signOffs;
    private final DocumentIssuing issuing;
    private final vn.ngayhoi.account.AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Estimates(
            BudgetRepository repository,
            LineChecks lineChecks,
            GiftRepository gifts,
            BudgetAccess access,
            vn.ngayhoi.document.Speakers speakers,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            FestivalManagement festivals,
            CommendationDecisions decisions,
            SignOffs signOffs,
            DocumentIssuing issuing,
            vn.ngayhoi.account.AccountManagement accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.lineChecks = lineChecks;
        this.gifts = gifts;
        this.access = access;
        this.speakers = speakers;
        this.campaigns = campaigns;
        this.units = units;
        this.festivals = festivals;
        this.decisions = decisions;
        this.signOffs = signOffs;
        this.issuing = issuing;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Estimates of a campaign the account may read (whole, or the lines of its own units), by id. */
    public List<Estimate> list(long campaignId, String unitCode) {
        Campaign c = campaigns.get(campaignId);
        Actor a = access.actor();
        List<Estimate> out = new ArrayList<>();
        for (Estimate e : repository.ofCampaign(c.id(), null)) {
            if (unitCode != null && !unitCode.isBlank() && !e.unitCode().equals(unitCode.strip())) {
                continue;
            }
            if (access.seesWhole(a, e)) {
                out.add(e);
            } else if (e.lines().stream().anyMatch(l -> access.canSeePath(a, l.spendingUnitPath()))) {
                out.add(access.shown(a, e));
            }
        }
        return out;
    }

    /** One estimate as the account may read it; 404 when it may read none of it. */
    public Estimate get(long id) {
        Estimate e = access.visible(id);
        return access.shown(access.actor(), e);
    }

    /** Whether the account reads the estimate whole (the requester, the department, the chairman). */
    public boolean seesWhole(Estimate e) {
        return access.seesWhole(access.actor(), e);
    }

    /** Whether the account drafts estimates at all (unit officers and the standing office). */
    public boolean mayDraft() {
        Actor a = access.actor();
        return a.has(Role.UNIT_OFFICER) || a.has(Role.STANDING_OFFICE);
    }

    public record Abilities(boolean drafts, boolean appraises, boolean approves) {}

    public Abilities abilities(Estimate e) {
        Actor a = access.actor();
        return new Abilities(access.drafts(a, e), access.appraises(a, e), access.approves(a, e));
    }

    /** Opens a draft estimate of {@code unitCode} (blank: the account's own unit) with its first lines. */
    @Transactional
    public Estimate create(long campaignId, String unitCode, String title, List<NewLine> lines) {
        Campaign c = campaigns.get(campaignId);
        Actor a = access.actor();
        OrgUnit unit = unitCode == null || unitCode.isBlank()
                ? units.systemFindById(a.unitId()).orElseThrow()
                : units.systemFindByCode(unitCode.strip(), c.windowStart())
                        .orElseThrow(() -> ValidationException.of("unit", "budget.unit.unknown", unitCode.strip()));
        if (!access.canSeePath(a, unit.path())) {
            throw access.refuse(a, "org_unit:" + unit.code());
        }
        if (!(a.has(Role.UNIT_OFFICER) || a.has(Role.STANDING_OFFICE))) {
            access.require(false);
        }
        return create(c, unit, title, lines, a.username());
    }

    /** Start-up only (demo). */
    @Transactional
    public Estimate systemCreate(long campaignId, long unitId, String title, List<NewLine> lines, String by) {
        return create(
                campaigns.systemFind(campaignId).orElseThrow(),
                units.systemFindById(unitId).orElseThrow(),
                title,
                lines,
                by);
    }

    private Estimate create(Campaign c, OrgUnit unit, String title, List<NewLine> lines, String by) {
        String clean = Texts.clean(title);
        if (clean == null || clean.isEmpty()) {
            clean = "Dự toán kinh phí Ngày hội năm " + c.year() + " của " + unit.name();
        }
        if (clean.length() > 300) {
            throw ValidationException.of("title", "budget.title.tooLong", 300);
        }
        if (repository.estimateOf(c.id(), unit.id()).isPresent()) {
            throw new ConflictException("budget.estimate.exists", unit.name());
        }
        long approver = signOffs.signingUnit(c.committeeId());
        long appraiser = appraiserOf(approver);
        List<BudgetRepository.NewLine> checked = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                checked.add(lineChecks.check(c, unit, lines.get(i), i + 1));
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = repository.insertEstimate(c.id(), unit.id(), appraiser, approver, clean, by, now());
        for (BudgetRepository.NewLine l : checked) {
            repository.insertLine(id, l);
        }
        events.publishEvent(new EstimateChanged(id, "BUDGET_CREATED", clean + ", " + checked.size() + " dòng"));
        return repository.find(id).orElseThrow();
    }

    /** The district's finance department (Phòng Tài chính - Kế hoạch) appraises; 400 when it has none. */
    private long appraiserOf(long districtId) {
        OrgUnit district = units.systemFindById(districtId).orElseThrow();
        return units.systemUnitsOfTypes(district.path(), List.of("DEPARTMENT")).stream()
                .filter(u -> Texts.fold(u.name()).contains("tai chinh"))
                .map(OrgUnit::id)
                .findFirst()
                .orElseThrow(() -> ValidationException.of("unit", "budget.appraiser.none", district.name()));
    }

    /** Adds a line to a draft or returned estimate. */
    @Transactional
    public Estimate addLine(long id, NewLine line) {
        Estimate e = editable(id);
        Campaign c = campaigns.systemFind(e.campaignId()).orElseThrow();
        OrgUnit unit = units.systemFindById(e.unitId()).orElseThrow();
        long lineId = repository.insertLine(
                id, lineChecks.check(c, unit, line, e.lines().size() + 1));
        events.publishEvent(new EstimateChanged(id, "BUDGET_LINE_ADDED", "dòng " + lineId + ": " + line.content()));
        return repository.find(id).orElseThrow();
    }

    /** Removes a line from a draft or returned estimate. */
    @Transactional
    public Estimate removeLine(long id, long lineId) {
        editable(id);
        if (!repository.deleteLine(id, lineId)) {
            throw new ConflictException("budget.line.gone");
        }
        events.publishEvent(new EstimateChanged(id, "BUDGET_LINE_REMOVED", "dòng " + lineId));
        return repository.find(id).orElseThrow();
    }

    /** The prize money of a commendation decision, as one line by itself. */
    @Transactional
    public Estimate addPrizeLine(long id, long roundId) {
        Estimate e = editable(id);
        var d = decisions
                .systemOf(roundId)
                .orElseThrow(() -> ValidationException.of("round", "budget.prize.noDecision"));
        return addLine(
                e.id(),
                new NewLine(
                        "PRIZE",
                        roundId,
                        "Tiền thưởng theo Quyết định " + d.number(),
                        "Tiền thưởng kèm Giấy khen theo Quyết định " + d.number(),
                        "quyết định",
                        1L,
                        d.total(),
                        null,
                        "LOCAL_BUDGET",
                        null,
                        null));
    }

    /** The gifts listed for a festival, one line per kind and value, spent by the festival's unit. */
    @Transactional
    public Estimate addGiftLines(long id, long festivalId) {
        Estimate e = editable(id);
        Festival f =
                festivals.systemFind(festivalId).orElseThrow(() -> new NotFoundException("festival#" + festivalId));
        var groups = gifts.groups(festivalId);
        if (groups.isEmpty()) {
            throw ValidationException.of("festival", "budget.gifts.none");
        }
        for (GiftRepository.Group g : groups) {
            addLine(e.id(), giftLine(f, g));
        }
        return repository.find(id).orElseThrow();
    }

    /** Start-up only (demo). */
    @Transactional
    public Estimate systemAddGiftLines(long id, long festivalId) {
        Festival f = festivals.systemFind(festivalId).orElseThrow();
        Estimate e = repository.find(id).orElseThrow();
        Campaign c = campaigns.systemFind(e.campaignId()).orElseThrow();
        OrgUnit unit = units.systemFindById(e.unitId()).orElseThrow();
        for (GiftRepository.Group g : gifts.groups(festivalId)) {
            repository.insertLine(id, lineChecks.check(c, unit, giftLine(f, g), 0));
        }
        return repository.find(id).orElseThrow();
    }

    private static NewLine giftLine(Festival f, GiftRepository.Group g) {
        return new NewLine(
                "GIFTS",
                f.id(),
                "Quà tặng tại Ngày hội " + f.unitName(),
                "Quà tặng: " + g.kind(),
                "suất",
                g.count(),
                g.value(),
                null,
                "LOCAL_BUDGET",
                "GIFT",
                f.unitCode());
    }

    private Estimate editable(long id) {
        Estimate e = access.whole(id);
        access.require(access.drafts(access.actor(), e));
        repository.lock(id);
        Estimate now = repository.find(id).orElseThrow();
        if (!now.status().editable()) {
            throw new ConflictException("budget.state." + now.status());
        }
        return now;
    }

    /** The requester submits: the Tờ trình is issued and the estimate goes to the department. */
    @Transactional
    public Estimate submit(long id) {
        Estimate e = editable(id);
        if (e.lines().isEmpty()) {
            throw ValidationException.of("lines", "budget.lines.none");
        }
        return submit(e, LocalDate.now(clock), access.actor().username());
    }

    /** Start-up only (demo): submitted on a given day. */
    @Transactional
    public Estimate systemSubmit(long id, LocalDate on) {
        repository.lock(id);
        return submit(repository.find(id).orElseThrow(), on, "system");
    }

    private Estimate submit(Estimate e, LocalDate on, String by) {
        if (!repository.move(
                e.id(), List.of(EstimateStatus.DRAFT, EstimateStatus.RETURNED), EstimateStatus.SUBMITTED)) {
            throw new ConflictException("budget.state." + e.status());
        }
        OrgUnit unit = units.systemFindById(e.unitId()).orElseThrow();
        Campaign c = campaigns.systemFind(e.campaignId()).orElseThrow();
        BudgetDocuments.Issuer issuer = BudgetDocuments.Issuer.of(speakers.of(unit));
        OrgUnit appraiser = units.systemFindById(e.appraiserUnitId()).orElseThrow();
        var rows = BudgetDocuments.rows(e.lines(), false, BudgetLabels::of);
        String signer = leaderName(unit.id());
        String subject = "Về việc đề nghị phê duyệt dự toán kinh phí tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”"
                + " năm " + c.year();
        IssuedDocument doc = issuing.issue(new IssueRequest(
                unit.id(),
                on,
                DocumentType.SUBMISSION,
                issuer.abbreviation(),
                subject,
                signer,
                issuer.title(),
                List.of("Như trên", "Lưu: VT"),
                List.of(appraiser.id()),
                "budget-submission:" + e.id() + ":" + (e.revision() + 1),
                null,
                by,
                number -> BudgetDocuments.submission(
                        issuer, on, c.year(), appraiser.name(), rows, signer, number.line())));
        repository.setSubmission(e.id(), doc.number().line(), doc.id());
        repository.clearVerdicts(e.id());
        events.publishEvent(new EstimateHandedOff(
                e.id(),
                EstimateStatus.SUBMITTED,
                e.title() + ", " + doc.number().line()));
        return repository.find(e.id()).orElseThrow();
    }

    String leaderName(long unitId) {
        var own = accounts.systemAccountsOfUnit(unitId, Role.LEADER);
        if (!own.isEmpty()) {
            return own.get(0).fullName();
        }
        return null;
    }

    /** Totals by activity and by source over the estimates a campaign page shows. */
    public static Map<String, Long> byKey(
            List<Estimate> estimates, java.util.function.Function<EstimateLine, String> key) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Estimate e : estimates) {
            for (EstimateLine l : e.lines()) {
                out.merge(key.apply(l), l.amount(), Long::sum);
            }
        }
        return out;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
