package vn.ngayhoi.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.ngayhoi.budget.BudgetEvents.PaymentRecorded;
import vn.ngayhoi.budget.BudgetEvents.SettlementClosed;
import vn.ngayhoi.budget.internal.BudgetRepository;
import vn.ngayhoi.document.OfficialDocument;
import vn.ngayhoi.orgunit.OrgUnit;
import vn.ngayhoi.orgunit.OrgUnitManagement;
import vn.ngayhoi.shared.ConflictException;
import vn.ngayhoi.shared.Formats;
import vn.ngayhoi.shared.NotFoundException;
import vn.ngayhoi.shared.Texts;
import vn.ngayhoi.shared.ValidationException;
import vn.ngayhoi.shared.ValidationException.Problem;
import vn.ngayhoi.shared.files.EvidenceRules;
import vn.ngayhoi.shared.files.Hashes;
import vn.ngayhoi.shared.security.Actor;

/**
 * Spending against approved lines: each payment carries its receipt or invoice (checked from its
 * bytes like every upload) and never takes a line above its approved amount. The line's row is locked
 * while the remaining amount is read and the payment written, so two payments sent at once are
 * checked one after the other and cannot overspend together. A spending unit closes its settlement
 * (quyết toán); no payment is recorded after it.
 */
@Service
public class Spending {

    static final int PAYEE_MAX = 300;

    private final BudgetRepository repository;
    private final BudgetAccess access;
    private final vn.ngayhoi.document.Speakers speakers;
    private final OrgUnitManagement units;
    private final Estimates estimates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;

    Spending(
            BudgetRepository repository,
            BudgetAccess access,
            vn.ngayhoi.document.Speakers speakers,
            OrgUnitManagement units,
            Estimates estimates,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${ngayhoi.attachments.max-size:20MB}") DataSize maxSize) {
        this.repository = repository;
        this.access = access;
        this.speakers = speakers;
        this.units = units;
        this.estimates = estimates;
        this.events = events;
        this.clock = clock;
        this.maxBytes = maxSize.toBytes();
    }

    /** A payment as a person records it; {@code date} defaults to today. */
    public record NewPayment(Long lineId, LocalDate date, String payee, Long amount) {}

    /** The receipt or invoice: a photo, PDF, DOCX or XLSX. */
    public record Upload(String fileName, byte[] content) {}

