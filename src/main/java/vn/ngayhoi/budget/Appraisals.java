package vn.ngayhoi.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngayhoi.budget.BudgetEvents.EstimateHandedOff;
import vn.ngayhoi.budget.internal.BudgetRepository;
import vn.ngayhoi.campaign.Campaign;
import vn.ngayhoi.campaign.CampaignManagement;
import vn.ngayhoi.document.DocumentRenderer;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.register.DocumentIssuing;
import vn.ngayhoi.register.DocumentType;
import vn.ngayhoi.register.IssueRequest;
import vn.ngayhoi.register.IssuedDocument;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.security.Actor;

/**
 * The department's appraisal, line by line (agree, reduce to an agreed amount with a reason, refuse
 * with a reason), returned to the requester or forwarded to the chairman; and the chairman's approval,
 * which issues the Quyết định phê duyệt kinh phí ("Số: NN/QĐ-UBND") with the approved table annexed
 * through the one issuing service. The agreed amounts become each spending unit's allocation.
 */
@Service
public class Appraisals {

    static final int REASON_MAX = 1000;

    private final BudgetRepository repository;
    private final BudgetAccess access;
    private final vn.ngayhoi.document.Speakers speakers;
    private final CampaignManagement campaigns;
    private final OrgUnitManagement units;
    private final DocumentIssuing issuing;
    private final DocumentRenderer renderer;
    private final Estimates estimates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Appraisals(
            BudgetRepository repository,
            BudgetAccess access,
            vn.ngayhoi.document.Speakers speakers,
            CampaignManagement campaigns,
            OrgUnitManagement units,
            DocumentIssuing issuing,
            DocumentRenderer renderer,
            Estimates estimates,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.access = access;
        this.speakers = speakers;
        this.campaigns = campaigns;
        this.units = units;
        this.issuing = issuing;
        this.renderer = renderer;
        this.estimates = estimates;
        this.events = events;
        this.clock = clock;
    }

    /** The department's word on one line: the agreed amount (null: as asked) and why. */
    public record LineVerdict(long lineId, Long agreedAmount, String reason) {}

    /**
     * Appraises a submitted estimate; lines not named are agreed as asked. {@code forward} sends it to
     * the chairman, otherwise it goes back to the requester with {@code note} as the reason.
     */
    @Transactional
    public Estimate appraise(long id, List<LineVerdict> verdicts, String note, boolean forward) {
        Estimate e = access.whole(id);
        Actor a = access.actor();
        access.require(access.appraises(a, e));
        return appraise(e, verdicts, note, forward, a.username(), LocalDate.now(clock));
    }

    /** Start-up only (demo). */
    @Transactional
    public Estimate systemAppraise(long id, List<LineVerdict> verdicts, String note, LocalDate on) {
        return appraise(repository.find(id).orElseThrow(), verdicts, note, true, "system", on);
    }