    @Transactional
    public Payment pay(long estimateId, NewPayment p, Upload receipt) {
        Estimate e = access.visible(estimateId);
        Actor a = access.actor();
        if (p.lineId() == null) {
            throw ValidationException.of("lineId", "budget.payment.line.required");
        }
        EstimateLine line = e.lines().stream()
                .filter(l -> l.id() == p.lineId())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("budget_line#" + p.lineId()));
        if (!access.canSeePath(a, line.spendingUnitPath())) {
            throw access.refuse(a, "budget_line:" + line.id());
        }
        access.require(access.spends(a, line));
        return pay(e, line, p, receipt, a.username(), true);
    }

    /** Start-up only (demo). */
    @Transactional
    public Payment systemPay(long estimateId, NewPayment p, Upload receipt) {
        Estimate e = repository.find(estimateId).orElseThrow();
        EstimateLine line =
                e.lines().stream().filter(l -> l.id() == p.lineId()).findFirst().orElseThrow();
        // The demo records August's payments whatever day the clock shows.
        return pay(e, line, p, receipt, "system", false);
    }

    private Payment pay(Estimate e, EstimateLine line, NewPayment p, Upload receipt, String by, boolean notAfterToday) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = p.date() == null ? today : p.date();
        if (notAfterToday && date.isAfter(today)) {
            problems.add(new Problem("date", "budget.payment.date.future"));
        }
        String payee = Texts.clean(p.payee());
        if (payee == null || payee.isEmpty() || payee.length() > PAYEE_MAX) {
            problems.add(new Problem("payee", "budget.payment.payee.required", PAYEE_MAX));
        }
        if (p.amount() == null || p.amount() <= 0) {
            problems.add(new Problem("amount", "budget.payment.amount.positive"));
        }
        EvidenceRules.Kind kind = null;
        if (receipt == null || receipt.content() == null || receipt.content().length == 0) {
            problems.add(new Problem("attachment", "budget.payment.receipt.required"));
        } else {
            try {
                kind = EvidenceRules.check(receipt.fileName(), receipt.content(), maxBytes);
            } catch (ValidationException bad) {
                bad.problems().forEach(x -> problems.add(new Problem("attachment", x.messageKey(), x.args())));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        repository.lock(e.id());
        Estimate now = repository.find(e.id()).orElseThrow();
        if (now.status() != EstimateStatus.APPROVED) {
            throw new ConflictException("budget.payment.notApproved");
        }
        if (repository.settled(e.id(), line.spendingUnitId())) {
            throw new ConflictException("budget.payment.settled");
        }
        repository.lockLine(line.id());
        EstimateLine fresh = repository.line(line.id()).orElseThrow();
        long approved = fresh.agreedAmount() == null ? 0 : fresh.agreedAmount();
        long remaining = approved - repository.spentOnLine(line.id());
        if (p.amount() > remaining) {
            Formats f = new Formats();
            throw ValidationException.of(
                    "amount", "budget.payment.overLine", f.number(p.amount()), f.number(remaining), fresh.no());
        }
        long id = repository.insertPayment(
                line.id(),
                e.id(),
                date,
                payee,
                p.amount(),
                receipt.fileName(),
                kind.mime,
                receipt.content(),
                Hashes.sha256(receipt.content()),
                by,
                OffsetDateTime.now(clock));
        events.publishEvent(new PaymentRecorded(id, e.id(), line.id(), line.spendingUnitId(), p.amount(), payee));
        return repository.payments(e.id(), null).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Payments the account may read: all of them, or those of its own units' lines; 404 when none may be read. */
    public List<Payment> payments(long estimateId, String unitCode) {
        Estimate e = access.visible(estimateId);
        return repository.payments(e.id(), prefix(e, unitCode));
    }

    /** Approved, spent and remaining per line the account may read (optionally one spending unit's). */
    public List<LineSummary> summary(long estimateId, String unitCode) {
        Estimate e = access.visible(estimateId);
        return repository.summary(e.id(), prefix(e, unitCode));
    }

    /**
     * The path prefix to read with: the named unit's (404 when outside the account's reach), else
     * everything for those who see the estimate whole and the account's subtree for a spending unit.
     */
    private String prefix(Estimate e, String unitCode) {
        Actor a = access.actor();
        String own = access.linePrefix(a, e);
        if (unitCode == null || unitCode.isBlank()) {
            return own;
        }
        EstimateLine line = e.lines().stream()
                .filter(l -> l.spendingUnitCode().equals(unitCode.strip()))
                .findFirst()
                .orElseThrow(() -> access.refuse(a, "budget:" + e.id() + ":" + unitCode.strip()));
        if (own != null && !line.spendingUnitPath().startsWith(own)) {
            throw access.refuse(a, "budget:" + e.id() + ":" + unitCode.strip());
        }
        return line.spendingUnitPath();
    }

    public BudgetRepository.Receipt receipt(long estimateId, long paymentId) {
        Estimate e = access.visible(estimateId);
        BudgetRepository.Receipt r = repository
                .receipt(paymentId)
                .filter(x -> x.estimateId() == e.id())
                .orElseThrow(() -> new NotFoundException("budget_payment#" + paymentId));
        Actor a = access.actor();
        if (!access.seesWhole(a, e) && !access.canSeePath(a, r.spendingUnitPath())) {
            throw access.refuse(a, "budget_payment:" + paymentId);
        }
        return r;
    }

    /** The spending unit closes its settlement: approved and spent are frozen, payments stop. */
    @Transactional
    public BudgetRepository.Settlement settle(long estimateId, String unitCode) {
        Estimate e = access.visible(estimateId);
        Actor a = access.actor();
        EstimateLine line = e.lines().stream()
                .filter(l -> l.spendingUnitCode().equals(unitCode == null ? "" : unitCode.strip()))
                .findFirst()
                .orElseThrow(() -> access.refuse(a, "budget:" + estimateId + ":" + unitCode));
        if (!access.canSeePath(a, line.spendingUnitPath())) {
            throw access.refuse(a, "budget:" + estimateId + ":" + unitCode);
        }
        access.require(access.spends(a, line));
        return settle(e, line.spendingUnitId(), a.username());
    }

    /** Start-up only (demo). */
    @Transactional
    public BudgetRepository.Settlement systemSettle(long estimateId, long unitId) {
        return settle(repository.find(estimateId).orElseThrow(), unitId, "system");
    }

    private BudgetRepository.Settlement settle(Estimate e, long unitId, String by) {
        repository.lock(e.id());
        if (repository.find(e.id()).orElseThrow().status() != EstimateStatus.APPROVED) {
            throw new ConflictException("budget.payment.notApproved");
        }
        if (repository.settled(e.id(), unitId)) {
            throw new ConflictException("budget.settlement.already");
        }
        long approved = 0;
        long spent = 0;
        for (LineSummary l : repository.summary(e.id(), null)) {
            if (l.unitId() == unitId) {
                approved += l.approved();
                spent += l.spent();
            }
        }
        repository.insertSettlement(
                e.id(), unitId, approved, spent, LocalDate.now(clock), by, OffsetDateTime.now(clock));
        events.publishEvent(new SettlementClosed(e.id(), unitId, approved, spent));
        return repository.settlement(e.id(), unitId).orElseThrow();
    }

    /** The quyết toán statement of one spending unit in the NĐ 30 layout, rendered on demand. */
    public OfficialDocument settlementStatement(long estimateId, String unitCode) {
        Estimate e = access.visible(estimateId);
        List<LineSummary> lines = summary(estimateId, unitCode);
        if (lines.isEmpty()) {
            throw new NotFoundException("budget:" + estimateId + ":" + unitCode);
        }
        OrgUnit unit = units.systemFindById(lines.get(0).unitId()).orElseThrow();
        BudgetDocuments.Issuer issuer = BudgetDocuments.Issuer.of(speakers.of(unit));
        return BudgetDocuments.settlement(
                issuer,
                LocalDate.now(clock),
                e.approvalNumber(),
                lines,
                estimates.leaderName(unit.id()),
                vn.ngayhoi.register.DocumentType.REPORT.draftNumberLine(issuer.abbreviation()));
    }
}