    private Estimate appraise(
            Estimate e, List<LineVerdict> verdicts, String note, boolean forward, String by, LocalDate on) {
        repository.lock(e.id());
        Estimate now = repository.find(e.id()).orElseThrow();
        if (now.status() != EstimateStatus.SUBMITTED) {
            throw new ConflictException("budget.state." + now.status());
        }
        Map<Long, LineVerdict> byLine = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (LineVerdict v : verdicts) {
            if (now.lines().stream().noneMatch(l -> l.id() == v.lineId())) {
                problems.add(new Problem("lineId", "budget.appraisal.unknownLine", v.lineId()));
            }
            byLine.put(v.lineId(), v);
        }
        String cleanNote = Texts.clean(note);
        if (cleanNote != null && cleanNote.length() > 4000) {
            problems.add(new Problem("note", "budget.appraisal.note.tooLong", 4000));
        }
        if (!forward && (cleanNote == null || cleanNote.isEmpty())) {
            problems.add(new Problem("note", "budget.appraisal.returnReason"));
        }
        List<Object[]> decided = new ArrayList<>();
        for (EstimateLine l : now.lines()) {
            LineVerdict v = byLine.get(l.id());
            long agreed = v == null || v.agreedAmount() == null ? l.amount() : v.agreedAmount();
            String reason = v == null ? null : Texts.clean(v.reason());
            if (agreed < 0 || agreed > l.amount()) {
                problems.add(new Problem("agreedAmount", "budget.appraisal.range", l.no(), l.amount()));
                continue;
            }
            Verdict verdict = agreed == l.amount() ? Verdict.AGREE : agreed == 0 ? Verdict.REFUSE : Verdict.REDUCE;
            if (verdict != Verdict.AGREE && (reason == null || reason.isEmpty())) {
                problems.add(new Problem("reason", "budget.appraisal.reasonRequired", l.no()));
            }
            if (reason != null && reason.length() > REASON_MAX) {
                problems.add(new Problem("reason", "budget.appraisal.reasonTooLong", l.no(), REASON_MAX));
            }
            decided.add(new Object[] {l.id(), verdict, agreed, reason == null || reason.isEmpty() ? null : reason});
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        for (Object[] d : decided) {
            repository.setVerdict((Long) d[0], (Verdict) d[1], (Long) d[2], (String) d[3]);
        }
        EstimateStatus to = forward ? EstimateStatus.APPRAISED : EstimateStatus.RETURNED;
        repository.setAppraisal(e.id(), forward ? cleanNote : null, forward ? null : cleanNote, by, on);
        if (!repository.move(e.id(), List.of(EstimateStatus.SUBMITTED), to)) {
            throw new ConflictException("budget.state." + now.status());
        }
        Estimate after = repository.find(e.id()).orElseThrow();
        events.publishEvent(new EstimateHandedOff(
                e.id(),
                to,
                after.title() + ": đề nghị "
                        + new Formats().number(after.total()) + " đ, thẩm định "
                        + new Formats().number(after.agreedTotal())
                        + " đ" + (forward ? "" : ", trả lại: " + cleanNote)));
        return after;
    }

    /** The Báo cáo thẩm định as the department writes it, rendered on demand (DOCX or PDF). */
    public OfficialDocument appraisalReport(long id) {
        Estimate e = access.whole(id);
        if (e.status() == EstimateStatus.DRAFT || e.status() == EstimateStatus.SUBMITTED) {
            throw new ConflictException("budget.state." + e.status());
        }
        OrgUnit department = units.systemFindById(e.appraiserUnitId()).orElseThrow();
        BudgetDocuments.Issuer issuer = BudgetDocuments.Issuer.of(speakers.of(department));
        List<BudgetDocuments.Appraised> lines = e.lines().stream()
                .map(l -> new BudgetDocuments.Appraised(
                        l.no(),
                        l.content(),
                        l.amount(),
                        l.agreedOrAsked(),
                        BudgetLabels.of((l.verdict() == null ? Verdict.AGREE : l.verdict()).messageKey()),
                        l.reason()))
                .toList();
        return BudgetDocuments.appraisal(
                issuer,
                LocalDate.now(clock),
                e.unitName(),
                e.submissionNumber(),
                lines,
                e.appraisalNote() != null ? e.appraisalNote() : e.returnReason(),
                estimates.leaderName(department.id()),
                DocumentType.REPORT.draftNumberLine(issuer.abbreviation()));
    }

    public byte[] appraisalDocx(long id) {
        return renderer.docx(appraisalReport(id));
    }

    /** The chairman approves today: the Quyết định is issued, the agreed amounts are allocated. */
    @Transactional
    public Estimate approve(long id) {
        Estimate e = access.whole(id);
        Actor a = access.actor();
        access.require(access.approves(a, e));
        return approve(e, LocalDate.now(clock), a.fullName(), a.username());
    }

    /** Start-up only (demo). */
    @Transactional
    public Estimate systemApprove(long id, LocalDate on, String signer) {
        return approve(repository.find(id).orElseThrow(), on, signer, "system");
    }

    private Estimate approve(Estimate e, LocalDate on, String signer, String by) {
        repository.lock(e.id());
        Estimate now = repository.find(e.id()).orElseThrow();
        if (now.status() != EstimateStatus.APPRAISED) {
            throw new ConflictException("budget.state." + now.status());
        }
        if (!repository.move(e.id(), List.of(EstimateStatus.APPRAISED), EstimateStatus.APPROVED)) {
            throw new ConflictException("budget.state." + now.status());
        }
        Campaign c = campaigns.systemFind(now.campaignId()).orElseThrow();
        OrgUnit district = units.systemFindById(now.approverUnitId()).orElseThrow();
        BudgetDocuments.Issuer issuer = BudgetDocuments.Issuer.of(speakers.of(district));
        var rows = BudgetDocuments.rows(now.lines(), true, BudgetLabels::of);
        List<String> bases = new ArrayList<>();
        bases.add("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
        bases.add("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;");
        if (now.submissionNumber() != null) {
            bases.add("Xét Tờ trình " + now.submissionNumber().replace("Số: ", "số ") + " của " + now.unitName()
                    + " và kết quả thẩm định của Phòng Tài chính - Kế hoạch.");
        }
        List<Long> recipients = new ArrayList<>();
        recipients.add(now.unitId());
        recipients.add(now.appraiserUnitId());
        now.lines().stream()
                .map(EstimateLine::spendingUnitId)
                .distinct()
                .filter(u -> !recipients.contains(u))
                .forEach(recipients::add);
        String subject =
                "Về việc phê duyệt kinh phí tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm " + c.year();
        IssuedDocument doc = issuing.issue(new IssueRequest(
                district.id(),
                on,
                DocumentType.DECISION,
                issuer.abbreviation(),
                subject,
                signer,
                "CHỦ TỊCH",
                List.of("Như Điều 3", "Phòng Tài chính - Kế hoạch", "Lưu: VT"),
                recipients,
                "budget-decision:" + now.id(),
                null,
                by,
                number -> BudgetDocuments.decision(
                        issuer, on, c.year(), now.unitName(), bases, rows, signer, number.line())));
        repository.setApproval(now.id(), doc.number().line(), doc.id(), on, by);
        Estimate after = repository.find(now.id()).orElseThrow();
        events.publishEvent(new EstimateHandedOff(
                now.id(),
                EstimateStatus.APPROVED,
                after.title() + ", " + doc.number().line() + ", " + new Formats().number(after.approvedTotal())
                        + " đ"));
        return after;
    }
}
